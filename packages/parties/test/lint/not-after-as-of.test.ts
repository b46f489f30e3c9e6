import { describe, expect, it } from "vitest";
import { lintSourceFiles } from "../../src/lint/index.js";
import { asOf, type Json, latvia, only, parsed, withFile } from "../helpers/lint-data.js";

// Rule not-after-as-of (src/lint/rules/not-after-as-of.ts) on the real data, broken one way at a time.
describe("rule not-after-as-of", () => {
  it("entry into force cannot be later than asOf", () => {
    const problem = only(lintSourceFiles(latvia((lv) => ((lv.entryIntoForce as Json).date = "2099-01-01"))));
    expect(problem.field).toBe("entryIntoForce.date");
    expect(problem.message).toMatch(
      new RegExp(`after the data set's asOf date ${asOf}; .*move asOf in data/dataset.json`),
    );
  });

  it("a source cannot be read after asOf", () => {
    const registry = structuredClone(parsed("data/sources.json")) as unknown as Json[];
    const at = registry.findIndex((r) => r.id === "ad-forum");
    (registry[at] as Json).accessed = "2027-01-01";
    const problem = only(lintSourceFiles(withFile("data/sources.json", registry as unknown as Json)));
    expect(problem.file).toBe("data/sources.json");
    expect(problem.field).toBe(`${at}.accessed`);
    expect(problem.message).toMatch(new RegExp(`after asOf ${asOf}`));
  });
});
