import type { RequestIssue, RequestSchemaVersion, RequestType } from "@lhc/requests/any-version";

/** The outcome for one file argument of `lhc validate`, as printed by `--format json`. */
export interface FileVerdict {
  file: string;
  valid: boolean;
  /** The type the file was checked as; `null` when neither `--type` nor the file names a known one. */
  requestType: string | null;
  /** The version of the data model the file was checked against, by its `schemaVersion`; `null` when unread. */
  schemaVersion: RequestSchemaVersion | null;
  issues: RequestIssue[];
  /** Set when the file could not be read or parsed; then it was not validated. */
  error?: string;
}

export type RequestsModule = typeof import("@lhc/requests");

/** Loaded on use, so that commands that do not validate do not pay for loading zod. */
export const loadRequests = (): Promise<RequestsModule> => import("@lhc/requests");

export type AnyVersionModule = typeof import("@lhc/requests/any-version");

/** The validator of both versions of the data model, loaded on use like `loadRequests`. */
export const loadAnyVersion = (): Promise<AnyVersionModule> => import("@lhc/requests/any-version");

/** Validates with the validator of the version the input names in `schemaVersion`. */
export function validateInput(
  lib: AnyVersionModule,
  input: unknown,
  requestType: string | undefined,
): Omit<FileVerdict, "file" | "error"> {
  const declared = (input as { requestType?: unknown } | null)?.requestType;
  // An explicit --type wins (commander has already checked it is one of requestTypes).
  const chosen = requestType ?? declared;
  const type: RequestType | null = lib.isRequestType(chosen) ? chosen : null;
  const schemaVersion = lib.requestVersionOf(input);
  const result = type === null ? lib.validateAnyVersion(input) : lib.validateAnyVersion(input, type);
  return result.success
    ? { valid: true, requestType: result.data.requestType, schemaVersion, issues: [] }
    : { valid: false, requestType: type, schemaVersion, issues: result.issues };
}

/** An issue as a sentence for a person (issueSentence of @lhc/letters/labels, in one language). */
export type WordIssue = (issue: RequestIssue) => string;

/**
 * `--language`: the wording of issues in that language, loading the label catalogs only then; without
 * it, undefined, and the issues read as the package's messages.
 */
export async function issueWording(language: string | undefined): Promise<WordIssue | undefined> {
  if (language === undefined) return undefined;
  const { issueSentence, labelsFor } = await import("@lhc/letters/labels");
  const labels = labelsFor(language);
  return (issue) => issueSentence(issue, labels);
}

/**
 * One line per issue: the message already names the field, the rule and its basis. Under `--language`,
 * the sentence in that language instead (the field by its labels, no provisions); the code and the path
 * follow either way, so that a script reads them alike.
 */
export function describeIssue(issue: RequestIssue, word?: WordIssue): string {
  return `${word ? word(issue) : issue.message} [${issue.code} at ${issue.path}]`;
}
