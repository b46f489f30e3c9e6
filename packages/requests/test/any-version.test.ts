import { describe, expect, it } from "vitest";
import { requestSchemaVersions, requestVersionOf, validateAnyVersion } from "../src/any-version.js";
import type { ExampleManifest } from "../src/examples.js";
import { schemaVersion as schemaVersionV0, validateRequest as validateV0 } from "../src/index.js";
import { schemaVersion as schemaVersionV1, validateRequest as validateV1 } from "../src/v1/index.js";
import { manifest as manifestV0, readJsonFile } from "./helpers.js";

const manifestV1 = readJsonFile("examples/v1/index.json") as ExampleManifest;
const sets = [
  { dir: "examples", manifest: manifestV0, version: schemaVersionV0, validate: validateV0 },
  { dir: "examples/v1", manifest: manifestV1, version: schemaVersionV1, validate: validateV1 },
];

describe("@lhc/requests/any-version", () => {
  it("knows both versions, oldest first", () => {
    expect(requestSchemaVersions).toEqual([schemaVersionV0, schemaVersionV1]);
  });

  for (const { dir, manifest, version, validate } of sets) {
    it(`gives every ${dir} example its version and the verdict of that version's validator`, () => {
      expect(manifest.examples.length).toBeGreaterThan(0);
      for (const example of manifest.examples) {
        const input = readJsonFile(`${dir}/${example.file}`);
        expect(requestVersionOf(input), example.file).toBe(version);
        const result = validateAnyVersion(input);
        expect(result, example.file).toEqual(validate(input));
        expect(result.success, example.file).toBe(example.valid);
      }
    });
  }

  it("checks a request that names no known version with version 0, which names the field", () => {
    for (const input of [{ requestType: "mla" }, { requestType: "mla", schemaVersion: "2.0" }, null, []]) {
      expect(requestVersionOf(input)).toBe(schemaVersionV0);
    }
    const result = validateAnyVersion({ requestType: "mla", schemaVersion: "2.0" });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues.map((issue) => issue.path)).toContain("$.schemaVersion");
  });
});
