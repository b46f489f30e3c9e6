/**
 * The one data-lint kernel of the data packages (@lhc/convention, @lhc/parties): the problem, rule and
 * report types, the reader that parses a file as JSON and checks it against its zod schema, turning each
 * issue into a problem that names the file, the field and the fix, and the formatter. Each package keeps
 * only its rules (one module per rule, as @mdn/browser-compat-data's lint/linter does).
 */
import { readFileSync } from "node:fs";
import type { z } from "zod";

export interface LintProblem {
  /** The file, as the package names it (`data/states/LV.json`). */
  file: string;
  /** Dotted path of the field inside the file; `(file)` for the file as a whole, or the reader's root name. */
  field: string;
  /** What is wrong and how to fix it. */
  message: string;
}

export type Report = (file: string, field: string, message: string) => void;

/** One rule: its name (the module's file name) and a check over the package's context that reports each problem. */
export interface LintRule<Context> {
  name: string;
  check(context: Context, report: Report): void;
}

/** `file: field: what is wrong and how to fix it`: the one way a problem is printed. */
export function formatLintProblem(problem: LintProblem): string {
  return `${problem.file}: ${problem.field}: ${problem.message}`;
}

/** A list of problems and the report that adds to it: every problem is collected, so one run reports everything. */
export function collector(): { problems: LintProblem[]; report: Report } {
  const problems: LintProblem[] = [];
  return { problems, report: (file, field, message) => problems.push({ file, field, message }) };
}

/** Runs each rule over the context, in the order given (the order its problems are listed). */
export function runRules<Context>(
  rules: readonly LintRule<Context>[],
  context: Context,
  report: Report,
): void {
  for (const rule of rules) rule.check(context, report);
}

/** The field a zod issue path names: its keys joined by dots, or `root` for the value itself. */
export function fieldPath(path: readonly PropertyKey[], root = "(file)"): string {
  return path.length === 0 ? root : path.map(String).join(".");
}

/** What a zod issue says is wrong, followed by how to fix it. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined && issue.path[issue.path.length - 1] === "sources") {
        return "is missing; every fact needs at least one source { url, title, publisher, kind, accessed }";
      }
      if (issue.input === undefined)
        return `is missing; add it (expected ${issue.expected}, or null where unknown)`;
      return `${issue.message}; write a ${issue.expected} here`;
    case "unrecognized_keys":
      return `has unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(", ")}; remove them or correct their spelling`;
    case "invalid_value":
      return `${issue.message}; use one of the listed values`;
    default:
      return issue.message;
  }
}

export interface ReadOptions {
  /** The field name of a problem with the whole value (default `(file)`). */
  root?: string;
  /** Turns the parsed JSON into what the schema checks (e.g. source ids resolved to their records). */
  prepare?: (json: unknown) => unknown;
  /** Leaves out an issue another problem already reports. */
  skip?: (issue: z.core.$ZodIssue, field: string) => boolean;
}

/**
 * Parses `text` as JSON and checks it against `schema`. Each problem is reported against `file`: the
 * syntax error, or each schema issue at its field with what to fix. Returns the data only when it passed.
 */
export function readJson<T>(
  file: string,
  text: string,
  schema: z.ZodType<T>,
  report: Report,
  options: ReadOptions = {},
): T | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    report(file, "(file)", `is not valid JSON (${(error as Error).message}); fix the syntax`);
    return undefined;
  }
  // reportInput: the message tells a missing field from one of the wrong type.
  const result = schema.safeParse(options.prepare ? options.prepare(json) : json, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = fieldPath(issue.path, options.root);
    if (!options.skip?.(issue, field)) report(file, field, describeIssue(issue));
  }
  return undefined;
}

/** readJson of the file at `path` on disk; a file that cannot be read is reported like one that is not JSON. */
export function readJsonFile<T>(
  path: string,
  file: string,
  schema: z.ZodType<T>,
  report: Report,
  options: ReadOptions = {},
): T | undefined {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    report(file, "(file)", `is not valid JSON (${(error as Error).message}); fix the syntax`);
    return undefined;
  }
  return readJson(file, text, schema, report, options);
}
