/**
 * Entry point for the "extradition" request alone, so that an application that validates only this kind of
 * request does not bundle the others: import from "@lhc/requests/extradition".
 */
import { buildJsonSchema, type JsonSchema } from "./json-schema.js";
import { type ExtraditionRequest, extraditionRequestSchema } from "./requests/extradition.js";
import { parseWith, type ValidationResult, validateWith } from "./validate-core.js";

export type { RequestIssue, RequestIssueCode } from "./issues.js";
export { type ExtraditionRequest, extraditionRequestSchema } from "./requests/extradition.js";
export { RequestValidationError, type ValidationResult } from "./validate-core.js";

export const requestType = "extradition" as const;

/** Validates a extradition request; never throws. */
export function validateExtraditionRequest(input: unknown): ValidationResult<ExtraditionRequest> {
  return validateWith(extraditionRequestSchema, input);
}

/** Like validateExtraditionRequest, but returns the request or throws RequestValidationError. */
export function parseExtraditionRequest(input: unknown): ExtraditionRequest {
  return parseWith(extraditionRequestSchema, input);
}

/** The JSON Schema (draft 2020-12) of this request type, generated from the zod schema. */
export function extraditionJsonSchema(): JsonSchema {
  return buildJsonSchema(requestType, extraditionRequestSchema);
}
