import type { LintRule } from "../types.js";
import { parsedFiles, walk } from "../walk.js";

/** No recorded event, and no reading of a source, is later than the data set's asOf date. */
export const notAfterAsOf: LintRule = {
  name: "not-after-as-of",
  check({ meta, parties, provisionalApplication, files }, report) {
    if (!meta) return;
    const { asOf } = meta;
    const late = (file: string, field: string, date: string | null | undefined) => {
      if (date && date > asOf) {
        report(
          file,
          field,
          `${date} is after the data set's asOf date ${asOf}; a recorded event cannot be later than asOf: correct the date or move asOf in data/dataset.json`,
        );
      }
    };
    for (const { file, party } of parties) {
      late(file, "signature.date", party.signature?.date);
      late(file, "consent.depositDate", party.consent?.depositDate);
      late(file, "entryIntoForce.date", party.entryIntoForce?.date);
      for (const [i, d] of party.declarations.entries()) late(file, `declarations.${i}.date`, d.date);
      late(file, "domesticApproval.adopted", party.domesticApproval?.adopted);
      late(file, "domesticApproval.proclaimed", party.domesticApproval?.proclaimed);
    }
    for (const [i, entry] of (provisionalApplication ?? []).entries())
      late("data/provisional-application.json", `${i}.from`, entry.from);
    for (const { path: file, json } of parsedFiles(files)) {
      walk(json, (path, value) => {
        if (path.at(-1) === "accessed" && typeof value === "string" && value > asOf) {
          report(
            file,
            path.join("."),
            `${value} is after asOf ${asOf}; a source cannot be read after the data set's date`,
          );
        }
      });
    }
  },
};
