import * as z from "zod";
import { fromReadProblem, fromZodIssue, makeIssue, type RequestIssue } from "./issues.js";
import { readJson } from "./read-json.js";

export type ValidationResult<T> = { success: true; data: T } | { success: false; issues: RequestIssue[] };

/** Thrown by the parse functions; carries the same issues validateRequest returns. */
export class RequestValidationError extends Error {
  override readonly name = "RequestValidationError";
  readonly issues: RequestIssue[];

  constructor(issues: RequestIssue[]) {
    const head = issues
      .slice(0, 5)
      .map((issue) => `- ${issue.message}`)
      .join("\n");
    const more = issues.length > 5 ? `\n- … and ${issues.length - 5} more` : "";
    super(
      `The request is not valid (${issues.length} issue${issues.length === 1 ? "" : "s"}):\n${head}${more}`,
    );
    this.issues = issues;
  }

  /**
   * Each entry point of the package bundles its own copy of this class (the main entry is one file),
   * so `instanceof` recognises an error thrown by any copy: by its name and its issues.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return (
      value instanceof Error &&
      value.name === "RequestValidationError" &&
      Array.isArray((value as { issues?: unknown }).issues)
    );
  }
}

const maxIssues = 200;

/**
 * Validations of one schema after which it is compiled with zod's `z.compile()`. Profiling showed
 * zod's interpreter spending most of a valid request's validation in its generic per-node dispatch
 * (`_zod.run` and the check loop of each text field); the compiled schema validates a full request
 * three to four times faster, with the same results and the same issues (on a failure it hands the
 * input to the interpreter). Compiling generates and evaluates a large function, tens of
 * milliseconds for a request type, which pays for itself only over many validations: a command that
 * checks a few files never compiles, a service that checks thousands does.
 */
export const compileAfter = 1_000;

interface SchemaUse {
  validations: number;
  /** The compiled clone, once compiled; z.compile() returns the schema itself if it cannot compile it. */
  compiled?: z.ZodType;
}

const uses = new WeakMap<z.ZodType, SchemaUse>();

/** The compiled clone of a schema, once validation has compiled it (for tests). */
export function compiledSchemaOf(schema: z.ZodType): z.ZodType | undefined {
  return uses.get(schema)?.compiled;
}

/** The schema to parse with: the compiled clone once the schema has been used often enough. */
function parserFor<S extends z.ZodType>(schema: S): S {
  let use = uses.get(schema);
  if (use === undefined) {
    use = { validations: 0 };
    uses.set(schema, use);
  }
  if (use.compiled !== undefined) return use.compiled as S;
  use.validations += 1;
  if (use.validations > compileAfter) use.compiled = z.compile(schema);
  return schema;
}

/**
 * Validates input against one request schema and never throws: the input is first read into plain
 * JSON (guarding against getters, proxies, cycles and non-JSON values), then parsed by zod, whose
 * issues are rewritten with the field's basis.
 */
export function validateWith<S extends z.ZodType>(schema: S, input: unknown): ValidationResult<z.output<S>> {
  try {
    const read = readJson(input);
    if (!read.ok) return { success: false, issues: read.problems.map(fromReadProblem) };
    const result = parserFor(schema).safeParse(read.value);
    if (result.success) return { success: true, data: result.data };
    const issues = result.error.issues.flatMap((issue) => fromZodIssue(issue, schema, read.value));
    return { success: false, issues: issues.slice(0, maxIssues) };
  } catch (error) {
    // A defect in this package must still not escape as an exception.
    let detail = "unknown error";
    try {
      detail = error instanceof Error ? error.message : String(error);
    } catch {}
    return {
      success: false,
      issues: [makeIssue([], "unreadable", `the request could not be validated: ${detail}`)],
    };
  }
}

export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = validateWith(schema, input);
  if (!result.success) throw new RequestValidationError(result.issues);
  return result.data;
}
