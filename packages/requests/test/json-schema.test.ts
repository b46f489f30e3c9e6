import { describe, expect, it } from "vitest";
import { getJsonSchema, jsonSchemaId, requestTypes, requestTypeTitles } from "../src/index.js";
import { makeAjv, shippedSchema } from "./helpers.js";

/** Every subschema of a JSON Schema with its location, so that rules can be checked on all of them. */
function subschemas(node: unknown, path = "#"): { path: string; schema: Record<string, unknown> }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => subschemas(item, `${path}/${i}`));
  if (node === null || typeof node !== "object") return [];
  const schema = node as Record<string, unknown>;
  const children = Object.entries(schema)
    .filter(([key]) => !["basis", "enum", "const", "required", "if", "else", "then"].includes(key))
    .flatMap(([key, value]) => subschemas(value, `${path}/${key}`));
  return "type" in schema ? [{ path, schema }, ...children] : children;
}

describe.each(requestTypes)("JSON Schema for %s", (type) => {
  const schema = shippedSchema(type);

  it("is valid against the draft 2020-12 meta-schema", () => {
    const ajv = makeAjv();
    const valid = ajv.validateSchema(schema);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("compiles in ajv's strict mode", () => {
    expect(() => makeAjv().compile(schema)).not.toThrow();
  });

  it("has a versioned $id, the 2020-12 dialect, a title and a description", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe(`https://lhc-project.github.io/schemas/requests/0.1/${type}.json`);
    expect(schema.$id).toBe(jsonSchemaId(type));
    expect(schema.title).toBe(requestTypeTitles[type]);
    expect(schema.description).toMatch(/not yet verified/u);
  });

  it("is the file the build wrote from the zod schema", () => {
    expect(schema).toEqual(getJsonSchema(type));
  });

  it("rejects unknown top-level fields, like the zod schema", () => {
    expect(schema.additionalProperties).toBe(false);
  });

  it("declares strict objects everywhere, so unknown fields are rejected at any depth", () => {
    for (const { path, schema: sub } of subschemas(schema)) {
      if (sub.type === "object") expect(sub.additionalProperties, path).toBe(false);
    }
  });

  it("bounds every string and every list, so validation time stays bounded", () => {
    for (const { path, schema: sub } of subschemas(schema)) {
      if (sub.type === "string" && sub.const === undefined && sub.enum === undefined) {
        const bounded = typeof sub.maxLength === "number" || typeof sub.pattern === "string";
        expect(bounded, path).toBe(true);
        if (typeof sub.pattern === "string" && typeof sub.maxLength !== "number") {
          // A pattern without maxLength must itself bound the length: no unbounded repetition.
          expect(sub.pattern, path).not.toMatch(/[^\\][*+](?![^[]*\])|\{\d+,\}/u);
        }
      }
      if (sub.type === "array") expect(typeof sub.maxItems, path).toBe("number");
    }
  });

  it("carries a basis and the unverified Convention-article slot on every top-level field", () => {
    const properties = schema.properties as Record<string, Record<string, unknown>>;
    for (const [name, property] of Object.entries(properties)) {
      expect(Array.isArray(property.basis), name).toBe(true);
      expect(property.conventionArticle, name).toBeNull();
      expect(property.conventionArticleStatus, name).toBe("not yet verified");
      expect(property.description, name).toMatch(/Basis: /u);
    }
  });
});
