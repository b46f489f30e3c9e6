import type { LintRule } from "../types.js";

/** Provisional application is recorded only for a State that has a file. */
export const provisionalApplication: LintRule = {
  name: "provisional-application",
  check({ parties, provisionalApplication }, report) {
    const codes = new Set(parties.map(({ party }) => party.code));
    for (const [i, entry] of (provisionalApplication ?? []).entries()) {
      if (!codes.has(entry.code)) {
        report(
          "data/provisional-application.json",
          `${i}.code`,
          `"${entry.code}" has no file in data/states/; provisional application needs the State's record`,
        );
      }
    }
  },
};
