/**
 * Entry point for the "provisional-arrest" request alone, so that an application that validates only this kind of
 * request does not bundle the others: import from "@lhc/requests/provisional-arrest".
 */
import { buildJsonSchema, type JsonSchema } from "./json-schema.js";
import {
  type ProvisionalArrestRequest,
  provisionalArrestRequestSchema,
} from "./requests/provisional-arrest.js";
import { parseWith, type ValidationResult, validateWith } from "./validate-core.js";

export type { RequestIssue, RequestIssueCode } from "./issues.js";
export {
  type ProvisionalArrestRequest,
  provisionalArrestRequestSchema,
} from "./requests/provisional-arrest.js";
export { RequestValidationError, type ValidationResult } from "./validate-core.js";

export const requestType = "provisional-arrest" as const;

/** Validates a provisional-arrest request; never throws. */
export function validateProvisionalArrestRequest(input: unknown): ValidationResult<ProvisionalArrestRequest> {
  return validateWith(provisionalArrestRequestSchema, input);
}

/** Like validateProvisionalArrestRequest, but returns the request or throws RequestValidationError. */
export function parseProvisionalArrestRequest(input: unknown): ProvisionalArrestRequest {
  return parseWith(provisionalArrestRequestSchema, input);
}

/** The JSON Schema (draft 2020-12) of this request type, generated from the zod schema. */
export function provisionalArrestJsonSchema(): JsonSchema {
  return buildJsonSchema(requestType, provisionalArrestRequestSchema);
}
