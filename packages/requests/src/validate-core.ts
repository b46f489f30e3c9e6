import type * as z from "zod";
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
}

const maxIssues = 200;

/**
 * Validates input against one request schema and never throws: the input is first read into plain
 * JSON (guarding against getters, proxies, cycles and non-JSON values), then parsed by zod, whose
 * issues are rewritten with the field's basis.
 */
export function validateWith<S extends z.ZodType>(schema: S, input: unknown): ValidationResult<z.output<S>> {
  try {
    const read = readJson(input);
    if (!read.ok) return { success: false, issues: read.problems.map(fromReadProblem) };
    const result = schema.safeParse(read.value);
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
