import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { assembleDataset } from "../scripts/lib/dataset.js";
import { CSV_COLUMNS, toCsv, toJson } from "../scripts/lib/emit.js";
import { dataset } from "../src/index.js";
import { lintAndCollect } from "../src/lint/index.js";
import { readSourceFiles } from "../src/lint/source-files.js";
import { partiesDatasetSchema } from "../src/schema.js";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const stateFiles = readSourceFiles(packageDir).filter((f) => f.path.startsWith("data/states/"));
const dist = (name: string) => readFileSync(join(packageDir, "dist", name), "utf8");
const { version } = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as { version: string };
const node = (script: string, type: "commonjs" | "module" = "commonjs") =>
  execFileSync(process.execPath, ["--input-type", type, "-e", script], {
    cwd: packageDir,
    encoding: "utf8",
  }).trim();

describe("dist/parties.json", () => {
  const published = JSON.parse(dist("parties.json"));

  it("validates against the published schema", () => {
    expect(partiesDatasetSchema.safeParse(published).success).toBe(true);
  });

  it("carries asOf, the data version and one record per State file", () => {
    expect(published.asOf).toBe(
      JSON.parse(readFileSync(join(packageDir, "data", "dataset.json"), "utf8")).asOf,
    );
    expect(published.dataVersion).toBe(version);
    expect(published.parties).toHaveLength(stateFiles.length);
  });

  it("is the data the main entry serves", () => {
    expect(published).toEqual(dataset);
  });

  it("is rebuilt byte for byte from the source files", () => {
    const { problems, data } = lintAndCollect(readSourceFiles(packageDir));
    expect(problems).toEqual([]);
    if (!data) throw new Error("the source files did not validate");
    const rebuilt = assembleDataset(data, version);
    expect(toJson(rebuilt)).toBe(dist("parties.json"));
    expect(toCsv(rebuilt)).toBe(dist("parties.csv"));
  });
});

describe("dist/parties.csv", () => {
  const text = dist("parties.csv");
  const rows = parse(text, { columns: true }) as Array<Record<string, string>>;

  it("parses into one row per State with the documented columns", () => {
    expect(rows).toHaveLength(stateFiles.length);
    expect(Object.keys(rows[0] ?? {})).toEqual([...CSV_COLUMNS]);
  });

  it("ends every record with CRLF (RFC 4180)", () => {
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.split("\r\n")[0]).toBe(CSV_COLUMNS.join(","));
  });

  it("writes dates as ISO 8601 or leaves them empty", () => {
    for (const row of rows) {
      for (const column of ["signature_date", "consent_deposit_date", "entry_into_force_date"]) {
        expect(row[column]).toMatch(/^(\d{4}-\d{2}-\d{2})?$/);
      }
    }
  });

  it("has Latvia's consent and entry into force, and Kosovo's user-assigned code", () => {
    const lv = rows.find((r) => r.code === "LV");
    expect(lv).toMatchObject({
      signature_date: "2025-02-10",
      consent_status: "recorded",
      consent_type: "",
      consent_type_in_source: "R (Ratification, Acceptance, Approval or Notification)",
      consent_deposit_date: "2025-08-28",
      entry_into_force_status: "published",
      entry_into_force_date: "2025-12-01",
      declarations_listed: "true",
    });
    expect(rows.find((r) => r.code === "XK")).toMatchObject({
      code_kind: "user-assigned",
      name_in_source: "Kosovo",
    });
    expect(rows.find((r) => r.code === "FR")?.declaration_provisions).toBe(
      "art_8__para_3 art_92__para_3 art_5",
    );
    expect(rows.find((r) => r.code === "NL")?.name_in_source).toBe("Netherlands, the Kingdom of the");
  });
});

describe("package entries", () => {
  it("the main entry does not load zod, in CommonJS", () => {
    const loaded = node(
      'const p = require("@lhc/parties"); console.log(p.parties.length, Object.keys(require.cache).some((f) => f.includes("/zod/")))',
    );
    expect(loaded).toBe(`${stateFiles.length} false`);
  });

  it("the built main entry, ESM and CJS, imports no zod", () => {
    for (const file of ["index.js", "index.cjs"]) {
      expect(dist(file)).not.toMatch(/from ["']zod["']|require\(["']zod["']\)/);
    }
  });

  it("the schema entry offers the zod schema, in ESM", () => {
    const out = node(
      'import { partiesDatasetSchema } from "@lhc/parties/schema"; import { readFileSync } from "node:fs"; import { createRequire } from "node:module"; const require = createRequire(import.meta.url); console.log(partiesDatasetSchema.safeParse(JSON.parse(readFileSync(require.resolve("@lhc/parties/parties.json"), "utf8"))).success)',
      "module",
    );
    expect(out).toBe("true");
  });

  it("parties.json and parties.csv are exported as plain files", () => {
    expect(node('console.log(require("@lhc/parties/parties.json").parties.length)')).toBe(
      String(stateFiles.length),
    );
    expect(
      node('console.log(require.resolve("@lhc/parties/parties.csv").endsWith("dist/parties.csv"))'),
    ).toBe("true");
  });

  it("ESM answers the same as CJS", () => {
    const esm = node(
      'import { statusOn } from "@lhc/parties"; console.log(statusOn("LV", "2025-12-01").status)',
      "module",
    );
    const cjs = node('console.log(require("@lhc/parties").statusOn("lv", "2025-12-01").status)');
    expect([esm, cjs]).toEqual(["entry-into-force-published", "entry-into-force-published"]);
  });
});

describe("dist/parties.schema.json", () => {
  const schema = JSON.parse(dist("parties.schema.json"));
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  // ajv-formats is CommonJS whose plugin is module.exports.default; under NodeNext the default import is module.exports.
  addFormatsModule.default(ajv);
  const validate = ajv.compile(schema);

  it("is valid draft 2020-12 JSON Schema and accepts parties.json", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(validate(JSON.parse(dist("parties.json")))).toBe(true);
  });

  it("rejects a fact without a source and a provision ID outside the scheme", () => {
    const broken = JSON.parse(dist("parties.json"));
    const latvia = broken.parties.find((p: { code: string }) => p.code === "LV");
    latvia.entryIntoForce.sources = [];
    latvia.declarations[1].provisions = ["Art. 2(2)"];
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining([
        `/parties/${broken.parties.indexOf(latvia)}/entryIntoForce/sources`,
        `/parties/${broken.parties.indexOf(latvia)}/declarations/1/provisions/0`,
      ]),
    );
  });

  it("is exported as a plain file", () => {
    expect(node('console.log(require("@lhc/parties/parties.schema.json").$schema)')).toBe(
      "https://json-schema.org/draft/2020-12/schema",
    );
  });
});
