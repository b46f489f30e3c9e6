import type * as z from "zod";
import { jsonTypeOf, makeIssue, type RequestIssueParams } from "./issues.js";
import { buildJsonSchema, type JsonSchema } from "./json-schema.js";
import { type ExtraditionRequest, extraditionRequestSchema } from "./request-schemas/extradition.js";
import { type MlaRequest, mlaRequestSchema } from "./request-schemas/mla.js";
import {
  type ProvisionalArrestRequest,
  provisionalArrestRequestSchema,
} from "./request-schemas/provisional-arrest.js";
import {
  type TransferOfSentencedPersonRequest,
  transferOfSentencedPersonRequestSchema,
} from "./request-schemas/transfer-of-sentenced-person.js";
import { isRequestType, type RequestType, requestTypes } from "./request-types.js";
import { parseWith, RequestValidationError, type ValidationResult, validateWith } from "./validate-core.js";

export { type BasisId, basisIds, citeBasis } from "./basis-ids.js";
export { type Attachment, attachmentSchema } from "./blocks/attachment.js";
export { type Authority, addressSchema, authoritySchema, contactSchema } from "./blocks/authority.js";
export { basisDecisionSchema, decisionStatementSchema, sentenceSchema } from "./blocks/decision.js";
export { type Measure, measureSchema, measureTypes } from "./blocks/measures.js";
export { annexLetters, type Offence, offenceCategorySchema, offenceSchema } from "./blocks/offence.js";
export { type Person, personSchema, placeSchema } from "./blocks/person.js";
export { personSoughtSchema } from "./blocks/person-sought.js";
export { type PatternHintKey, patternHintKeys } from "./blocks/primitives.js";
export {
  channelSchema,
  channels,
  confidentialitySchema,
  formSchema,
  forms,
  legalBasisSchema,
  proceedingSchema,
  urgencySchema,
} from "./blocks/procedure.js";
export { schemaVersion } from "./blocks/request-fields.js";
export { descriptionWithoutBasis, type RequestFieldMeta } from "./field.js";
export {
  type RequestIssue,
  type RequestIssueCode,
  type RequestIssueParams,
  type RequestRuleId,
  requestIssueCodes,
  requestRuleIds,
} from "./issues.js";
export { type JsonSchema, jsonSchemaBaseUrl, jsonSchemaId } from "./json-schema.js";
export { limits } from "./limits.js";
export { type PathSegment, toJsonPath, toJsonPointer } from "./path.js";
export {
  applicableLawSchema,
  type ExtraditionRequest,
  extraditionRequestSchema,
} from "./request-schemas/extradition.js";
export { type MlaRequest, mlaRequestSchema } from "./request-schemas/mla.js";
export {
  type ProvisionalArrestRequest,
  provisionalArrestRequestSchema,
} from "./request-schemas/provisional-arrest.js";
export {
  type TransferOfSentencedPersonRequest,
  transferOfSentencedPersonRequestSchema,
} from "./request-schemas/transfer-of-sentenced-person.js";
export { isRequestType, type RequestType, requestTypes, requestTypeTitles } from "./request-types.js";
export { RequestValidationError, type ValidationResult } from "./validate-core.js";

/** Any request, discriminated by `requestType`. */
export type Request =
  | MlaRequest
  | ExtraditionRequest
  | ProvisionalArrestRequest
  | TransferOfSentencedPersonRequest;

export interface RequestByType {
  mla: MlaRequest;
  extradition: ExtraditionRequest;
  "provisional-arrest": ProvisionalArrestRequest;
  "transfer-of-sentenced-person": TransferOfSentencedPersonRequest;
}

/** The zod schema of each request type. */
export const requestSchemas: { readonly [T in RequestType]: z.ZodType<RequestByType[T]> } = {
  mla: mlaRequestSchema,
  extradition: extraditionRequestSchema,
  "provisional-arrest": provisionalArrestRequestSchema,
  "transfer-of-sentenced-person": transferOfSentencedPersonRequestSchema,
};

/**
 * The JSON Schema (draft 2020-12) of a request type, generated from its zod schema. The same
 * documents ship as files: `@lhc/requests/schemas/<requestType>.json`.
 */
export function getJsonSchema(requestType: RequestType): JsonSchema {
  return buildJsonSchema(requestType, requestSchemas[requestType]);
}

/** Names a caller's argument without trusting it: String() itself throws on some objects. */
function describeArgument(value: unknown): string {
  try {
    return typeof value === "string" ? JSON.stringify(value) : `(${typeof value})`;
  } catch {
    return "(unreadable)";
  }
}

function detectRequestType(input: unknown): {
  type?: RequestType;
  problem?: string;
  params?: RequestIssueParams;
} {
  try {
    if (input === null || typeof input !== "object" || Array.isArray(input)) {
      return {
        problem: "the request must be a JSON object",
        params: { expected: "object", received: jsonTypeOf(input) },
      };
    }
    const value = Object.hasOwn(input, "requestType")
      ? (input as { requestType: unknown }).requestType
      : undefined;
    if (value === undefined)
      return {
        problem: `requestType is required; it must be one of ${requestTypes.map((t) => `"${t}"`).join(", ")}`,
        params: { values: [...requestTypes] },
      };
    if (isRequestType(value)) return { type: value };
    return {
      problem: `requestType must be one of ${requestTypes.map((t) => `"${t}"`).join(", ")}`,
      params: { values: [...requestTypes] },
    };
  } catch {
    return { problem: "requestType could not be read" };
  }
}

/**
 * Validates a request and never throws, whatever the input. The schema is chosen by `requestType`
 * (given, or read from the input). Returns the parsed request, or issues naming each field, the rule
 * broken and the provisions it rests on.
 */
export function validateRequest<T extends RequestType>(
  input: unknown,
  requestType: T,
): ValidationResult<RequestByType[T]>;
export function validateRequest(input: unknown, requestType?: RequestType): ValidationResult<Request>;
export function validateRequest(input: unknown, requestType?: RequestType): ValidationResult<Request> {
  if (requestType !== undefined && !isRequestType(requestType)) {
    return {
      success: false,
      issues: [
        makeIssue(
          [],
          "unknown_request_type",
          `unknown request type ${describeArgument(requestType)}; use one of ${requestTypes.join(", ")}`,
          [],
          { values: [...requestTypes] },
        ),
      ],
    };
  }
  if (requestType !== undefined) return validateWith(requestSchemas[requestType], input);
  const detected = detectRequestType(input);
  if (!detected.type) {
    const atRoot = detected.problem === "the request must be a JSON object";
    return {
      success: false,
      issues: [
        makeIssue(
          atRoot ? [] : ["requestType"],
          atRoot ? "invalid_type" : "unknown_request_type",
          detected.problem ?? "requestType is required",
          [],
          detected.params,
        ),
      ],
    };
  }
  return validateWith(requestSchemas[detected.type], input);
}

/** Like validateRequest, but returns the request or throws RequestValidationError carrying the issues. */
export function parseRequest<T extends RequestType>(input: unknown, requestType: T): RequestByType[T];
export function parseRequest(input: unknown, requestType?: RequestType): Request;
export function parseRequest(input: unknown, requestType?: RequestType): Request {
  const result = validateRequest(input, requestType);
  if (!result.success) throw new RequestValidationError(result.issues);
  return result.data;
}

/**
 * Validates against any schema of this package (a building block, say) with the same never-throwing
 * reader and case-officer messages.
 */
export { parseWith as parseWithSchema, validateWith as validateWithSchema };
