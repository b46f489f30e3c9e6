import { describe, expect, it } from "vitest";
import { formatLintProblem, lintSourceFiles } from "../../src/lint/index.js";
import { parsed, withFile } from "../helpers/lint-data.js";

// Rule state-file-name (src/lint/rules/state-file-name.ts) on the real data, broken one way at a time.
describe("rule state-file-name", () => {
  it("the file name must equal the code", () => {
    const lithuania = structuredClone(parsed("data/states/LT.json"));
    lithuania.code = "LV";
    const problems = lintSourceFiles(withFile("data/states/LT.json", lithuania));
    expect(problems.map(formatLintProblem)).toEqual([
      'data/states/LT.json: code: is "LV" but the file is named LT.json; the file name must equal the code (rename the file or correct the code)',
      'data/states/LT.json: code: "LV" is already used by data/states/LV.json; each State has exactly one file',
    ]);
  });
});
