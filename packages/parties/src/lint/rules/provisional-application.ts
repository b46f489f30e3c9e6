import { getProvision } from "@lhc/convention";
import type { LintRule } from "../types.js";

/**
 * Provisional application is recorded only for a State that has a file, and names Parts that
 * `@lhc/convention` holds: the queries read which Parts apply from `parts`, so a Part the Convention's
 * data does not know would answer for nothing.
 */
export const provisionalApplication: LintRule = {
  name: "provisional-application",
  check({ parties, provisionalApplication, convention }, report) {
    const codes = new Set(parties.map(({ party }) => party.code));
    for (const [i, entry] of (provisionalApplication ?? []).entries()) {
      // Provisional application is published among the Convention's facts, which another treaty's
      // data set does not carry: an entry here would be dropped from the build without a word.
      if (!convention) {
        report(
          "data/provisional-application.json",
          `${i}`,
          "is recorded for another treaty's data set (data/dataset.json `treaty`), which publishes no provisional application; leave the file []",
        );
        continue;
      }
      if (!codes.has(entry.code)) {
        report(
          "data/provisional-application.json",
          `${i}.code`,
          `"${entry.code}" has no file in data/states/; provisional application needs the State's record`,
        );
      }
      for (const [j, part] of entry.parts.entries()) {
        if (getProvision(part)?.type !== "part") {
          report(
            "data/provisional-application.json",
            `${i}.parts.${j}`,
            `"${part}" is not a Part in @lhc/convention's data (data/parts/); name a Part it holds, e.g. part_3`,
          );
        }
      }
    }
  },
};
