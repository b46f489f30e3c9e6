import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readSourceFiles, type SourceFile } from "../scripts/lib/source-files.js";
import { formatLintProblem, type LintProblem, lintSourceFiles } from "../scripts/lint/index.js";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const { asOf } = JSON.parse(readFileSync(join(packageDir, "data", "dataset.json"), "utf8")) as {
  asOf: string;
};
const realFiles = readSourceFiles(packageDir);

type Json = Record<string, unknown>;
const parsed = (path: string): Json => {
  const file = realFiles.find((f) => f.path === path);
  if (!file) throw new Error(`no ${path}`);
  return JSON.parse(file.content) as Json;
};

/** The real source files with one file replaced (or added) by `content`. */
function withFile(path: string, content: Json | string): SourceFile[] {
  const text = typeof content === "string" ? content : JSON.stringify(content, null, 2);
  return [...realFiles.filter((f) => f.path !== path), { path, content: text }];
}

/** Latvia's file with a change applied to a deep copy. */
function latvia(change: (lv: Json) => void): SourceFile[] {
  const lv = structuredClone(parsed("data/states/LV.json"));
  change(lv);
  return withFile("data/states/LV.json", lv);
}

const only = (problems: LintProblem[]) => {
  expect(problems).toHaveLength(1);
  return problems[0] as LintProblem;
};

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

  it("entry into force cannot be later than asOf", () => {
    const problem = only(lintSourceFiles(latvia((lv) => ((lv.entryIntoForce as Json).date = "2099-01-01"))));
    expect(problem.field).toBe("entryIntoForce.date");
    expect(problem.message).toMatch(
      new RegExp(`after the data set's asOf date ${asOf}; .*move asOf in data/dataset.json`),
    );
  });

  it("a signature must fall in the signature period", () => {
    const problem = only(lintSourceFiles(latvia((lv) => ((lv.signature as Json).date = "2025-02-15"))));
    expect(problem.field).toBe("signature.date");
    expect(problem.message).toMatch(/outside the signature period 2024-02-14 to 2025-02-14/);
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

describe("codes", () => {
  it("the file name must equal the code", () => {
    const lithuania = structuredClone(parsed("data/states/LT.json"));
    lithuania.code = "LV";
    const problems = lintSourceFiles(withFile("data/states/LT.json", lithuania));
    expect(problems.map(formatLintProblem)).toEqual([
      'data/states/LT.json: code: is "LV" but the file is named LT.json; the file name must equal the code (rename the file or correct the code)',
      'data/states/LT.json: code: "LV" is already used by data/states/LV.json; each State has exactly one file',
    ]);
  });

  it("must be an assigned ISO 3166-1 alpha-2 code", () => {
    const zz = structuredClone(parsed("data/states/LT.json"));
    zz.code = "ZZ";
    const problem = only(lintSourceFiles(withFile("data/states/ZZ.json", zz)));
    expect(problem.file).toBe("data/states/ZZ.json");
    expect(problem.field).toBe("code");
    expect(problem.message).toMatch(/not an assigned ISO 3166-1 alpha-2 code/);
  });

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
  const france = (change: (declaration: Json) => void): SourceFile[] => {
    const fr = structuredClone(parsed("data/states/FR.json"));
    change((fr.declarations as Json[])[0] as Json);
    return withFile("data/states/FR.json", fr);
  };

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

  it("IDs start with the State's code", () => {
    const problem = only(lintSourceFiles(france((d) => (d.id = "DE-9"))));
    expect(problem.field).toBe("declarations.0.id");
    expect(problem.message).toMatch(/must start with the State's code: FR-<n>/);
  });

  it("a State flagged with declarations must have at least one recorded", () => {
    const fr = structuredClone(parsed("data/states/FR.json"));
    fr.declarations = [];
    const problem = only(lintSourceFiles(withFile("data/states/FR.json", fr)));
    expect(problem.field).toBe("declarations");
    expect(problem.message).toMatch(/basis "listed-without-text" if its content is unknown/);
  });
});

describe("provisional application", () => {
  it("names Parts that @lhc/convention holds", () => {
    const entries = structuredClone(parsed("data/provisional-application.json")) as unknown as Json[];
    (entries[0] as Json).parts = ["part_99"];
    const problem = only(
      lintSourceFiles(withFile("data/provisional-application.json", entries as unknown as Json)),
    );
    expect(problem).toMatchObject({ file: "data/provisional-application.json", field: "0.parts.0" });
    expect(problem.message).toMatch(/"part_99" is not a Part in @lhc\/convention's data/);
  });

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
  const lithuania = (change: (lt: Json) => void) => {
    const lt = structuredClone(parsed("data/states/LT.json"));
    change(lt);
    return withFile("data/states/LT.json", lt);
  };

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

  it("a date the treaty database publishes cannot be marked verified while Article 90 is not", () => {
    const problem = only(lintSourceFiles(latvia((lv) => (lv.entryIntoForceStatus = "verified"))));
    expect(problem).toMatchObject({ file: "data/states/LV.json", field: "entryIntoForceStatus" });
    expect(problem.message).toMatch(/published, not verified/);
  });

  it("the treaty database's record is not called a depositary record", () => {
    const fr = structuredClone(parsed("data/states/FR.json"));
    ((fr.declarations as Json[])[0] as Json).basis = "depositary-record";
    const problem = only(lintSourceFiles(withFile("data/states/FR.json", fr)));
    expect(problem.field).toBe("declarations.0.basis");
    expect(problem.message).toMatch(/"treaty-database-record"/);
  });

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

  it("an id that data/sources.json does not hold is named once", () => {
    const problem = only(
      lintSourceFiles(
        lithuania((lt) => ((lt.signature as Json).sources as unknown[]).push("no-such-source")),
      ),
    );
    expect(problem.field).toBe("signature.sources.2");
    expect(problem.message).toMatch(/"no-such-source" is not an id in data\/sources\.json/);
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
