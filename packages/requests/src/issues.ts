import type * as z from "zod";
import { citeBasis } from "./basis-ids.js";
import { type PatternHintKey, patternHints, patternKeys } from "./blocks/primitives.js";
import { type PathSegment, toJsonPath, toJsonPointer, toLabel } from "./path.js";
import type { ReadProblem } from "./read-json.js";

/** Machine codes of request issues. */
export const requestIssueCodes = [
  "required",
  "invalid_type",
  "invalid_value",
  "invalid_format",
  "too_small",
  "too_big",
  "unknown_key",
  "invalid_variant",
  "rule",
  "unknown_request_type",
  "not_json",
  "unreadable",
  "cyclic",
  "too_deep",
  "too_large",
] as const;

export type RequestIssueCode = (typeof requestIssueCodes)[number];

/**
 * Stable ids of the rules between fields that zod checks as refinements (and of the version hint
 * version 1's validateRequest gives), carried in an issue's `params.rule`. A rule keeps its id when its
 * English message is reworded, so that a translation keyed by the id stays attached to it. Versions 0
 * and 1 share the id of a rule they both have.
 */
export const requestRuleIds = [
  /** A summary of the facts, unless every measure is service of documents (MLA). */
  "facts-summary-required",
  /** The sentencing State's documents when the sentencing State requests the transfer. */
  "sentencing-state-documents-required",
  /** Contact details give a telephone number or an e-mail address (version 1). */
  "contact-phone-or-email",
  /** A related request's arrest date only when it follows a provisional arrest (version 1). */
  "arrest-date-only-after-provisional-arrest",
  /** The end of custody when the urgency reason is a person in custody (version 1). */
  "custody-end-date-required",
  /** An explanation when the urgency reason is "other" (version 1). */
  "urgency-explanation-required",
  /** Each entry of a list referred to by id has its own id (version 1). */
  "duplicate-id",
  /** A reference names an id that an entry of its list has (version 1). */
  "unknown-reference",
  /** The request is of another data-model version than the validator reads (version 1). */
  "schema-version",
] as const;

export type RequestRuleId = (typeof requestRuleIds)[number];

/**
 * What an issue's sentence is made of, for wording it again: in another language, or with the field
 * labels of a form (as `issueSentence` of @lhc/letters/labels does). Each field is present only for the
 * codes it names; an issue may have none (`params` is then absent).
 */
export interface RequestIssueParams {
  /** invalid_type: what the value must be, in zod's names: "string", "number", "int", "boolean", "object", "array", "null". */
  expected?: string;
  /** invalid_type: what the value is: "null", "array", "object", "string", "number" or "boolean". */
  received?: string;
  /**
   * invalid_value, invalid_variant of a discriminator, unknown_request_type: every allowed value (the
   * message shows at most 20).
   */
  values?: unknown[];
  /** too_small, too_big: the least or the most allowed. */
  bound?: number;
  /** too_small, too_big: what the bound counts: "string" (characters), "array" (items) or "number" (the value itself). */
  origin?: "string" | "array" | "number";
  /** invalid_format: "date", "datetime", "regex", or another zod format name. */
  format?: string;
  /** invalid_format of a pattern with a hint: the pattern's key (`patternHintKeys`), e.g. "country-code". */
  pattern?: PatternHintKey;
  /** An issue of a rule between fields (code "rule", or "required" when the rule requires a field): its id. */
  rule?: RequestRuleId;
  /** The value a rule's message quotes: the duplicated or unknown id, the schemaVersion read. */
  value?: string;
  /** duplicate-id, unknown-reference: the path of the list whose entries' ids are meant, e.g. ["persons"]. */
  collection?: PathSegment[];
  /** unknown_key at the object, after the first ten: how many more unknown fields it has. */
  count?: number;
}

/** What a refinement passes in a zod custom issue's `params`, read by fromZodIssue. */
export interface RefinementParams {
  /** The issue's code: "required" when the rule requires a field, else "rule". */
  rule: "required" | "rule";
  ruleId: RequestRuleId;
  basis: readonly string[];
  value?: string;
  collection?: PathSegment[];
}

export interface RequestIssue {
  /** JSONPath of the offending value, e.g. "$.requestingAuthority.name". */
  path: string;
  /** The same path as segments, e.g. ["requestingAuthority", "name"]. */
  pathSegments: PathSegment[];
  /** The same path as an RFC 6901 JSON Pointer (ajv's instancePath), e.g. "/requestingAuthority/name". */
  pointer: string;
  code: RequestIssueCode;
  /** Sentence for a case officer naming the field, the rule and its basis. */
  message: string;
  /** Identifiers of the provisions the rule rests on (see data/basis.json); empty for data-model rules. */
  basis: string[];
  /**
   * What the message is made of (allowed values, bounds, format, the rule's id…), for wording the issue
   * again in another language; absent when the code alone says it (see RequestIssueParams).
   */
  params?: RequestIssueParams;
}

