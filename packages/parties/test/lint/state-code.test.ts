import { describe, expect, it } from "vitest";
import { lintSourceFiles } from "../../src/lint/index.js";
import { only, parsed, withFile } from "../helpers/lint-data.js";

// Rule state-code (src/lint/rules/state-code.ts) on the real data, broken one way at a time.
describe("rule state-code", () => {
  it("must be an assigned ISO 3166-1 alpha-2 code", () => {
    const zz = structuredClone(parsed("data/states/LT.json"));
    zz.code = "ZZ";
    const problem = only(lintSourceFiles(withFile("data/states/ZZ.json", zz)));
    expect(problem.file).toBe("data/states/ZZ.json");
    expect(problem.field).toBe("code");
    expect(problem.message).toMatch(/not an assigned ISO 3166-1 alpha-2 code/);
  });
});
