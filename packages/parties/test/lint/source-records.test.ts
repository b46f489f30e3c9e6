import { describe, expect, it } from "vitest";
import { formatLintProblem, lintSourceFiles } from "../../src/lint/index.js";
import { type Json, lithuania, only, parsed, withFile } from "../helpers/lint-data.js";

// Rule source-records (src/lint/rules/source-records.ts) on the real data, broken one way at a time.
describe("rule source-records", () => {
  it("a source is written once: a record copied into a fact is refused, and names where records go", () => {
    const registry = parsed("data/sources.json") as unknown as Json[];
    const lt = parsed("data/states/LT.json");
    const id = ((lt.signature as Json).sources as string[])[1];
    const problems = lintSourceFiles(
      lithuania((lt) => {
        const sources = (lt.signature as Json).sources as unknown[];
        const { id: _id, ...record } = registry.find((r) => r.id === id) as Json;
        sources[1] = record;
      }),
    );
    expect(problems.map(formatLintProblem)).toEqual([
      'data/states/LT.json: signature.sources.1: is a source written in place; write its record once in data/sources.json and cite its id here (e.g. "verdragenbank-013717-parties")',
      `data/sources.json: ${registry.findIndex((r) => r.id === id)}.id: "${id}" is cited by no fact; remove the record or cite it`,
    ]);
  });

  it("a record that differs from @lhc/convention's record of the same URL is named, with where the record is", () => {
    const registry = structuredClone(parsed("data/sources.json")) as unknown as Json[];
    const at = registry.findIndex((r) => r.url === "https://verdragen.nl/en/Treaty/Details/013717_p.html");
    (registry[at] as Json).kind = "secondary";
    const problem = only(lintSourceFiles(withFile("data/sources.json", registry as unknown as Json)));
    expect(problem.file).toBe("data/sources.json");
    expect(problem.field).toBe(`${at}.kind`);
    expect(problem.message).toMatch(/@lhc\/convention data\/sources\.json \(S2\)/);
  });

  it("a record no fact cites, and a second record of one URL, are named", () => {
    const registry = structuredClone(parsed("data/sources.json")) as unknown as Json[];
    registry.push({ ...(registry[1] as Json), id: "unused-copy" });
    const problems = lintSourceFiles(withFile("data/sources.json", registry as unknown as Json));
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      `${registry.length - 1}.url: is also the URL of "${(registry[1] as Json).id}"; a source has one record: cite "${(registry[1] as Json).id}" and remove this one`,
      `${registry.length - 1}.id: "unused-copy" is cited by no fact; remove the record or cite it`,
    ]);
  });
});
