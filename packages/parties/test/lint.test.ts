import { describe, expect, it } from "vitest";
import { formatLintProblem, lintSourceFiles } from "../src/lint/index.js";
import {
  france,
  type Json,
  latvia,
  lithuania,
  only,
  parsed,
  realFiles,
  withFile,
} from "./helpers/lint-data.js";

// The schema and the reader (the kernel @lhc/data-lint) on the real data; each rule has its own file in test/lint/.
describe("the source files in data/", () => {
  it("pass every lint", () => {
    expect(lintSourceFiles(realFiles).map(formatLintProblem)).toEqual([]);
  });

  it("hold one file per State, named by its code", () => {
    const states = realFiles.filter((f) => f.path.startsWith("data/states/"));
    expect(states.length).toBeGreaterThan(0);
    for (const file of states) {
      expect(file.path).toBe(`data/states/${(JSON.parse(file.content) as Json).code}.json`);
    }
  });
});

describe("a fact without a source is rejected", () => {
  it("an empty sources list", () => {
    const problem = only(lintSourceFiles(latvia((lv) => ((lv.signature as Json).sources = []))));
    expect(problem.file).toBe("data/states/LV.json");
    expect(problem.field).toBe("signature.sources");
    expect(problem.message).toMatch(/at least one source \{ url, title, publisher, kind, accessed \}/);
  });

  it("a missing sources field", () => {
    const problem = only(lintSourceFiles(latvia((lv) => delete (lv.entryIntoForce as Json).sources)));
    expect(problem.field).toBe("entryIntoForce.sources");
    expect(problem.message).toMatch(/is missing; every fact needs at least one source/);
  });

  it("a source without a publisher, or of an unknown kind, or with a URL that is no URL", () => {
    const registry = structuredClone(parsed("data/sources.json")) as unknown as Json[];
    const at = registry.findIndex((r) => r.id === "likumi-lv-361605");
    const source = registry[at] as Json;
    delete source.publisher;
    source.kind = "press";
    source.url = "likumi.lv";
    const problems = lintSourceFiles(withFile("data/sources.json", registry as unknown as Json));
    expect(problems.map((p) => `${p.file}: ${p.field}`).sort()).toEqual([
      `data/sources.json: ${at}.kind`,
      `data/sources.json: ${at}.publisher`,
      `data/sources.json: ${at}.url`,
    ]);
    expect(problems.find((p) => p.field.endsWith("kind"))?.message).toMatch(/"official" .* or "secondary"/);
    expect(problems.find((p) => p.field.endsWith("url"))?.message).toMatch(/http\(s\) URL/);
    expect(problems.find((p) => p.field.endsWith("publisher"))?.message).toMatch(/is missing; add it/);
  });
});

describe("dates", () => {
  it("must exist in the calendar", () => {
    const problem = only(lintSourceFiles(latvia((lv) => ((lv.consent as Json).depositDate = "2025-02-30"))));
    expect(problem.field).toBe("consent.depositDate");
    expect(problem.message).toMatch(/real calendar date written YYYY-MM-DD/);
  });

  it("must be written YYYY-MM-DD, not as the treaty database prints them", () => {
    const problem = only(lintSourceFiles(latvia((lv) => ((lv.signature as Json).date = "10-02-2025"))));
    expect(problem.field).toBe("signature.date");
    expect(problem.message).toMatch(/write null if the date is unknown/);
  });
});

