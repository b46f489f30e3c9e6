import type { Request } from "@lhc/requests";
import type { RequestIssue } from "@lhc/requests/any-version";

type RequestsModule = typeof import("@lhc/requests/any-version");

let requests: Promise<RequestsModule> | undefined;

/**
 * Loads the validators of both versions of the request data model (and zod with them), once. The page
 * calls this when the visitor starts on the form, so that opening the page does not download the
 * validators' code (more than a fifth of the page's JavaScript) before anyone validates anything.
 */
export function loadValidator(): Promise<RequestsModule> {
  requests ??= import("@lhc/requests/any-version");
  return requests;
}

export type Verdict =
  | { kind: "empty" }
  | { kind: "unreadable"; message: string }
  // `request` of either version: @lhc/request-context reads only fields version 1 keeps from version 0.
  | { kind: "valid"; requestType: string; schemaVersion: string; request: Request }
  // The issues whole: the page words each from its code, path and params (issueSentence).
  | { kind: "invalid"; issues: RequestIssue[] };

/**
 * Parses and validates the text in the browser. Nothing leaves the page: @lhc/requests is bundled into
 * the site and runs here.
 */
export async function checkRequest(text: string, requestType: string | undefined): Promise<Verdict> {
  if (text.trim() === "") return { kind: "empty" };
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return { kind: "unreadable", message: error instanceof Error ? error.message : String(error) };
  }
  const { requestVersionOf, validateAnyVersion } = await loadValidator();
  const result = validateAnyVersion(input, requestType as Parameters<typeof validateAnyVersion>[1]);
  if (result.success) {
    const data = result.data as { requestType?: unknown };
    return {
      kind: "valid",
      requestType: typeof data.requestType === "string" ? data.requestType : (requestType ?? ""),
      schemaVersion: requestVersionOf(input),
      request: result.data as Request,
    };
  }
  return { kind: "invalid", issues: result.issues };
}
