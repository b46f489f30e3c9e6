import { requestTypes } from "@lhc/requests/request-types";
import { describe, expect, it } from "vitest";
import { loadJsonSchema, schemaVersions } from "../plugins/lhc-data/requests";
import { type JsonSchema, patternInWords, schemaFields } from "../plugins/lhc-data/schema-fields";

/** Every request type in every version the site presents (version 1's and version 0's schemas). */
const schemaFiles = schemaVersions.flatMap((version) => requestTypes.map((type) => [version, type] as const));

describe("schemaFields on the JSON Schemas of @lhc/requests", () => {
  it.each(schemaFiles)(
    "version %s, %s: every top-level property is a row, flagged required as the schema says",
    (version, type) => {
      const { schema } = loadJsonSchema(type, version);
      const rows = schemaFields(schema);
      const topLevel = rows.filter((row) => !row.path.includes(".") && !row.path.includes("["));
      expect(topLevel.map((row) => row.path).sort()).toEqual(Object.keys(schema.properties ?? {}).sort());
      for (const row of topLevel)
        expect(row.required, row.path).toBe((schema.required ?? []).includes(row.path));
      expect(rows.find((row) => row.path === "requestType")?.type).toBe(JSON.stringify(type));
      // Paths are unique, so each row is one addressable field.
      expect(new Set(rows.map((row) => row.path)).size).toBe(rows.length);
    },
  );

  it.each(schemaVersions)(
    "version %s: the MLA schema's fields carry descriptions and legal bases",
    (version) => {
      const rows = schemaFields(loadJsonSchema("mla", version).schema);
      expect(rows.filter((row) => row.description).length).toBeGreaterThan(rows.length / 2);
      expect(rows.some((row) => row.basis.some((basis) => basis.startsWith("UNTOC")))).toBe(true);
    },
  );
});

describe("patterns in words", () => {
  it.each(schemaFiles)(
    "version %s, %s: every pattern of the schema is said in words, never as a regex",
    (version, type) => {
      const patterns = new Set<string>();
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) {
          node.forEach(walk);
          return;
        }
        if (node === null || typeof node !== "object") return;
        const record = node as Record<string, unknown>;
        if (typeof record.pattern === "string") patterns.add(record.pattern);
        Object.values(record).forEach(walk);
      };
      walk(loadJsonSchema(type, version).schema);
      expect(patterns.size).toBeGreaterThan(0);
      for (const pattern of patterns)
        expect(patternInWords(pattern), pattern).not.toContain("see the JSON Schema");
      const limits = schemaFields(loadJsonSchema(type, version).schema).flatMap((row) => row.limits);
      expect(limits.filter((limit) => limit.includes("^"))).toEqual([]);
    },
  );
});

describe("schemaFields on small schemas", () => {
  it("follows $ref, marks array items with [] and discriminated variants with [key=value]", () => {
    const schema: JsonSchema = {
      type: "object",
      required: ["measures"],
      properties: {
        measures: { type: "array", maxItems: 5, items: { $ref: "#/$defs/measure" } },
      },
      $defs: {
        measure: {
          oneOf: [
            {
              type: "object",
              required: ["kind", "place"],
              properties: { kind: { const: "search" }, place: { type: "string", maxLength: 200 } },
            },
            {
              type: "object",
              required: ["kind"],
              properties: { kind: { const: "hearing" }, date: { type: "string", format: "date" } },
            },
          ],
        },
      },
    };
    expect(schemaFields(schema)).toEqual([
      {
        path: "measures",
        type: "array of object",
        required: true,
        limits: ["max items 5"],
        description: null,
        basis: [],
      },
      {
        path: "measures[][kind=search].kind",
        type: '"search"',
        required: true,
        limits: [],
        description: null,
        basis: [],
      },
      {
        path: "measures[][kind=search].place",
        type: "string",
        required: true,
        limits: ["max length 200"],
        description: null,
        basis: [],
      },
      {
        path: "measures[][kind=hearing].kind",
        type: '"hearing"',
        required: true,
        limits: [],
        description: null,
        basis: [],
      },
      {
        path: "measures[][kind=hearing].date",
        type: "string (date)",
        required: false,
        limits: [],
        description: null,
        basis: [],
      },
    ]);
  });

  it("stops at recursive definitions instead of looping", () => {
    const schema: JsonSchema = {
      $ref: "#/$defs/node",
      $defs: { node: { type: "object", properties: { child: { $ref: "#/$defs/node" } } } },
    };
    // The walker of @lhc/requests/fields follows a definition to a bounded depth, then stops.
    const paths = schemaFields(schema).map((row) => row.path);
    expect(paths[0]).toBe("child");
    expect(
      paths.every(
        (path, i) =>
          path ===
          Array(i + 1)
            .fill("child")
            .join("."),
      ),
    ).toBe(true);
  });
});