describe("codes", () => {
  it("must be upper case", () => {
    const lower = structuredClone(parsed("data/states/LT.json"));
    lower.code = "lt";
    const problems = lintSourceFiles(withFile("data/states/LT.json", lower));
    expect(problems.map((p) => p.field)).toEqual(["code"]);
    expect(problems[0]?.message).toMatch(/two upper-case letters/);
  });

  it("Kosovo's XK must be flagged as user-assigned", () => {
    const kosovo = structuredClone(parsed("data/states/XK.json"));
    kosovo.codeKind = "iso-3166-1-alpha-2";
    const problem = only(lintSourceFiles(withFile("data/states/XK.json", kosovo)));
    expect(problem.field).toBe("codeKind");
    expect(problem.message).toMatch(/only Kosovo's XK is a user-assigned code/);
  });
});

describe("declarations", () => {
  it("provisions must follow the provision-ID scheme", () => {
    const problem = only(lintSourceFiles(france((d) => (d.provisions = ["art_8(3)"]))));
    expect(problem.file).toBe("data/states/FR.json");
    expect(problem.field).toBe("declarations.0.provisions.0");
    expect(problem.message).toMatch(/provision ID such as art_8, art_8__para_3/);
  });

  it("rejects a leading zero in a provision ID", () => {
    expect(only(lintSourceFiles(france((d) => (d.madeUnder = "art_092__para_3")))).field).toBe(
      "declarations.0.madeUnder",
    );
  });

  it("an unknown date needs a dateStatus", () => {
    const problem = only(lintSourceFiles(france((d) => (d.dateStatus = null))));
    expect(problem.field).toBe("declarations.0.dateStatus");
    expect(problem.message).toMatch(/date is null \(unknown\): say why in dateStatus/);
  });

  it("text and textStatus must agree", () => {
    const problem = only(lintSourceFiles(france((d) => (d.text = null))));
    expect(problem.field).toBe("declarations.0.textStatus");
  });
});

describe("provisional application", () => {
  it("needs at least one Part", () => {
    const entries = structuredClone(parsed("data/provisional-application.json")) as unknown as Json[];
    delete (entries[0] as Json).parts;
    const [problem] = lintSourceFiles(
      withFile("data/provisional-application.json", entries as unknown as Json),
    );
    expect(problem?.file).toBe("data/provisional-application.json");
    expect(problem?.field).toMatch(/parts/);
  });
});

describe("file-level problems", () => {
  it("invalid JSON names the file", () => {
    const problem = only(lintSourceFiles(withFile("data/states/LV.json", '{ "code": "LV", }')));
    expect(problem).toMatchObject({ file: "data/states/LV.json", field: "(file)" });
    expect(problem.message).toMatch(/is not valid JSON .*; fix the syntax/);
  });

  it("an unknown field is named", () => {
    const problem = only(lintSourceFiles(latvia((lv) => (lv.ratified = true))));
    expect(problem.field).toBe("(file)");
    expect(problem.message).toMatch(/unknown field\(s\) "ratified"; remove them or correct their spelling/);
  });

  it("a stray file is reported", () => {
    const problem = only(lintSourceFiles(withFile("data/notes.json", "{}")));
    expect(problem.message).toMatch(/State files go in data\/states\/<CODE>.json/);
  });

  it("asOf must be a real date", () => {
    const problem = only(
      lintSourceFiles(withFile("data/dataset.json", { asOf: "2026-13-01", asOfNote: "x" })),
    );
    expect(problem).toMatchObject({ file: "data/dataset.json", field: "asOf" });
  });
});

describe("the audit's corrections stay corrected", () => {
  it("the treaty database's record is not called a depositary record", () => {
    const fr = structuredClone(parsed("data/states/FR.json"));
    ((fr.declarations as Json[])[0] as Json).basis = "depositary-record";
    const problem = only(lintSourceFiles(withFile("data/states/FR.json", fr)));
    expect(problem.field).toBe("declarations.0.basis");
    expect(problem.message).toMatch(/"treaty-database-record"/);
  });

  it("an id that data/sources.json does not hold is named once", () => {
    const problem = only(
      lintSourceFiles(
        lithuania((lt) => ((lt.signature as Json).sources as unknown[]).push("no-such-source")),
      ),
    );
    expect(problem.field).toBe("signature.sources.2");
    expect(problem.message).toMatch(/"no-such-source" is not an id in data\/sources\.json/);
  });
});
