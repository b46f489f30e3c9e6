import { iso31661, iso31663 } from "iso-3166";
import type { LintRule } from "../types.js";

/** Kosovo has no ISO 3166-1 code; XK is the code this data set uses for it. */
export const USER_ASSIGNED_CODES: ReadonlyMap<string, string> = new Map([["XK", "Kosovo"]]);

export const ISO_3166_1_ALPHA_2_CODES: ReadonlySet<string> = new Set(iso31661.map((entry) => entry.alpha2));

/** The four-letter ISO 3166-3 codes of former countries (e.g. YUCS, Yugoslavia). */
export const ISO_3166_3_CODES: ReadonlySet<string> = new Set(iso31663.map((entry) => entry.alpha4));

/** A State's code is an assigned ISO 3166-1 alpha-2 code, XK (Kosovo) marked user-assigned, or a former State's ISO 3166-3 code. */
export const stateCode: LintRule = {
  name: "state-code",
  check({ parties }, report) {
    for (const { file, party } of parties) {
      if (party.codeKind === "iso-3166-3") {
        if (!ISO_3166_3_CODES.has(party.code))
          report(
            file,
            "code",
            `"${party.code}" is not an ISO 3166-3 code of a former country; use the code ISO 3166-3 gives the former State`,
          );
      } else if (party.codeKind === "user-assigned") {
        if (!USER_ASSIGNED_CODES.has(party.code))
          report(
            file,
            "code",
            `"${party.code}" is no user-assigned code this data set knows (only XK, Kosovo)`,
          );
      } else if (!ISO_3166_1_ALPHA_2_CODES.has(party.code)) {
        report(
          file,
          "code",
          `"${party.code}" is not an assigned ISO 3166-1 alpha-2 code; use the State's ISO code (or XK with codeKind "user-assigned" for Kosovo)`,
        );
      }
    }
  },
};
