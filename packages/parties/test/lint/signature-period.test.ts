import { describe, expect, it } from "vitest";
import { lintSourceFiles } from "../../src/lint/index.js";
import { type Json, latvia, only, parsed } from "../helpers/lint-data.js";

// Rule signature-period (src/lint/rules/signature-period.ts) on the real data, broken one way at a time.
describe("rule signature-period", () => {
  it("a signature must fall in the signature period", () => {
    const problem = only(lintSourceFiles(latvia((lv) => ((lv.signature as Json).date = "2025-02-15"))));
    expect(problem.field).toBe("signature.date");
    expect(problem.message).toMatch(/outside the signature period 2024-02-14 to 2025-02-14/);
  });

  it("checks only the Convention's data: another treaty's data set (dataset.json treaty) has its own period", () => {
    const meta = { ...parsed("data/dataset.json"), treaty: { verdragenbank: "000004", title: null } };
    const files = latvia((lv) => ((lv.signature as Json).date = "2025-02-15")).map((f) =>
      f.path === "data/dataset.json" ? { ...f, content: JSON.stringify(meta) } : f,
    );
    // Only this rule is asked about: the real data's provisional application is another rule's problem here.
    expect(lintSourceFiles(files).filter((p) => p.field === "signature.date")).toEqual([]);
  });
});
