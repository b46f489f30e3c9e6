import type { LintRule } from "../types.js";

/** Declaration IDs are <CODE>-<n>, each used once in the State's file. */
export const declarationIds: LintRule = {
  name: "declaration-ids",
  check({ parties }, report) {
    for (const { file, party } of parties) {
      const ids = new Set<string>();
      party.declarations.forEach((declaration, i) => {
        if (!declaration.id.startsWith(`${party.code}-`))
          report(
            file,
            `declarations.${i}.id`,
            `"${declaration.id}" must start with the State's code: ${party.code}-<n>`,
          );
        if (ids.has(declaration.id))
          report(
            file,
            `declarations.${i}.id`,
            `"${declaration.id}" is used twice; give each declaration its own number`,
          );
        ids.add(declaration.id);
      });
    }
  },
};
