import type { FieldRow } from "./types";

/** The subset of JSON Schema (draft 2020-12) keywords that the reference pages describe. */
export interface JsonSchema {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: string | string[];
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  maxProperties?: number;
  uniqueItems?: boolean;
  additionalProperties?: boolean | JsonSchema;
  basis?: unknown;
  [keyword: string]: unknown;
}

/** Turns a basis reference (an ID such as `untoc-18-15-a`) into the text shown; the default shows it as is. */
export type BasisLabeller = (basisId: string) => string;

const isNull = (schema: JsonSchema) => schema.type === "null";

function resolveRef(root: JsonSchema, ref: string): JsonSchema {
  if (!ref.startsWith("#/")) throw new Error(`Only local $ref values are supported, got ${ref}`);
  let node: unknown = root;
  for (const segment of ref.slice(2).split("/")) {
    const key = segment.replace(/~1/g, "/").replace(/~0/g, "~");
    node = (node as Record<string, unknown> | undefined)?.[key];
  }
  if (node === undefined || node === null || typeof node !== "object")
    throw new Error(`Unresolvable $ref ${ref}`);
  return node as JsonSchema;
}

/** Follows `$ref` (remembering where it came from, so that recursive definitions stop) and merges `allOf`. */
function deref(
  root: JsonSchema,
  schema: JsonSchema,
  seen: ReadonlySet<string>,
): { schema: JsonSchema; seen: Set<string> } {
  const next = new Set(seen);
  let current = schema;
  while (current.$ref) {
    if (next.has(current.$ref))
      return { schema: { type: "object", description: `(recursive: ${current.$ref})` }, seen: next };
    next.add(current.$ref);
    const { $ref, ...rest } = current;
    current = { ...resolveRef(root, $ref), ...rest };
  }
  if (current.allOf) {
    const { allOf, ...rest } = current;
    const merged: JsonSchema = {
      ...rest,
      properties: { ...rest.properties },
      required: [...(rest.required ?? [])],
    };
    for (const part of allOf) {
      const resolved = deref(root, part, next).schema;
      for (const [key, value] of Object.entries(resolved)) if (merged[key] === undefined) merged[key] = value;
      Object.assign(merged.properties ?? {}, resolved.properties);
      merged.required?.push(...(resolved.required ?? []));
    }
    current = merged;
  }
  return { schema: current, seen: next };
}

function variants(schema: JsonSchema): JsonSchema[] | undefined {
  return schema.oneOf ?? schema.anyOf;
}

function describeType(root: JsonSchema, schema: JsonSchema, seen: ReadonlySet<string>): string {
  const resolved = deref(root, schema, seen).schema;
  if (resolved.const !== undefined) return JSON.stringify(resolved.const);
  if (resolved.enum) return resolved.enum.map((value) => JSON.stringify(value)).join(" | ");
  const options = variants(resolved);
  if (options) {
    const parts = options.map((option) => describeType(root, option, seen));
    return [...new Set(parts)].join(" | ");
  }
  const type = Array.isArray(resolved.type) ? resolved.type.join(" | ") : (resolved.type ?? "any");
  if (type === "array" && resolved.items) return `array of ${describeType(root, resolved.items, seen)}`;
  if (type === "string" && resolved.format) return `string (${resolved.format})`;
  return type;
}

/**
 * The patterns the request schemas use, in words; the regular expression itself stays in the JSON
 * Schema (linked from the page), where a program reads it.
 */
const PATTERN_WORDS: readonly [test: (pattern: string) => boolean, words: string][] = [
  [(p) => p.startsWith("^(?:(?:\\d\\d[2468][048]"), "a real calendar date, YYYY-MM-DD"],
  [(p) => p === "^[A-Z]{2}$", "two capital letters (a State's ISO 3166-1 code, XK for Kosovo)"],
  [(p) => p.startsWith("^[a-z]{2,3}(?:-[A-Z][a-z]{3})?"), "a BCP 47 language tag, e.g. en, fr or sr-Latn"],
  [(p) => p === "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", "an identifier: letters, digits, . _ -, up to 64"],
  [(p) => p.startsWith("^\\s*[^\\s"), "not blank"],
  [(p) => p.startsWith("^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\\/"), "a media type, e.g. application/pdf"],
  [(p) => p === "^[a-f0-9]{64}$", "64 lower-case hexadecimal digits (a SHA-256 digest)"],
  [(p) => p.startsWith("^\\+?[0-9 ().-]"), "a telephone number: digits, spaces, ( ) . - and a leading +"],
  [(p) => p.startsWith("^[^\\s@"), "an e-mail address"],
  [(p) => p === "^[A-Z][a-z]{3}$", "an ISO 15924 script code, e.g. Latn"],
  [(p) => p === "^[A-Z]{3}$", "three capital letters (an ISO 4217 currency code)"],
  [(p) => p.startsWith("^P(?!$)"), "an ISO 8601 duration, e.g. P2Y6M"],
];