export function makeIssue(
  segments: readonly PathSegment[],
  code: RequestIssueCode,
  message: string,
  basis: readonly string[] = [],
  params?: RequestIssueParams,
): RequestIssue {
  const issue: RequestIssue = {
    path: toJsonPath(segments),
    pathSegments: [...segments],
    pointer: toJsonPointer(segments),
    code,
    message,
    basis: [...basis],
  };
  if (params !== undefined) issue.params = params;
  return issue;
}

export function fromReadProblem(problem: ReadProblem): RequestIssue {
  return makeIssue(problem.segments, problem.code, `${toLabel(problem.segments)}: ${problem.detail}`);
}

type AnySchema = z.core.$ZodType;

interface SchemaAtPath {
  /** Schema found at the end of the path, or undefined when the path leaves the schema. */
  schema: AnySchema | undefined;
  /** Nearest basis along the path (the deepest field that declares one). */
  basis: readonly string[];
}

function metaOf(schema: AnySchema): Record<string, unknown> | undefined {
  const meta = (schema as { meta?: () => unknown }).meta?.();
  return meta && typeof meta === "object" ? (meta as Record<string, unknown>) : undefined;
}

function basisOf(schema: AnySchema): readonly string[] | undefined {
  const basis = metaOf(schema)?.basis;
  return Array.isArray(basis) ? (basis as string[]) : undefined;
}

/** Looks through wrappers (optional, nullable…) to the schema that describes the value. */
function unwrap(schema: AnySchema, onEach: (s: AnySchema) => void): AnySchema {
  let current = schema;
  for (let i = 0; i < 10; i += 1) {
    onEach(current);
    const def = current._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema };
    if (
      def.innerType &&
      ["optional", "nullable", "default", "readonly", "nonoptional", "prefault", "catch"].includes(def.type)
    ) {
      current = def.innerType;
    } else if (def.type === "pipe" && def.in) {
      current = def.in;
    } else {
      break;
    }
  }
  return current;
}

function childOf(value: unknown, key: PathSegment): unknown {
  if (value === null || typeof value !== "object") return undefined;
  return Object.hasOwn(value, key) ? (value as Record<PathSegment, unknown>)[key] : undefined;
}

/** The option of a discriminated union that the value's discriminator selects. */
function unionOption(schema: AnySchema, value: unknown): AnySchema | undefined {
  const def = schema._zod.def as unknown as { options: AnySchema[]; discriminator?: string };
  if (!def.discriminator) return undefined;
  const tag = childOf(value, def.discriminator);
  return def.options.find((option) => {
    const values = (option._zod as { propValues?: Record<string, Set<unknown>> }).propValues?.[
      def.discriminator as string
    ];
    return values?.has(tag) ?? false;
  });
}

export function schemaAtPath(
  root: AnySchema,
  segments: readonly PathSegment[],
  input: unknown,
): SchemaAtPath {
  let basis: readonly string[] = [];
  const note = (s: AnySchema) => {
    const b = basisOf(s);
    if (b && b.length > 0) basis = b;
  };
  let schema: AnySchema | undefined = unwrap(root, note);
  let value = input;
  for (const segment of segments) {
    if (!schema) break;
    let def = schema._zod.def as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
    if (def.type === "union") {
      const option = unionOption(schema, value);
      schema = option ? unwrap(option, note) : undefined;
      if (!schema) break;
      def = schema._zod.def as typeof def;
    }
    if (
      def.type === "object" &&
      typeof segment === "string" &&
      def.shape &&
      Object.hasOwn(def.shape, segment)
    ) {
      schema = unwrap(def.shape[segment] as AnySchema, note);
    } else if (def.type === "array" && typeof segment === "number" && def.element) {
      schema = unwrap(def.element, note);
    } else {
      schema = undefined;
    }
    value = childOf(value, segment);
  }
  if (schema && (schema._zod.def as { type: string }).type === "union") {
    const option = unionOption(schema, value);
    if (option) schema = unwrap(option, note);
  }
  return { schema, basis };
}

function cite(basis: readonly string[]): string {
  return basis.length === 0 ? "" : ` (${basis.map(citeBasis).join("; ")})`;
}

/** What a JSON value is, in the names of RequestIssueParams.received. */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

const receivedNames: Record<string, string> = { array: "a list", object: "an object", string: "text" };

function typeName(value: unknown): string {
  const type = jsonTypeOf(value);
  return type === "null" ? "null" : (receivedNames[type] ?? `a ${type}`);
}

const expectedNames: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "an object",
  array: "a list",
  null: "null",
};

function valueAt(input: unknown, segments: readonly PathSegment[]): { present: boolean; value: unknown } {
  let value = input;
  for (const segment of segments) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, segment)) {
      return { present: false, value: undefined };
    }
    value = (value as Record<PathSegment, unknown>)[segment];
  }
  return { present: true, value };
}

function formatList(values: readonly unknown[]): string {
  const shown = values.slice(0, 20).map((v) => JSON.stringify(v));
  return values.length > 20 ? `${shown.join(", ")}, …` : shown.join(", ");
}

function formatParams(issue: z.core.$ZodIssue): RequestIssueParams {
  const i = issue as { format?: string; pattern?: string };
  const key = i.format === "regex" && i.pattern ? patternKeys.get(i.pattern) : undefined;
  return key === undefined ? { format: i.format ?? "value" } : { format: "regex", pattern: key };
}

