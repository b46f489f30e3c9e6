import type { LintRule } from "../types.js";

/** Signature ≤ consent ≤ entry into force; entry into force needs a consent; only accession needs no signature. */
export const dateOrder: LintRule = {
  name: "date-order",
  check({ parties, convention }, report) {
    for (const { file, party } of parties) {
      const signature = party.signature?.date;
      const consent = party.consent?.depositDate;
      const entryIntoForce = party.entryIntoForce?.date;
      if (signature && consent && consent < signature) {
        report(
          file,
          "consent.depositDate",
          `${consent} is before the signature on ${signature}; signature ≤ consent ≤ entry into force: check both dates against their sources`,
        );
      }
      if (entryIntoForce && !consent) {
        report(
          file,
          "entryIntoForce",
          "has a date but no consent to be bound is recorded; record the consent (with its source) or remove the entry-into-force date",
        );
      }
      // Checked for the Convention's data: another treaty's register record may date entry into force
      // before the deposit (item 000004 does for Montenegro's declaration of being bound).
      if (convention && entryIntoForce && consent && entryIntoForce < consent) {
        report(
          file,
          "entryIntoForce.date",
          `${entryIntoForce} is before the deposit of consent on ${consent}; check both dates against their sources`,
        );
      }
      const type = party.consent?.type;
      if (!signature && party.consent && type !== "accession" && type !== null) {
        report(
          file,
          "signature",
          `is null but consent type is "${type}"; only accession needs no signature: add the signature or correct the type`,
        );
      }
    }
  },
};
