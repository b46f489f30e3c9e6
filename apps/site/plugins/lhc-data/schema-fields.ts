import { type FieldLimits, type RequestField, walkJsonSchema } from "@lhc/requests/fields";
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

const LIMIT_WORDS: readonly [keyword: keyof FieldLimits, words: (value: number | boolean) => string][] = [
  ["minLength", (v) => `min length ${v}`],
  ["maxLength", (v) => `max length ${v}`],
  ["minItems", (v) => `min items ${v}`],
  ["maxItems", (v) => `max items ${v}`],
  ["minimum", (v) => `≥ ${v}`],
  ["exclusiveMinimum", (v) => `> ${v}`],
  ["maximum", (v) => `≤ ${v}`],
  ["exclusiveMaximum", (v) => `< ${v}`],
  ["maxProperties", (v) => `max properties ${v}`],
  ["uniqueItems", () => "unique items"],
];

function limitsInWords(field: RequestField): string[] {
  const limits = LIMIT_WORDS.flatMap(([keyword, words]) => {
    const value = field.limits?.[keyword];
    return value === undefined ? [] : [words(value)];
  });
  return field.pattern === undefined ? limits : [...limits, patternInWords(field.pattern)];
}

function typeInWords(field: {
  types: string[];
  values?: readonly unknown[];
  format?: string;
  items?: RequestField["items"];
}): string {
  if (field.values) return field.values.map((value) => JSON.stringify(value)).join(" | ");
  const type = field.types.length > 0 ? field.types.join(" | ") : "any";
  if (type === "array") return `array of ${field.items ? typeInWords(field.items) : "object"}`;
  if (type === "string" && field.format) return `string (${field.format})`;
  return type;
}

/**
 * One row per field of a JSON Schema, from the walker of `@lhc/requests/fields`: the path (`[]` for
 * array items, `[kind=value]` for an option of a discriminated union, whose discriminator gets a row
 * in each option), the type, whether its parent requires it, the limits in words, the description
 * and the legal basis.
 */
export function schemaFields(root: JsonSchema, label: BasisLabeller = (id) => id): FieldRow[] {
  const rows: FieldRow[] = [];
  const options = new Set<string>();
  for (const field of walkJsonSchema(root)) {
    // The walker lists a discriminator once with all its values; the table shows it in each option.
    if (field.discriminator) continue;
    let from = 0;
    for (const condition of field.when) {
      const key = condition.path.slice(condition.path.lastIndexOf(".") + 1);
      const token = `[${key}=${String(condition.value)}]`;
      const at = field.variantPath.indexOf(token, from);
      if (at < 0) throw new Error(`${field.variantPath} lacks the option ${token} of its condition`);
      from = at + token.length;
      const option = field.variantPath.slice(0, from);
      if (options.has(option)) continue;
      options.add(option);
      rows.push({
        path: `${option}.${key}`,
        type: JSON.stringify(condition.value),
        required: true,
        limits: [],
        description: null,
        basis: [],
      });
    }
    rows.push({
      path: field.variantPath,
      type: typeInWords(field),
      required: field.required,
      limits: limitsInWords(field),
      description: field.description ?? field.title,
      basis: field.basis.map(label),
    });
  }
  return rows;
}
