import type { LintRule } from "../types.js";

/** A signature falls within the signature period that @lhc/convention records. */
export const signaturePeriod: LintRule = {
  name: "signature-period",
  check({ parties, convention }, report) {
    if (!convention) return;
    const { opened, openUntil } = convention.signaturePeriod;
    for (const { file, party } of parties) {
      const signature = party.signature?.date;
      if (signature && (signature < opened.date || signature > openUntil.date)) {
        report(
          file,
          "signature.date",
          `${signature} is outside the signature period ${opened.date} to ${openUntil.date} (@lhc/convention data/meta.json, openedForSignature); check the date against its source`,
        );
      }
    }
  },
};
