import type { LintRule } from "../types.js";

/**
 * A State's entry into force can be "verified" only once the Convention's entry-into-force rule is
 * verified; until then a date from the treaty database is "published", never more.
 */
export const entryIntoForceVerified: LintRule = {
  name: "entry-into-force-verified",
  check({ parties, convention }, report) {
    if (!convention) return;
    for (const { file, party } of parties) {
      if (party.entryIntoForceStatus === "verified" && convention.entryIntoForce.ruleStatus !== "verified") {
        report(
          file,
          "entryIntoForceStatus",
          'is "verified" but the Convention\'s entry-into-force rule (Article 90) is not verified in @lhc/convention data/meta.json; write "published" (a date a source publishes is published, not verified)',
        );
      }
    }
  },
};
