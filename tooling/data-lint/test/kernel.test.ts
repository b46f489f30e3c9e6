import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import {
  collector,
  formatLintProblem,
  type LintRule,
  readJson,
  readJsonFile,
  runRules,
} from "../src/index.js";

const schema = z.strictObject({
  asOf: z.string(),
  kind: z.enum(["official", "secondary"]),
  sources: z.array(z.string()).min(1),
});

describe("readJson", () => {
  it("names the file, the field and the fix for each schema issue", () => {
    const { problems, report } = collector();
    const text = JSON.stringify({ asOf: 5, kind: "press", extra: true });
    expect(readJson("data/x.json", text, schema, report)).toBeUndefined();
    expect(problems.map(formatLintProblem).sort()).toEqual([
      'data/x.json: (file): has unknown field(s) "extra"; remove them or correct their spelling',
      "data/x.json: asOf: Invalid input: expected string, received number; write a string here",
      'data/x.json: kind: Invalid option: expected one of "official"|"secondary"; use one of the listed values',
      "data/x.json: sources: is missing; every fact needs at least one source { url, title, publisher, kind, accessed }",
    ]);
  });

  it("reports a syntax error once, against the whole file, and the root by the name given", () => {
    const { problems, report } = collector();
    readJson("data/x.json", "{ nope", schema, report);
    readJson("data/y.json", "[]", schema, report, { root: "(root)" });
    expect(problems.map((p) => `${p.file}: ${p.field}`)).toEqual([
      "data/x.json: (file)",
      "data/y.json: (root)",
    ]);
    expect(problems[0]?.message).toMatch(/^is not valid JSON \(.*\); fix the syntax$/);
  });

  it("returns the data when it passes, after prepare, and leaves out what skip says is reported", () => {
    const { problems, report } = collector();
    const ok = { asOf: "2026-01-01", kind: "official", sources: ["a"] };
    expect(
      readJson("f", JSON.stringify({ ...ok, sources: 1 }), schema, report, { prepare: () => ok }),
    ).toEqual(ok);
    readJson("f", JSON.stringify({ ...ok, kind: "x" }), schema, report, {
      skip: (_, field) => field === "kind",
    });
    expect(problems).toEqual([]);
  });
});

describe("readJsonFile and runRules", () => {
  const dir = mkdtempSync(join(tmpdir(), "data-lint-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads from disk; a missing file is a problem with the file", () => {
    writeFileSync(join(dir, "ok.json"), JSON.stringify({ asOf: "a", kind: "secondary", sources: ["s"] }));
    const { problems, report } = collector();
    expect(readJsonFile(join(dir, "ok.json"), "data/ok.json", schema, report)?.kind).toBe("secondary");
    readJsonFile(join(dir, "missing.json"), "data/missing.json", schema, report);
    expect(problems.map((p) => `${p.file}: ${p.field}`)).toEqual(["data/missing.json: (file)"]);
  });

  it("runs each rule in order over the context", () => {
    const rule = (name: string): LintRule<string[]> => ({
      name,
      check: (seen, report) => {
        seen.push(name);
        report("f", name, "is wrong; fix it");
      },
    });
    const { problems, report } = collector();
    const seen: string[] = [];
    runRules([rule("b"), rule("a")], seen, report);
    expect(seen).toEqual(["b", "a"]);
    expect(problems.map((p) => p.field)).toEqual(["b", "a"]);
  });
});
