import { describe, expect, it } from "vitest";
import { lintSourceFiles } from "../../src/lint/index.js";
import { type Json, lithuania, only } from "../helpers/lint-data.js";

// Rule signature-corroboration (src/lint/rules/signature-corroboration.ts) on the real data, broken one way at a time.
describe("rule signature-corroboration", () => {
  it("a signature note cannot say the treaty database is the only source when another is cited", () => {
    const problem = only(
      lintSourceFiles(
        lithuania((lt) => {
          (lt.signature as Json).note =
            "Only the Dutch Treaty Database records this signature; no independent source is known.";
        }),
      ),
    );
    expect(problem).toMatchObject({ file: "data/states/LT.json", field: "signature.note" });
    expect(problem.message).toMatch(/cites another/);
  });
});
