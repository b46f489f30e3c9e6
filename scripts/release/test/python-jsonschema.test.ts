// A second implementation agrees: Python's jsonschema (Draft 2020-12, Debian's python3-jsonschema, as a
// ministry's Python system would use it) gives every example and every hostile input the same verdict,
// valid or not, as ajv does on the JSON Schemas this package ships.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { type RequestType, requestTypes } from "@lhc/requests/request-types";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
// The hostile inputs and wrong-typed variants are the ones @lhc/requests' own tests feed to validateRequest.
import { hostileJsonInputs, wrongTypedVariants } from "../../../packages/requests/test/hostile-inputs.js";
import { ensureDebianPackages } from "../../debian-packages.js";
import { repoRoot } from "../src/workspace.js";

const require = createRequire(import.meta.url);
/** The installed @lhc/requests, read through its exports map as any user reads it. */
const schemaFile = (type: string) => require.resolve(`@lhc/requests/schemas/${type}.json`);
const examplesDir = dirname(require.resolve("@lhc/requests/examples/index.json"));
const readJsonFile = (relative: string): unknown =>
  JSON.parse(readFileSync(join(examplesDir, "..", relative), "utf8"));
const manifest = readJsonFile("examples/index.json") as {
  examples: { file: string; requestType: RequestType; valid: boolean }[];
};
/** Version 1 of the data model: its examples and its schemas (`schemas/1.0/<type>.json`). */
const manifestV1 = readJsonFile("examples/v1/index.json") as typeof manifest;
const schemaFileV1 = (type: string) => require.resolve(`@lhc/requests/schemas/1.0/${type}.json`);
/** A schema key of the Python job: the request type, prefixed with "1.0/" for version 1. */
type SchemaKey = RequestType | `1.0/${RequestType}`;

// ajv as @lhc/requests' own tests configure it: strict, with the package's annotation keywords declared.
const addFormats = addFormatsModule.default;
function compileAll() {
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
  ajv.addVocabulary(["basis", "conventionArticle", "conventionArticleStatus"]);
  addFormats(ajv);
  return Object.fromEntries([
    ...requestTypes.map((type) => [type, ajv.compile(JSON.parse(readFileSync(schemaFile(type), "utf8")))]),
    ...requestTypes.map((type) => [
      `1.0/${type}`,
      ajv.compile(JSON.parse(readFileSync(schemaFileV1(type), "utf8"))),
    ]),
  ]) as Record<SchemaKey, ReturnType<Ajv2020["compile"]>>;
}

const python = "/usr/bin/python3";
const outDir = join(repoRoot, "scripts", "release", "test-output", "python-jsonschema");

/** Debian's python3 with python3-jsonschema, installed with apt-get (as root) when missing. */
function ensurePythonJsonschema(): void {
  ensureDebianPackages({
    what: `jsonschema for ${python}`,
    present: () =>
      existsSync(python) && spawnSync(python, ["-c", "import jsonschema"], { stdio: "ignore" }).status === 0,
    packages: ["python3", "python3-jsonschema"],
  });
}

interface Verdict {
  valid: boolean;
  reason?: string;
}

