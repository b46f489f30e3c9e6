/**
 * `@lhc/requests/any-version`: validates a request of either version of the data model, chosen by its
 * `schemaVersion`. The one place that decides which version a request is written in, so that the CLI,
 * the site and @lhc/letters agree.
 */
import { schemaVersion as schemaVersionV0 } from "./blocks/request-fields.js";
import { type Request, validateRequest as validateRequestV0 } from "./index.js";
import type { RequestType } from "./request-types.js";
import { schemaVersionV1 } from "./v1/blocks.js";
import { type RequestV1, validateRequest as validateRequestV1 } from "./v1/index.js";
import type { ValidationResult } from "./validate-core.js";

/** The versions of the data model, oldest first. */
export const requestSchemaVersions = [schemaVersionV0, schemaVersionV1] as const;
export type RequestSchemaVersion = (typeof requestSchemaVersions)[number];

/** A valid request of either version. */
export type AnyVersionRequest = Request | RequestV1;

/**
 * The version of the data model a request is written in, by its `schemaVersion`: "1.0" when it says so,
 * otherwise "0.1" (whose validator then names a missing or unknown `schemaVersion`).
 */
export function requestVersionOf(input: unknown): RequestSchemaVersion {
  const version =
    input !== null && typeof input === "object" && !Array.isArray(input)
      ? (input as { schemaVersion?: unknown }).schemaVersion
      : undefined;
  return version === schemaVersionV1 ? schemaVersionV1 : schemaVersionV0;
}

/**
 * Validates a request with the validator of its version (`requestVersionOf`), as that version's
 * `validateRequest` would, optionally as the given request type; never throws.
 */
export function validateAnyVersion(
  input: unknown,
  requestType?: RequestType,
): ValidationResult<AnyVersionRequest> {
  return requestVersionOf(input) === schemaVersionV1
    ? validateRequestV1(input, requestType)
    : validateRequestV0(input, requestType);
}

export type { RequestIssue } from "./issues.js";
export { isRequestType, type RequestType, requestTypes } from "./request-types.js";
