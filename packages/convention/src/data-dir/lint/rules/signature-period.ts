import { type LintRule, META_FILE } from "../types.js";

/** Adoption ≤ opening for signature ≤ the last day of signature. */
export const signaturePeriod: LintRule = {
  name: "signature-period",
  check({ meta }, report) {
    if (!meta) return;
    const adopted = meta.adopted.date.value;
    const { date: opened, lastDay } = meta.openedForSignature;
    if (adopted && opened.value && opened.value < adopted) {
      report(
        META_FILE,
        "openedForSignature.date.value",
        `${opened.value} is before adoption on ${adopted}; check both dates against their sources`,
      );
    }
    if (opened.value && lastDay.value && lastDay.value < opened.value) {
      report(
        META_FILE,
        "openedForSignature.lastDay.value",
        `${lastDay.value} is before the opening on ${opened.value}; check both dates against their sources`,
      );
    }
  },
};