describe("Python jsonschema (Draft 2020-12) against ajv", () => {
  const validators = compileAll();
  const files: { id: string; type: SchemaKey; path: string; ajv: boolean }[] = [];
  const lines: { type: SchemaKey; path: string; ajv: boolean[]; labels: string[] }[] = [];
  let result: { files: Record<string, Verdict>; lines: Record<string, Verdict[]> };

  beforeAll(() => {
    ensurePythonJsonschema();
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(join(outDir, "hostile"), { recursive: true });
    for (const example of manifest.examples) {
      const path = join(examplesDir, example.file);
      files.push({
        id: `examples/${example.file}`,
        type: example.requestType,
        path,
        ajv: validators[example.requestType](readJsonFile(`examples/${example.file}`)) === true,
      });
    }
    for (const example of manifestV1.examples) {
      const path = join(examplesDir, "v1", example.file);
      const type = `1.0/${example.requestType}` as const;
      files.push({
        id: `examples/v1/${example.file}`,
        type,
        path,
        ajv: validators[type](readJsonFile(`examples/v1/${example.file}`)) === true,
      });
    }
    hostileJsonInputs(requestTypes).forEach((input, i) => {
      const path = join(outDir, "hostile", `${String(i).padStart(2, "0")}.json`);
      writeFileSync(path, input.text);
      files.push({
        id: `hostile: ${input.name}`,
        type: input.type,
        path,
        ajv: validators[input.type](JSON.parse(input.text)) === true,
      });
    });
    for (const example of manifest.examples.filter((e) => e.valid)) {
      const document = readJsonFile(`examples/${example.file}`);
      const variants = wrongTypedVariants(document);
      const path = join(outDir, `${example.file.replace(/\W+/gu, "-")}.jsonl`);
      writeFileSync(path, `${variants.map((v) => JSON.stringify(v.input)).join("\n")}\n`);
      lines.push({
        type: example.requestType,
        path,
        ajv: variants.map((v) => validators[example.requestType](v.input) === true),
        labels: variants.map((v) => v.label),
      });
    }
    for (const example of manifestV1.examples.filter((e) => e.valid)) {
      const document = readJsonFile(`examples/v1/${example.file}`);
      const variants = wrongTypedVariants(document);
      const path = join(outDir, `v1-${example.file.replace(/\W+/gu, "-")}.jsonl`);
      const type = `1.0/${example.requestType}` as const;
      writeFileSync(path, `${variants.map((v) => JSON.stringify(v.input)).join("\n")}\n`);
      lines.push({
        type,
        path,
        ajv: variants.map((v) => validators[type](v.input) === true),
        labels: variants.map((v) => v.label),
      });
    }
    const job = {
      schemas: Object.fromEntries([
        ...requestTypes.map((type) => [type, schemaFile(type)]),
        ...requestTypes.map((type) => [`1.0/${type}`, schemaFileV1(type)]),
      ]),
      files: files.map(({ id, type, path }) => ({ id, type, path })),
      lines: lines.map(({ type, path }) => ({ type, path })),
    };
    const output = execFileSync(
      python,
      [join(repoRoot, "scripts", "release", "test", "jsonschema_verdicts.py")],
      {
        input: JSON.stringify(job),
        encoding: "utf8",
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    result = JSON.parse(output);
  });

  it("covers every example and every hostile input", () => {
    expect(files.filter((f) => f.id.startsWith("examples/"))).toHaveLength(
      manifest.examples.length + manifestV1.examples.length,
    );
    expect(Object.keys(result.files).sort()).toEqual(files.map((f) => f.id).sort());
    expect(files.some((f) => f.ajv) && files.some((f) => !f.ajv)).toBe(true);
  });

  it("gives every file ajv's verdict", () => {
    const disagreements = files
      .filter((f) => result.files[f.id]?.valid !== f.ajv)
      .map(
        (f) =>
          `${f.id}: ajv ${f.ajv ? "valid" : "invalid"}, jsonschema ${JSON.stringify(result.files[f.id])}`,
      );
    expect(disagreements).toEqual([]);
  });

  it("gives every wrong-typed variant of the valid examples ajv's verdict", () => {
    for (const { path, ajv, labels } of lines) {
      const python = result.lines[path] ?? [];
      expect(python).toHaveLength(ajv.length);
      const disagreements = labels.filter((_, i) => python[i]?.valid !== ajv[i]);
      expect(disagreements, path).toEqual([]);
    }
  });
});

describe("the Python program in docs/integrating-json-schema.md", () => {
  const doc = readFileSync(join(repoRoot, "docs", "integrating-json-schema.md"), "utf8");
  const program = /^```python\n([\s\S]*?)^```$/mu.exec(doc)?.[1] ?? "";
  const dir = join(outDir, "docs-example");

  beforeAll(() => {
    ensurePythonJsonschema();
    mkdirSync(join(dir, "schemas"), { recursive: true });
    writeFileSync(join(dir, "validate.py"), program);
    // The program reads schemas/1.0/mla.json (version 1's), as a user who downloaded the schema has it.
    mkdirSync(join(dir, "schemas", "1.0"), { recursive: true });
    writeFileSync(join(dir, "schemas", "1.0", "mla.json"), readFileSync(schemaFileV1("mla"), "utf8"));
    // A version-1 request that breaks the schema: a valid example without measures.
    const valid = readJsonFile("examples/v1/valid/mla-service-of-documents-only.json") as object;
    writeFileSync(join(dir, "no-measures.json"), JSON.stringify({ ...valid, measures: [] }));
  });

  const runProgram = (file: string) =>
    spawnSync(python, [join(dir, "validate.py"), file], { cwd: dir, encoding: "utf8" });

  it("accepts a valid version-1 request silently, with exit code 0", () => {
    expect(program).toMatch(/Draft202012Validator/u);
    const result = runProgram(join(examplesDir, "v1", "valid", "mla-service-of-documents-only.json"));
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("");
    expect(result.status).toBe(0);
  });

  it("lists each issue of an invalid request by its JSON path, with exit code 1", () => {
    const result = runProgram(join(dir, "no-measures.json"));
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^\$\.measures: /mu);
    expect(result.status).toBe(1);
  });
});
