import type { Request } from "@lhc/requests";

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

export interface IssueView {
  path: string;
  code: string;
  message: string;
}

export type Verdict =
  | { kind: "empty" }
  | { kind: "unreadable"; message: string }
  // `request` of either version: @lhc/request-context reads only fields version 1 keeps from version 0.
  | { kind: "valid"; requestType: string; schemaVersion: string; request: Request }
  | { kind: "invalid"; issues: IssueView[] };

function formatPath(path: unknown): string {
  if (Array.isArray(path)) {
    if (path.length === 0) return "(root)";
    return path
      .map((segment, index) =>
        typeof segment === "number" ? `[${segment}]` : `${index > 0 ? "." : ""}${String(segment)}`,
      )
      .join("");
  }
  if (typeof path === "string") return path === "" ? "(root)" : path;
  return "(root)";
}

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
  return {
    kind: "invalid",
    issues: result.issues.map((issue) => ({
      path: formatPath((issue as { path?: unknown }).path),
      code: String((issue as { code?: unknown }).code ?? ""),
      message: String((issue as { message?: unknown }).message ?? ""),
    })),
  };
}
