/**
 * `@lhc/requests/v1`: version 1 of the request data model. Each request type has one definition below,
 * from which its validate and parse functions, its JSON Schema (with its own `$id`) and the list of
 * shipped schema files follow. Version 0 (`@lhc/requests`) is unchanged; `@lhc/requests/migrate` turns
 * a version-0 request into a version-1 one.
 */
import type * as z from "zod";
import { jsonTypeOf, makeIssue } from "../issues.js";
import { buildJsonSchema, type JsonSchema, jsonSchemaBaseUrl } from "../json-schema.js";
import { isRequestType, type RequestType, requestTypes } from "../request-types.js";
import { parseWith, RequestValidationError, type ValidationResult, validateWith } from "../validate-core.js";
import { schemaVersionV1 } from "./blocks.js";
import {
  extraditionRequestV1Schema,
  mlaRequestV1Schema,
  provisionalArrestRequestV1Schema,
  transferOfSentencedPersonRequestV1Schema,
} from "./schemas.js";

export type { RequestIssue, RequestIssueCode, RequestIssueParams, RequestRuleId } from "../issues.js";
export { RequestValidationError, type ValidationResult } from "../validate-core.js";
export {
  identificationMaterialKinds,
  type PersonOrEntity,
  relations,
  schemaVersionV1 as schemaVersion,
  urgencyReasonCodes,
} from "./blocks.js";
export { measureTypesV1 as measureTypes } from "./measures.js";
export { referencesIn } from "./references.js";

export type MlaRequestV1 = z.infer<typeof mlaRequestV1Schema>;
export type ExtraditionRequestV1 = z.infer<typeof extraditionRequestV1Schema>;
export type ProvisionalArrestRequestV1 = z.infer<typeof provisionalArrestRequestV1Schema>;
export type TransferOfSentencedPersonRequestV1 = z.infer<typeof transferOfSentencedPersonRequestV1Schema>;

/** A version-1 request of any type: a JSON object whose `requestType` names its type. */
export type RequestV1 = { schemaVersion: typeof schemaVersionV1; requestType: RequestType } & Record<
  string,
  unknown
>;

/** The one definition of each request type in version 1. */
export interface RequestDefinition {
  requestType: RequestType;
  schema: z.ZodType;
  /** The JSON Schema file this type ships as, inside the package's dist/ (exports `./schemas/1.0/*.json`). */
  schemaFile: string;
  $id: string;
}

const definition = (requestType: RequestType, schema: z.ZodType): RequestDefinition => ({
  requestType,
  schema,
  schemaFile: `schemas/${schemaVersionV1}/${requestType}.json`,
  $id: `${jsonSchemaBaseUrl}/${schemaVersionV1}/${requestType}.json`,
});

export const requestDefinitions: { readonly [T in RequestType]: RequestDefinition } = {
  mla: definition("mla", mlaRequestV1Schema),
  extradition: definition("extradition", extraditionRequestV1Schema),
  "provisional-arrest": definition("provisional-arrest", provisionalArrestRequestV1Schema),
  "transfer-of-sentenced-person": definition(
    "transfer-of-sentenced-person",
    transferOfSentencedPersonRequestV1Schema,
  ),
};

export const requestSchemas: { readonly [T in RequestType]: z.ZodType } = Object.fromEntries(
  requestTypes.map((type) => [type, requestDefinitions[type].schema]),
) as { readonly [T in RequestType]: z.ZodType };

/** The `$id` of the version-1 JSON Schema of a request type. */
export function jsonSchemaId(requestType: RequestType): string {
  return requestDefinitions[requestType].$id;
}

/** The JSON Schema (draft 2020-12) of a request type in version 1, generated from its zod schema. */
export function getJsonSchema(requestType: RequestType): JsonSchema {
  return buildJsonSchema(requestType, requestDefinitions[requestType].schema, jsonSchemaId(requestType));
}

/**
 * Validates a version-1 request and never throws. The type is the one given, or the input's
 * `requestType`. A version-0 request is refused with a pointer to `migrate`.
 */
export function validateRequest(input: unknown, requestType?: RequestType): ValidationResult<RequestV1> {
  if (requestType !== undefined && !isRequestType(requestType)) {
    return {
      success: false,
      issues: [
        makeIssue(
          [],
          "unknown_request_type",
          `unknown request type; use one of ${requestTypes.join(", ")}`,
          [],
          { values: [...requestTypes] },
        ),
      ],
    };
  }
  let type = requestType;
  if (type === undefined) {
    const value =
      input !== null &&
      typeof input === "object" &&
      !Array.isArray(input) &&
      Object.hasOwn(input, "requestType")
        ? (input as { requestType: unknown }).requestType
        : undefined;
    if (input === null || typeof input !== "object" || Array.isArray(input)) {
      return {
        success: false,
        issues: [
          makeIssue([], "invalid_type", "the request must be a JSON object", [], {
            expected: "object",
            received: jsonTypeOf(input),
          }),
        ],
      };
    }
    if (!isRequestType(value)) {
      return {
        success: false,
        issues: [
          makeIssue(
            ["requestType"],
            "unknown_request_type",
            `requestType must be one of ${requestTypes.map((t) => `"${t}"`).join(", ")}`,
            [],
            { values: [...requestTypes] },
          ),
        ],
      };
    }
    type = value;
  }
  const result = validateWith(requestDefinitions[type].schema, input);
  if (result.success) return result as ValidationResult<RequestV1>;
  const version = (input as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === "string" && version !== schemaVersionV1) {
    const hint = makeIssue(
      ["schemaVersion"],
      "invalid_value",
      `schemaVersion is "${version}"; this validator reads version ${schemaVersionV1}. Convert a version-0 request with migrate() from @lhc/requests/migrate or \`lhc migrate\``,
      [],
      { rule: "schema-version", value: version, values: [schemaVersionV1] },
    );
    return { success: false, issues: [hint, ...result.issues.filter((i) => i.path !== "$.schemaVersion")] };
  }
  return result;
}

/** Like validateRequest, but returns the request or throws RequestValidationError. */
export function parseRequest(input: unknown, requestType?: RequestType): RequestV1 {
  const result = validateRequest(input, requestType);
  if (!result.success) throw new RequestValidationError(result.issues);
  return result.data;
}

export { parseWith as parseWithSchema };
