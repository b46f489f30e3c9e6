import { describe, expect, it } from "vitest";
import { lintSourceFiles } from "../../src/lint/index.js";
import { latvia, only } from "../helpers/lint-data.js";

// Rule entry-into-force-verified (src/lint/rules/entry-into-force-verified.ts) on the real data, broken one way at a time.
describe("rule entry-into-force-verified", () => {
  it("a date the treaty database publishes cannot be marked verified while Article 90 is not", () => {
    const problem = only(lintSourceFiles(latvia((lv) => (lv.entryIntoForceStatus = "verified"))));
    expect(problem).toMatchObject({ file: "data/states/LV.json", field: "entryIntoForceStatus" });
    expect(problem.message).toMatch(/published, not verified/);
  });
});
