/**
 * Entry point for the "transfer-of-sentenced-person" request alone, so that an application that validates only this kind of
 * request does not bundle the others: import from "@lhc/requests/transfer-of-sentenced-person".
 */
import { buildJsonSchema, type JsonSchema } from "./json-schema.js";
import {
  type TransferOfSentencedPersonRequest,
  transferOfSentencedPersonRequestSchema,
} from "./requests/transfer-of-sentenced-person.js";
import { parseWith, type ValidationResult, validateWith } from "./validate-core.js";

export type { RequestIssue, RequestIssueCode } from "./issues.js";
export {
  type TransferOfSentencedPersonRequest,
  transferOfSentencedPersonRequestSchema,
} from "./requests/transfer-of-sentenced-person.js";
export { RequestValidationError, type ValidationResult } from "./validate-core.js";

export const requestType = "transfer-of-sentenced-person" as const;

/** Validates a transfer-of-sentenced-person request; never throws. */
export function validateTransferOfSentencedPersonRequest(
  input: unknown,
): ValidationResult<TransferOfSentencedPersonRequest> {
  return validateWith(transferOfSentencedPersonRequestSchema, input);
}

/** Like validateTransferOfSentencedPersonRequest, but returns the request or throws RequestValidationError. */
export function parseTransferOfSentencedPersonRequest(input: unknown): TransferOfSentencedPersonRequest {
  return parseWith(transferOfSentencedPersonRequestSchema, input);
}

/** The JSON Schema (draft 2020-12) of this request type, generated from the zod schema. */
export function transferOfSentencedPersonJsonSchema(): JsonSchema {
  return buildJsonSchema(requestType, transferOfSentencedPersonRequestSchema);
}
