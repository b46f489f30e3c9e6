import { describe, expect, it } from "vitest";
import { lintSourceFiles } from "../../src/lint/index.js";
import { type Json, only, parsed, withFile } from "../helpers/lint-data.js";

// Rule provisional-application (src/lint/rules/provisional-application.ts) on the real data, broken one way at a time.
describe("rule provisional-application", () => {
  it("names Parts that @lhc/convention holds", () => {
    const entries = structuredClone(parsed("data/provisional-application.json")) as unknown as Json[];
    (entries[0] as Json).parts = ["part_99"];
    const problem = only(
      lintSourceFiles(withFile("data/provisional-application.json", entries as unknown as Json)),
    );
    expect(problem).toMatchObject({ file: "data/provisional-application.json", field: "0.parts.0" });
    expect(problem.message).toMatch(/"part_99" is not a Part in @lhc\/convention's data/);
  });

  it("refuses an entry in another treaty's data set, which publishes no provisional application", () => {
    const meta = { ...parsed("data/dataset.json"), treaty: { verdragenbank: "000004", title: null } };
    const problem = only(lintSourceFiles(withFile("data/dataset.json", meta as unknown as Json)));
    expect(problem).toMatchObject({ file: "data/provisional-application.json", field: "0" });
    expect(problem.message).toMatch(/another treaty's data set/);
  });
});