function formatHint(issue: z.core.$ZodIssue): string {
  const i = issue as { format?: string; pattern?: string };
  if (i.format === "date") return "a date in ISO 8601 form YYYY-MM-DD";
  if (i.format === "datetime")
    return "a date and time in ISO 8601 form with offset, e.g. 2026-03-01T09:30:00Z";
  if (i.format === "regex" && i.pattern) return patternHints.get(i.pattern) ?? `text matching ${i.pattern}`;
  return `a valid ${i.format ?? "value"}`;
}

/** Turns one zod issue into issues a case officer can act on. */
export function fromZodIssue(issue: z.core.$ZodIssue, root: AnySchema, input: unknown): RequestIssue[] {
  const segments = issue.path.filter((s): s is PathSegment => typeof s !== "symbol");
  const { basis } = schemaAtPath(root, segments, input);
  const label = toLabel(segments);
  const at = valueAt(input, segments);

  if (
    (issue.code === "invalid_type" || issue.code === "invalid_value") &&
    !at.present &&
    segments.length > 0
  ) {
    return [makeIssue(segments, "required", `${label} is required${cite(basis)}`, basis)];
  }

  switch (issue.code) {
    case "invalid_type":
      return [
        makeIssue(
          segments,
          "invalid_type",
          `${label} must be ${expectedNames[issue.expected] ?? issue.expected}, not ${typeName(at.value)}${cite(basis)}`,
          basis,
          { expected: issue.expected, received: jsonTypeOf(at.value) },
        ),
      ];
    case "invalid_value":
      return [
        makeIssue(
          segments,
          "invalid_value",
          issue.values.length === 1
            ? `${label} must be ${formatList(issue.values)}${cite(basis)}`
            : `${label} must be one of ${formatList(issue.values)}${cite(basis)}`,
          basis,
          { values: [...issue.values] },
        ),
      ];
    case "invalid_format":
      return [
        makeIssue(
          segments,
          "invalid_format",
          `${label} must be ${formatHint(issue)}${cite(basis)}`,
          basis,
          formatParams(issue),
        ),
      ];
    case "too_small":
    case "too_big": {
      const small = issue.code === "too_small";
      const bound = small
        ? (issue as { minimum: number | bigint }).minimum
        : (issue as { maximum: number | bigint }).maximum;
      const origin = (issue as { origin?: string }).origin;
      const text =
        origin === "string"
          ? small && Number(bound) === 1
            ? "must not be empty"
            : `must have ${small ? "at least" : "at most"} ${bound} characters`
          : origin === "array"
            ? `must list ${small ? "at least" : "at most"} ${bound} item${Number(bound) === 1 ? "" : "s"}`
            : `must be ${small ? "at least" : "at most"} ${bound}`;
      return [
        makeIssue(segments, issue.code, `${label} ${text}${cite(basis)}`, basis, {
          bound: Number(bound),
          origin:
            origin === "string" ? "string" : origin === "array" || origin === "set" ? "array" : "number",
        }),
      ];
    }
    case "unrecognized_keys": {
      const shown = issue.keys.slice(0, 10);
      const issues = shown.map((key) => {
        const keyPath = [...segments, key];
        return makeIssue(
          keyPath,
          "unknown_key",
          `${toLabel(keyPath)} is not a field of this schema; unknown fields are rejected so that nothing sent is silently lost`,
        );
      });
      if (issue.keys.length > shown.length) {
        issues.push(
          makeIssue(
            segments,
            "unknown_key",
            `${label} has ${issue.keys.length - shown.length} more unknown fields`,
            [],
            { count: issue.keys.length - shown.length },
          ),
        );
      }
      return issues;
    }
    case "invalid_union": {
      const u = issue as { discriminator?: string; options?: unknown[]; note?: string };
      if (u.discriminator) {
        const tagPath = [...segments];
        const options = u.options ?? [];
        return [
          makeIssue(
            tagPath,
            at.present ? "invalid_variant" : "required",
            at.present
              ? `${label} must be one of ${formatList(options)}${cite(basis)}`
              : `${label} is required${cite(basis)}`,
            basis,
            at.present ? { values: [...options] } : undefined,
          ),
        ];
      }
      return [
        makeIssue(
          segments,
          "invalid_variant",
          `${label} does not match any allowed form${cite(basis)}`,
          basis,
        ),
      ];
    }
    case "custom": {
      const params = (issue as { params?: Partial<RefinementParams> }).params;
      const words: RequestIssueParams = {};
      if (params?.ruleId !== undefined) words.rule = params.ruleId;
      if (params?.value !== undefined) words.value = params.value;
      if (params?.collection !== undefined) words.collection = [...params.collection];
      return [
        makeIssue(
          segments,
          params?.rule === "required" ? "required" : "rule",
          issue.message,
          params?.basis ?? basis,
          words.rule === undefined ? undefined : words,
        ),
      ];
    }
    default:
      return [makeIssue(segments, "invalid_value", `${label}: ${issue.message}${cite(basis)}`, basis)];
  }
}
