import { describe, expect, it } from "vitest";
import { requestFields, walkJsonSchema } from "../src/fields.js";
import { getJsonSchema, requestTypes } from "../src/index.js";
import { getJsonSchema as getJsonSchemaV1 } from "../src/v1/index.js";

describe("@lhc/requests/fields", () => {
  it("lists every top-level property of each schema, with required exactly as the schema says", () => {
    for (const type of requestTypes) {
      for (const [version, schema] of [
        ["0.1", getJsonSchema(type)],
        ["1.0", getJsonSchemaV1(type)],
      ] as const) {
        const top = requestFields(type, version).filter(
          (f) => !f.path.includes(".") && !f.path.includes("["),
        );
        const properties = schema.properties as Record<string, unknown>;
        expect(top.map((f) => f.path)).toEqual(Object.keys(properties));
        expect(top.filter((f) => f.required).map((f) => f.path)).toEqual(
          Object.keys(properties).filter((k) => (schema.required as string[]).includes(k)),
        );
      }
    }
  });

  it("gives each field its basis and title, and a description without the basis sentence", () => {
    const fields = requestFields("mla");
    const facts = fields.find((f) => f.path === "factsSummary");
    expect(facts?.basis).toContain("UNTOC 18(15)(c)");
    expect(facts?.description).not.toMatch(/Basis:/u);
    const contact = fields.find((f) => f.path === "requestingAuthority.contact");
    expect(contact?.required).toBe(true);
    expect(contact?.title).toBe("Contact (telephone or e-mail required)");
  });

  it("lists a discriminated union's discriminator once, with every value, and its options' fields under conditions", () => {
    const fields = requestFields("mla");
    const type = fields.find((f) => f.path === "measures[].type");
    expect(type?.discriminator?.map((d) => d.value)).toEqual(
      expect.arrayContaining([
        "taking-evidence",
        "interception-of-telecommunications",
        "controlled-delivery",
      ]),
    );
    expect(fields.filter((f) => f.path === "measures[].type")).toHaveLength(1);
    const heard = fields.find((f) => f.path === "measures[].persons[].personId");
    expect(heard?.when).toEqual([
      { path: "measures[].type", value: "taking-evidence", title: "Taking evidence or statements" },
    ]);
    const seal = fields.find((f) => f.path === "signature.sealOrStamp");
    expect(seal?.required).toBe(false);
    expect(fields.find((f) => f.path === "signature.officialName")?.required).toBe(true);
  });

  it("gives a string's pattern, a list of codes' item values, and the basis of each option of a union", () => {
    const fields = requestFields("mla");
    expect(fields.find((f) => f.path === "requestingState")?.pattern).toBe("^[A-Z]{2}$");
    const nationalities = fields.find((f) => f.path === "persons[].nationalities");
    expect(nationalities?.items?.pattern).toBe("^[A-Z]{2}$");
    const type = fields.find((f) => f.path === "measures[].type");
    const interception = type?.discriminator?.find((d) => d.value === "interception-of-telecommunications");
    expect(interception?.basis.length).toBeGreaterThan(0);
    const v0 = requestFields("mla", "0.1");
    const measureKinds = v0.find((f) => f.path === "measures[].type")?.discriminator ?? [];
    expect(measureKinds.every((option) => Array.isArray(option.basis))).toBe(true);
  });

  it("walks any JSON Schema, following local $refs", () => {
    const fields = walkJsonSchema({
      $defs: { name: { type: "string", title: "Name" } },
      type: "object",
      properties: {
        a: { $ref: "#/$defs/name" },
        b: {
          type: "array",
          items: { type: "object", properties: { c: { type: "number" } }, required: ["c"] },
        },
        d: { type: "array", items: { enum: ["x", "y"] } },
      },
      required: ["a"],
    });
    expect(fields.map((f) => [f.path, f.required, f.title])).toEqual([
      ["a", true, "Name"],
      ["b", false, null],
      ["b[].c", true, null],
      ["d", false, null],
    ]);
    expect(fields.find((f) => f.path === "d")?.items).toEqual({ types: [], values: ["x", "y"] });
  });

  it("gives each field's format and limits as the schema states them, and a path naming the union options it lies in", () => {
    for (const [version, schema] of [
      ["0.1", getJsonSchema("mla")],
      ["1.0", getJsonSchemaV1("mla")],
    ] as const) {
      const fields = requestFields("mla", version);
      const properties = schema.properties as Record<string, Record<string, unknown>>;
      const language = fields.find((f) => f.path === "language");
      expect(language?.limits?.maxLength).toBe(properties.language?.maxLength);
      expect(language?.limits?.maxLength).toBeTypeOf("number");
      expect(fields.find((f) => f.path === "dateOfRequest")?.format).toBe(properties.dateOfRequest?.format);
      const underOne = fields.filter((f) => f.when.length === 1);
      expect(underOne.length).toBeGreaterThan(0);
      for (const field of underOne) {
        const [condition] = field.when;
        if (!condition) throw new Error(`${field.path} has no condition`);
        const { path, value } = condition;
        const union = path.slice(0, path.lastIndexOf("."));
        const key = path.slice(union.length + 1);
        expect(field.variantPath).toBe(`${union}[${key}=${String(value)}]${field.path.slice(union.length)}`);
      }
      // Each variant path is one field, where the same path may lie in several options.
      expect(new Set(fields.map((f) => f.variantPath)).size).toBe(fields.length);
      expect(fields.filter((f) => f.when.length === 0).every((f) => f.variantPath === f.path)).toBe(true);
    }
  });

  it("reads a union that no constant tells apart as one object: its options' values, required only where every option requires", () => {
    const fields = walkJsonSchema({
      type: "object",
      properties: {
        kind: {
          type: "object",
          title: "Kind",
          oneOf: [
            { type: "object", properties: { category: { enum: ["a", "b"] } }, required: ["category"] },
            {
              type: "object",
              properties: { category: { const: "other" }, text: { type: "string", minLength: 1 } },
              required: ["category", "text"],
            },
          ],
        },
        tags: { type: "array", items: { type: "string", format: "date" }, maxItems: 3, uniqueItems: true },
      },
    });
    expect(fields.map((f) => [f.variantPath, f.required, f.values ?? null])).toEqual([
      ["kind", false, null],
      ["kind.category", true, ["a", "b", "other"]],
      ["kind.text", false, null],
      ["tags", false, null],
    ]);
    expect(fields.find((f) => f.path === "kind.text")?.limits).toEqual({ minLength: 1 });
    const tags = fields.find((f) => f.path === "tags");
    expect(tags?.limits).toEqual({ maxItems: 3, uniqueItems: true });
    expect(tags?.items).toEqual({ types: ["string"], format: "date" });
  });
});