export function patternInWords(pattern: string): string {
  return PATTERN_WORDS.find(([test]) => test(pattern))?.[1] ?? "a pattern (see the JSON Schema)";
}

function limitsOf(schema: JsonSchema): string[] {
  const limits: string[] = [];
  const add = (keyword: keyof JsonSchema, text: (value: never) => string) => {
    const value = schema[keyword];
    if (value !== undefined && value !== false) limits.push(text(value as never));
  };
  add("minLength", (v: number) => `min length ${v}`);
  add("maxLength", (v: number) => `max length ${v}`);
  add("minItems", (v: number) => `min items ${v}`);
  add("maxItems", (v: number) => `max items ${v}`);
  add("minimum", (v: number) => `≥ ${v}`);
  add("exclusiveMinimum", (v: number) => `> ${v}`);
  add("maximum", (v: number) => `≤ ${v}`);
  add("exclusiveMaximum", (v: number) => `< ${v}`);
  add("maxProperties", (v: number) => `max properties ${v}`);
  add("uniqueItems", () => "unique items");
  add("pattern", (v: string) => patternInWords(v));
  return limits;
}

function basisOf(schema: JsonSchema, label: BasisLabeller): string[] {
  return Array.isArray(schema.basis)
    ? schema.basis.filter((b): b is string => typeof b === "string").map(label)
    : [];
}

/** The property whose `const` tells the variants of a union apart, if there is one. */
function discriminator(
  root: JsonSchema,
  options: JsonSchema[],
  seen: ReadonlySet<string>,
): string | undefined {
  const objects = options
    .map((option) => deref(root, option, seen).schema)
    .filter((option) => option.properties);
  if (objects.length < 2) return undefined;
  const first = objects[0]?.properties ?? {};
  return Object.keys(first).find((key) =>
    objects.every((option) => {
      const property = option.properties?.[key];
      return property !== undefined && deref(root, property, seen).schema.const !== undefined;
    }),
  );
}

/**
 * Flattens a JSON Schema into one row per field: the path (`[]` for array items, `[kind=value]` for a
 * variant of a discriminated union), the type, whether its parent requires it, the declared limits, the
 * description and the legal basis.
 */
export function schemaFields(root: JsonSchema, label: BasisLabeller = (id) => id): FieldRow[] {
  const rows: FieldRow[] = [];

  const visit = (schema: JsonSchema, path: string, seen: ReadonlySet<string>) => {
    const { schema: resolved, seen: nextSeen } = deref(root, schema, seen);
    const options = variants(resolved)?.filter((option) => !isNull(deref(root, option, nextSeen).schema));
    if (options && options.length > 0) {
      const key = discriminator(root, options, nextSeen);
      if (key) {
        for (const option of options) {
          const variant = deref(root, option, nextSeen);
          const value = variant.schema.properties?.[key];
          const tag = value ? String(deref(root, value, variant.seen).schema.const) : "?";
          visit(option, `${path}[${key}=${tag}]`, nextSeen);
        }
        return;
      }
      if (options.length === 1 && options[0]) {
        visit(options[0], path, nextSeen);
        return;
      }
    }
    if (resolved.properties) {
      const required = new Set(resolved.required ?? []);
      for (const [name, property] of Object.entries(resolved.properties)) {
        const childPath = path === "" ? name : `${path}.${name}`;
        const child = deref(root, property, nextSeen).schema;
        rows.push({
          path: childPath,
          type: describeType(root, property, nextSeen),
          required: required.has(name),
          limits: limitsOf(child),
          description: child.description ?? property.description ?? child.title ?? null,
          basis: basisOf(property, label).length > 0 ? basisOf(property, label) : basisOf(child, label),
        });
        visit(property, childPath, nextSeen);
      }
      return;
    }
    if (resolved.items) visit(resolved.items, `${path}[]`, nextSeen);
  };

  visit(root, "", new Set());
  return rows;
}
