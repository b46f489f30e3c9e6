import { describe, expect, it } from "vitest";
import { lintSourceFiles } from "../../src/lint/index.js";
import { france, only } from "../helpers/lint-data.js";

// Rule declaration-ids (src/lint/rules/declaration-ids.ts) on the real data, broken one way at a time.
describe("rule declaration-ids", () => {
  it("IDs start with the State's code", () => {
    const problem = only(lintSourceFiles(france((d) => (d.id = "DE-9"))));
    expect(problem.field).toBe("declarations.0.id");
    expect(problem.message).toMatch(/must start with the State's code: FR-<n>/);
  });
});
