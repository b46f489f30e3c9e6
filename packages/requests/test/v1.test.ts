import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ExampleManifest } from "../src/examples.js";
import { getJsonSchema as getJsonSchemaV0, requestTypes } from "../src/index.js";
import {
  getJsonSchema,
  jsonSchemaId,
  measureTypes,
  requestDefinitions,
  validateRequest,
} from "../src/v1/index.js";
import { makeAjv, packageDir, readJsonFile } from "./helpers.js";

const manifest = readJsonFile("examples/v1/index.json") as ExampleManifest;
const shipped = (type: string) => readJsonFile(`dist/${requestDefinitions[type as "mla"].schemaFile}`);
const ajv = makeAjv();
const validators = Object.fromEntries(
  requestTypes.map((type) => [type, ajv.compile(shipped(type) as object)]),
);

describe("version-1 JSON Schemas", () => {
  it("have their own $id, and version 0 keeps its own", () => {
    for (const type of requestTypes) {
      const schema = getJsonSchema(type);
      expect(schema.$id).toBe(`https://lhc-project.github.io/schemas/requests/1.0/${type}.json`);
      expect(schema.$id).toBe(jsonSchemaId(type));
      expect(getJsonSchemaV0(type).$id).toBe(
        `https://lhc-project.github.io/schemas/requests/0.1/${type}.json`,
      );
      expect(shipped(type)).toEqual(schema);
    }
  });

  it("add the new measures to version 0's", () => {
    expect(measureTypes).toEqual(
      expect.arrayContaining([
        "taking-evidence",
        "interception-of-telecommunications",
        "covert-investigation",
        "real-time-collection",
        "cross-border-observation",
        "controlled-delivery",
      ]),
    );
  });
});

describe("version-1 examples", () => {
  it("lists every example file exactly once", () => {
    const onDisk = ["valid", "invalid"].flatMap((dir) =>
      readdirSync(join(packageDir, "examples", "v1", dir)).map((name) => `${dir}/${name}`),
    );
    expect(manifest.examples.map((e) => e.file).sort()).toEqual(onDisk.sort());
  });

  it("has at least two valid examples and an invalid one of every type", () => {
    for (const type of requestTypes) {
      expect(
        manifest.examples.filter((e) => e.requestType === type && e.valid).length,
      ).toBeGreaterThanOrEqual(2);
    }
    expect(manifest.examples.some((e) => !e.valid)).toBe(true);
  });

  for (const example of manifest.examples) {
    it(`${example.file}: zod and the shipped JSON Schema give the verdict the manifest states`, () => {
      const input = readJsonFile(`examples/v1/${example.file}`);
      const result = validateRequest(input);
      const validator = validators[example.requestType];
      if (example.valid) {
        expect(result.success ? [] : result.issues).toEqual([]);
        expect(validator?.(input), JSON.stringify(validator?.errors)).toBe(true);
      } else {
        expect(result.success).toBe(false);
        if (result.success) return;
        expect(result.issues.map((i) => ({ path: i.path, code: i.code }))).toEqual([example.expectedIssue]);
      }
    });
  }
});

describe("version-1 rules", () => {
  const mla = () =>
    structuredClone(
      readJsonFile("examples/v1/valid/mla-company-records-interception-and-banking-data.json"),
      // biome-ignore lint/suspicious/noExplicitAny: a test edits the example freely, path by path
    ) as Record<string, any>;

  it("reports a dangling reference at the reference, naming the list it should point into", () => {
    const request = mla();
    request.measures[3].persons[0].personId = "p7";
    const result = validateRequest(request);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toEqual([
      expect.objectContaining({
        path: "$.measures[3].persons[0].personId",
        code: "rule",
        message:
          'measures[3].persons[0].personId refers to person "p7", but no entry of persons[].id has that id',
      }),
    ]);
  });

  it("refuses two persons with one id", () => {
    const request = mla();
    request.persons[2].id = "p1";
    const result = validateRequest(request);
    const issues = result.success ? [] : result.issues;
    expect(issues[0]).toEqual(
      expect.objectContaining({ path: "$.persons[2].id", message: expect.stringMatching(/used twice/u) }),
    );
    // The references to the renamed person "p2" now dangle, and each says so.
    expect(issues.slice(1).every((issue) => issue.message.includes('"p2"'))).toBe(true);
  });

  it("requires a telephone number or an e-mail address, in zod and in the JSON Schema", () => {
    const request = mla();
    request.requestingAuthority.contact = { name: "Desk" };
    expect(validateRequest(request).success).toBe(false);
    expect(validators.mla?.(request)).toBe(false);
    request.requestingAuthority.contact = { phone: "+32 2 000 00 00" };
    expect(validateRequest(request).success).toBe(true);
    expect(validators.mla?.(request)).toBe(true);
  });

  it("points a version-0 request to migrate", () => {
    const v0 = readJsonFile("examples/valid/mla-service-of-documents-only.json");
    const result = validateRequest(v0);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues[0]?.path).toBe("$.schemaVersion");
    expect(result.issues[0]?.message).toMatch(/migrate/u);
  });

  it("no longer has extradition's supplementaryInformationTo or single basisDecision", () => {
    const properties = getJsonSchema("extradition").properties as Record<string, unknown>;
    expect(properties).not.toHaveProperty("supplementaryInformationTo");
    expect(properties).not.toHaveProperty("basisDecision");
    expect(properties).toHaveProperty("basisDecisions");
    expect(properties).toHaveProperty("relatedRequests");
  });
});
