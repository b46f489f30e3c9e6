import type { LintRule } from "../types.js";

/** Recitals are numbered in the order they stand. */
export const recitalOrder: LintRule = {
  name: "recital-order",
  check({ nodeFiles }, report) {
    for (const { file, folder, node } of nodeFiles) {
      if (folder !== "preamble") continue;
      let number = 0;
      node.children.forEach((recital, k) => {
        if (recital.type !== "recital") return;
        number += 1;
        if (recital.eId !== `preamble__recital_${number}`) {
          report(
            file,
            `children.${k}`,
            `eId "${recital.eId}" should be "preamble__recital_${number}" (recitals are numbered in order)`,
          );
        }
      });
    }
  },
};
