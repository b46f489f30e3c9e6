/**
 * Entry point for the "mla" request alone, so that an application that validates only this kind of
 * request does not bundle the others: import from "@lhc/requests/mla".
 */
import { buildJsonSchema, type JsonSchema } from "./json-schema.js";
import { type MlaRequest, mlaRequestSchema } from "./requests/mla.js";
import { parseWith, type ValidationResult, validateWith } from "./validate-core.js";

export type { RequestIssue, RequestIssueCode } from "./issues.js";
export { type MlaRequest, mlaRequestSchema } from "./requests/mla.js";
export { RequestValidationError, type ValidationResult } from "./validate-core.js";

export const requestType = "mla" as const;

/** Validates a mla request; never throws. */
export function validateMlaRequest(input: unknown): ValidationResult<MlaRequest> {
  return validateWith(mlaRequestSchema, input);
}

/** Like validateMlaRequest, but returns the request or throws RequestValidationError. */
export function parseMlaRequest(input: unknown): MlaRequest {
  return parseWith(mlaRequestSchema, input);
}

/** The JSON Schema (draft 2020-12) of this request type, generated from the zod schema. */
export function mlaJsonSchema(): JsonSchema {
  return buildJsonSchema(requestType, mlaRequestSchema);
}
