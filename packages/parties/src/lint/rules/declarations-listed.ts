import type { LintRule } from "../types.js";

/** `declarationsListed` agrees with the declarations recorded from the treaty database. */
export const declarationsListed: LintRule = {
  name: "declarations-listed",
  check({ parties }, report) {
    for (const { file, party } of parties) {
      const fromTreatyDatabase = party.declarations.filter((d) => d.basis !== "domestic-law");
      if (party.declarationsListed.value && fromTreatyDatabase.length === 0) {
        report(
          file,
          "declarations",
          'declarationsListed is true but no declaration is recorded; add one (basis "listed-without-text" if its content is unknown)',
        );
      }
      if (!party.declarationsListed.value && fromTreatyDatabase.length > 0) {
        report(
          file,
          "declarationsListed.value",
          "is false but declarations from the treaty database are recorded; set it to true or remove them",
        );
      }
    }
  },
};
