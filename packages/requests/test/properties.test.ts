import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type RequestType, requestTypes, validateRequest } from "../src/index.js";
import { validateRequest as validateV1 } from "../src/v1/index.js";
import { compileAll, makeAjv, manifest, readJsonFile } from "./helpers.js";
import { type Path, paths } from "./json-paths.js";

const validators = compileAll(makeAjv());
const validExamples = manifest.examples
  .filter((e) => e.valid)
  .map((e) => ({ type: e.requestType, document: readJsonFile(`examples/${e.file}`) }));

type Mutation =
  | { op: "delete"; at: number }
  | { op: "set"; at: number; value: unknown }
  | { op: "add-key"; at: number; key: string; value: unknown }
  | { op: "string"; at: number; value: string };

const text = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constant("delete" as const),
    at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  }),
  fc.record({
    op: fc.constant("set" as const),
    at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    value: fc.jsonValue({ maxDepth: 3 }),
  }),
  fc.record({
    op: fc.constant("add-key" as const),
    at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    key: fc.oneof(fc.constantFrom("__proto__", "constructor", "prototype", "type", "name"), fc.string()),
    value: fc.jsonValue({ maxDepth: 2 }),
  }),
  fc.record({
    op: fc.constant("string" as const),
    at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    value: text,
  }),
);

/** Applies a mutation to a JSON round-tripped copy, so the input is exactly what JSON.parse would give. */
function mutate(document: unknown, mutations: Mutation[]): unknown {
  let root = JSON.parse(JSON.stringify(document));
  for (const m of mutations) {
    const all = paths(root);
    const candidates = m.op === "add-key" ? [[], ...all] : all;
    if (candidates.length === 0) break;
    const path = candidates[Math.floor(m.at * candidates.length)] as Path;
    let parent: Record<string | number, unknown> = root;
    for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
    const last = path[path.length - 1];
    if (m.op === "add-key") {
      const target = path.length === 0 ? root : parent[last as string | number];
      if (target !== null && typeof target === "object" && !Array.isArray(target)) {
        // The way JSON.parse creates keys: own data properties, even "__proto__".
        Object.defineProperty(target, m.key, {
          value: m.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
    } else if (last !== undefined) {
      if (m.op === "delete") {
        if (Array.isArray(parent)) parent.splice(last as number, 1);
        else delete parent[last];
      } else {
        parent[last] = m.value;
      }
    }
    root = JSON.parse(JSON.stringify(root));
  }
  return root;
}

function neverThrows(input: unknown, type?: RequestType) {
  let result: ReturnType<typeof validateRequest> | undefined;
  expect(() => {
    result = validateRequest(input, type);
  }).not.toThrow();
  return result as ReturnType<typeof validateRequest>;
}

describe("validateRequest on arbitrary input", () => {
  it("never throws and never accepts JSON that ajv rejects", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, ...requestTypes), (value, type) => {
        const result = neverThrows(value, type);
        if (result.success) expect(validators[result.data.requestType](value)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it("never throws on values JSON cannot hold", () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withBoxedValues: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withTypedArray: true,
          withSparseArray: true,
        }),
        fc.constantFrom(undefined, ...requestTypes),
        (value, type) => {
          neverThrows(value, type);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it("never throws on request-shaped objects with arbitrary field values", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...requestTypes),
        fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 })),
        (type, fields) => {
          const value = { schemaVersion: "0.1", requestType: type, ...fields };
          const result = neverThrows(value);
          expect(result.success).toBe(validators[type](value));
        },
      ),
      { numRuns: 1_000 },
    );
  });
});

describe("validateRequest on mutated valid examples", () => {
  it("gives exactly ajv's verdict on the shipped JSON Schema, never throwing", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...validExamples),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (example, mutations) => {
          const input = mutate(example.document, mutations);
          const result = neverThrows(input, example.type);
          expect(result.success).toBe(validators[example.type](input));
          if (!result.success) expect(result.issues.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 1_500 },
    );
  });
});

describe("version 1: validateRequest on mutated valid examples", () => {
  const v1Manifest = readJsonFile("examples/v1/index.json") as typeof manifest;
  const v1Examples = v1Manifest.examples
    .filter((e) => e.valid)
    .map((e) => ({ type: e.requestType, document: readJsonFile(`examples/v1/${e.file}`) }));
  const ajv = makeAjv();
  const v1Validators = Object.fromEntries(
    requestTypes.map((type) => [type, ajv.compile(readJsonFile(`dist/schemas/1.0/${type}.json`) as object)]),
  ) as Record<RequestType, ReturnType<typeof ajv.compile>>;
  /** The one rule JSON Schema cannot state: ids unique, references to existing ids. */
  const isReferenceIssue = (message: string) =>
    / refers to (person|offence) "| is used twice in /u.test(message);

  it("gives ajv's verdict, except where only the id-reference rule is broken (zod refuses, JSON Schema cannot)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...v1Examples),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (example, mutations) => {
          const input = mutate(example.document, mutations);
          let result: ReturnType<typeof validateV1> | undefined;
          expect(() => {
            result = validateV1(input, example.type);
          }).not.toThrow();
          const zod = result as ReturnType<typeof validateV1>;
          const json = v1Validators[example.type](input) === true;
          if (zod.success || !json) expect(zod.success).toBe(json);
          else expect(zod.issues.every((issue) => isReferenceIssue(issue.message))).toBe(true);
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
