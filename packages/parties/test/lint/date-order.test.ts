import { describe, expect, it } from "vitest";
import { formatLintProblem, lintSourceFiles } from "../../src/lint/index.js";
import { type Json, latvia, only } from "../helpers/lint-data.js";

// Rule date-order (src/lint/rules/date-order.ts) on the real data, broken one way at a time.
describe("rule date-order", () => {
  it("consent cannot precede signature", () => {
    const problem = only(lintSourceFiles(latvia((lv) => ((lv.consent as Json).depositDate = "2025-02-09"))));
    expect(formatLintProblem(problem)).toBe(
      "data/states/LV.json: consent.depositDate: 2025-02-09 is before the signature on 2025-02-10; signature ≤ consent ≤ entry into force: check both dates against their sources",
    );
  });

  it("entry into force cannot precede consent", () => {
    const problem = only(lintSourceFiles(latvia((lv) => ((lv.entryIntoForce as Json).date = "2025-08-27"))));
    expect(problem.field).toBe("entryIntoForce.date");
    expect(problem.message).toMatch(/before the deposit of consent on 2025-08-28/);
  });

  it("entry into force needs a recorded consent", () => {
    const problems = lintSourceFiles(
      latvia((lv) => {
        lv.consent = null;
        lv.consentStatus = "none-recorded";
      }),
    );
    expect(only(problems).field).toBe("entryIntoForce");
    expect(only(problems).message).toMatch(
      /record the consent \(with its source\) or remove the entry-into-force date/,
    );
  });
});
