import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exampleManifest } from "../src/examples.js";
import { measureTypes, requestTypes, validateRequest } from "../src/index.js";
import { compileAll, makeAjv, manifest, packageDir, readJsonFile } from "./helpers.js";

const ajv = makeAjv();
const validators = compileAll(ajv);

describe("examples manifest", () => {
  it("lists every example file exactly once, and only files that exist", () => {
    const onDisk = ["valid", "invalid"].flatMap((dir) =>
      readdirSync(join(packageDir, "examples", dir)).map((name) => `${dir}/${name}`),
    );
    const listed = manifest.examples.map((e) => e.file);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...onDisk].sort());
  });

  it("names each file after its request type and folder after its verdict", () => {
    for (const example of manifest.examples) {
      const [folder, name] = example.file.split("/");
      expect(folder).toBe(example.valid ? "valid" : "invalid");
      expect(name?.startsWith(`${example.requestType}-`)).toBe(true);
      expect((readJsonFile(`examples/${example.file}`) as { requestType: string }).requestType).toBe(
        example.requestType,
      );
    }
  });

  it("has valid and invalid examples of every request type, and a full MLA and extradition example", () => {
    for (const type of requestTypes) {
      expect(manifest.examples.some((e) => e.requestType === type && e.valid)).toBe(true);
      expect(manifest.examples.some((e) => e.requestType === type && !e.valid)).toBe(true);
    }
    expect(manifest.examples.map((e) => e.file)).toEqual(
      expect.arrayContaining([
        "valid/mla-full-war-crimes-investigation.json",
        "valid/extradition-full-prosecution.json",
      ]),
    );
  });

  it("show every kind of MLA measure in a valid request", () => {
    const shown = new Set(
      manifest.examples
        .filter((e) => e.valid && e.requestType === "mla")
        .flatMap((e) =>
          (readJsonFile(`examples/${e.file}`) as { measures: { type: string }[] }).measures.map(
            (m) => m.type,
          ),
        ),
    );
    expect([...shown].sort()).toEqual([...measureTypes].sort());
  });

  it("is the manifest the examples entry point exports", () => {
    expect(exampleManifest).toEqual(manifest);
  });
});

describe.each(manifest.examples)("$file", (example) => {
  const document = readJsonFile(`examples/${example.file}`);

  it(`is ${example.valid ? "accepted" : "rejected"} by zod and by ajv on the shipped JSON Schema`, () => {
    const zod = validateRequest(document);
    const ajvVerdict = validators[example.requestType](document);
    expect({ zod: zod.success, ajv: ajvVerdict }).toEqual({ zod: example.valid, ajv: example.valid });
  });

  if (!example.valid) {
    it(`fails for its one stated reason: ${example.expectedIssue.code} at ${example.expectedIssue.path}`, () => {
      const result = validateRequest(document, example.requestType);
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.issues.map(({ path, code }) => ({ path, code }))).toEqual([example.expectedIssue]);
      expect(result.issues[0]?.message).toMatch(/\S/u);
    });
  }
});
