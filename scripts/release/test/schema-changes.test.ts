import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { judgeSchemaChanges, pendingBumps, supersededSchema } from "../src/published-schemas.js";
import { classifySchemaChange, type JsonSchema } from "../src/schema-changes.js";

const require = createRequire(import.meta.url);
const mla = () =>
  JSON.parse(readFileSync(require.resolve("@lhc/requests/schemas/mla.json"), "utf8")) as JsonSchema & {
    properties: Record<string, JsonSchema>;
    required: string[];
  };
const summary = (before: JsonSchema, after: JsonSchema) =>
  classifySchemaChange(before, after).map((c) => `${c.breaking ? "breaking" : "compatible"}: ${c.message}`);

describe("classifySchemaChange on the shipped MLA request schema", () => {
  it("finds no change between a schema and itself", () => {
    expect(classifySchemaChange(mla(), mla())).toEqual([]);
  });

  it("calls a removed or renamed field breaking", () => {
    const after = mla();
    const name = Object.keys(after.properties).find((key) => !after.required.includes(key)) ?? "";
    after.properties[`${name}Renamed`] = after.properties[name] ?? {};
    delete after.properties[name];
    expect(summary(mla(), after)).toEqual([
      `breaking: $.${name} was removed or renamed`,
      `compatible: $.${name}Renamed was added as an optional field`,
    ]);
  });

  it("calls a new required field breaking, and a new optional field compatible", () => {
    const required = mla();
    required.properties.caseReference = { type: "string", maxLength: 100 };
    required.required.push("caseReference");
    expect(summary(mla(), required)).toEqual(["breaking: $.caseReference is now required"]);
    const optional = mla();
    optional.properties.caseReference = { type: "string", maxLength: 100 };
    expect(summary(mla(), optional)).toEqual(["compatible: $.caseReference was added as an optional field"]);
  });

  it("calls a narrowed enum breaking and a widened one compatible, at the field's path", () => {
    const before = mla();
    const findEnum = (node: unknown, path: string): [JsonSchema, string] | undefined => {
      if (node === null || typeof node !== "object") return undefined;
      const schema = node as JsonSchema;
      if (Array.isArray(schema.enum) && schema.enum.length > 1) return [schema, path];
      const props = (schema.properties ?? {}) as Record<string, unknown>;
      for (const [key, child] of Object.entries(props)) {
        const found = findEnum(child, `${path}.${key}`);
        if (found) return found;
      }
      return schema.items ? findEnum(schema.items, `${path}[]`) : undefined;
    };
    const narrowed = mla();
    const [field, path] = findEnum(narrowed, "$") ?? [{}, ""];
    const removed = (field.enum as unknown[]).pop();
    expect(summary(before, narrowed)).toEqual([
      `breaking: ${path} no longer accepts ${JSON.stringify(removed)}`,
    ]);
    expect(summary(narrowed, before)).toEqual([
      `compatible: ${path} now also accepts ${JSON.stringify(removed)}`,
    ]);
  });
});

