import { describe, expect, it } from "vitest";
import { lintSourceFiles } from "../../src/lint/index.js";
import { only, parsed, withFile } from "../helpers/lint-data.js";

// Rule declarations-listed (src/lint/rules/declarations-listed.ts) on the real data, broken one way at a time.
describe("rule declarations-listed", () => {
  it("a State flagged with declarations must have at least one recorded", () => {
    const fr = structuredClone(parsed("data/states/FR.json"));
    fr.declarations = [];
    const problem = only(lintSourceFiles(withFile("data/states/FR.json", fr)));
    expect(problem.field).toBe("declarations");
    expect(problem.message).toMatch(/basis "listed-without-text" if its content is unknown/);
  });
});