describe("classifySchemaChange rules", () => {
  const object = (properties: Record<string, JsonSchema>, required: string[] = []): JsonSchema => ({
    type: "object",
    properties,
    required,
    additionalProperties: false,
  });

  it("narrowed and widened types", () => {
    const before = object({ n: { type: ["number", "null"] } });
    expect(summary(before, object({ n: { type: "number" } }))).toEqual([
      "breaking: $.n no longer accepts type null",
    ]);
    expect(summary(object({ n: { type: "integer" } }), object({ n: { type: "number" } }))).toEqual([
      "compatible: $.n now also accepts type number",
    ]);
    expect(summary(object({ n: { type: "number" } }), object({ n: { type: "integer" } }))).toEqual([
      "breaking: $.n no longer accepts type number",
    ]);
  });

  it("tightened and relaxed limits, and changed patterns", () => {
    const before = object({ s: { type: "string", maxLength: 100, pattern: "^a" } });
    expect(summary(before, object({ s: { type: "string", maxLength: 50, pattern: "^a" } }))).toEqual([
      "breaking: $.s: maxLength lowered to 50",
    ]);
    expect(summary(before, object({ s: { type: "string", maxLength: 200, pattern: "^a" } }))).toEqual([
      "compatible: $.s: maxLength raised to 200",
    ]);
    expect(summary(before, object({ s: { type: "string", maxLength: 100, pattern: "^b" } }))).toEqual(
      ['$.s: pattern changed to "^b"'].map((m) => `breaking: ${m}`),
    );
  });

  it("changes inside list items and through recursive $refs", () => {
    const tree = (childType: string): JsonSchema => ({
      $ref: "#/$defs/node",
      $defs: {
        node: object({
          label: { type: childType },
          children: { type: "array", items: { $ref: "#/$defs/node" } },
        }),
      },
    });
    expect(summary(tree("string"), tree("string"))).toEqual([]);
    expect(summary(tree("string"), tree("number"))).toEqual([
      "breaking: $.label no longer accepts type string",
      "compatible: $.label now also accepts type number",
    ]);
  });
});

describe("the check on @lhc/requests' version 1, shipped beside version 0", () => {
  const read = (file: string) => JSON.parse(readFileSync(require.resolve(`@lhc/requests/${file}`), "utf8"));
  const types = ["mla", "extradition", "provisional-arrest", "transfer-of-sentenced-person"];
  // What the last release published (version 0 only) and what this one ships (version 0 unchanged,
  // version 1 beside it).
  const published = new Map(types.map((t) => [`dist/schemas/${t}.json`, read(`schemas/${t}.json`)]));
  const local = new Map([
    ...published,
    ...types.map((t) => [`dist/schemas/1.0/${t}.json`, read(`schemas/1.0/${t}.json`)] as const),
  ]);
  const judge = (bump: "minor" | "major") =>
    judgeSchemaChanges({ name: "@lhc/requests", publishedVersion: "0.1.0", bump, published, local });

  it("pairs each version-1 schema with the version-0 schema it supersedes", () => {
    const [file, schema] = supersededSchema(read("schemas/1.0/mla.json"), published) ?? [];
    expect(file).toBe("dist/schemas/mla.json");
    expect(schema?.$id).toBe("https://lhc-project.github.io/schemas/requests/0.1/mla.json");
  });

  it("flags version 1 as breaking, and fails without a major changeset", () => {
    const report = judge("minor");
    const extradition = report.files.find((f) => f.file === "dist/schemas/1.0/extradition.json");
    expect(extradition?.changes.filter((c) => c.breaking).map((c) => c.message)).toEqual(
      expect.arrayContaining([
        "$.supplementaryInformationTo was removed or renamed",
        "$.basisDecision was removed or renamed",
        "$.basisDecisions is now required",
      ]),
    );
    expect(report.failures).toHaveLength(1);
    expect(report.failures[0]).toMatch(/need a major changeset \(pending: minor\)/u);
  });

  it("accepts version 1 with a major changeset, since it ships under new $ids", () => {
    const report = judge("major");
    expect(report.files.some((f) => f.changes.some((c) => c.breaking))).toBe(true);
    expect(report.failures).toEqual([]);
  });

  it("fails a breaking change made in place under the published $id, even with a major changeset", () => {
    const inPlace = new Map(published);
    inPlace.set("dist/schemas/mla.json", {
      ...read("schemas/1.0/mla.json"),
      $id: published.get("dist/schemas/mla.json")?.$id,
    });
    const report = judgeSchemaChanges({
      name: "@lhc/requests",
      publishedVersion: "0.1.0",
      bump: "major",
      published,
      local: inPlace,
    });
    expect(report.failures).toEqual([expect.stringMatching(/must ship under a new \$id/u)]);
  });

  it("the repository has a major changeset for @lhc/requests", async () => {
    expect((await pendingBumps()).get("@lhc/requests")).toBe("major");
  });
});
