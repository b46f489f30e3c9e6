import type { RequestType } from "@lhc/requests/request-types";
import { type RequestIssue, validateRequest } from "@lhc/requests/v1";
import {
  type CustomValidator,
  createErrorHandler,
  type ErrorSchema,
  type ErrorTransformer,
  type RJSFSchema,
  type RJSFValidationError,
  toErrorSchema,
  type UiSchema,
  unwrapErrorHandler,
  type ValidationData,
  type ValidatorType,
  validationDataMerge,
} from "@rjsf/utils";

type Schema = Record<string, unknown>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

const patterns = new Map<string, RegExp | null>();
function patternMatches(pattern: string, value: string): boolean {
  if (!patterns.has(pattern)) {
    try {
      patterns.set(pattern, new RegExp(pattern, "u"));
    } catch {
      patterns.set(pattern, null);
    }
  }
  return patterns.get(pattern)?.test(value) ?? true;
}

/**
 * Whether `value` matches `schema`, for the keywords the request schemas use in what the form library
 * asks about: the `if` of a conditional field and the options of a `oneOf` (which measure, which
 * offence category). It steers the form only; whether a request is valid is validateRequest's answer.
 * A keyword not listed here does not narrow the match.
 */
export function matchesSchema(schema: unknown, value: unknown): boolean {
  if (schema === true || schema === undefined) return true;
  if (schema === false) return false;
  if (!isObject(schema)) return true;
  const s = schema as Schema;
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? s.type : [s.type];
    const actual = typeOf(value);
    if (!types.some((type) => type === actual || (type === "number" && actual === "integer"))) return false;
  }
  if ("const" in s && !sameJson(s.const, value)) return false;
  if (Array.isArray(s.enum) && !s.enum.some((choice) => sameJson(choice, value))) return false;
  if (typeof value === "string") {
    const length = [...value].length;
    if (typeof s.minLength === "number" && length < s.minLength) return false;
    if (typeof s.maxLength === "number" && length > s.maxLength) return false;
    if (typeof s.pattern === "string" && !patternMatches(s.pattern, value)) return false;
  }
  if (typeof value === "number") {
    if (typeof s.minimum === "number" && value < s.minimum) return false;
    if (typeof s.maximum === "number" && value > s.maximum) return false;
  }
  if (Array.isArray(value)) {
    if (typeof s.minItems === "number" && value.length < s.minItems) return false;
    if (typeof s.maxItems === "number" && value.length > s.maxItems) return false;
    if (s.items !== undefined && !value.every((item) => matchesSchema(s.items, item))) return false;
  }
  if (isObject(value)) {
    if (Array.isArray(s.required) && !s.required.every((name) => Object.hasOwn(value, String(name))))
      return false;
    const properties = isObject(s.properties) ? s.properties : {};
    for (const [name, child] of Object.entries(value)) {
      if (Object.hasOwn(properties, name)) {
        if (!matchesSchema(properties[name], child)) return false;
      } else if (s.additionalProperties !== undefined && !matchesSchema(s.additionalProperties, child)) {
        return false;
      }
    }
  }
  if (Array.isArray(s.allOf) && !s.allOf.every((part) => matchesSchema(part, value))) return false;
  if (Array.isArray(s.anyOf) && !s.anyOf.some((part) => matchesSchema(part, value))) return false;
  if (Array.isArray(s.oneOf) && s.oneOf.filter((part) => matchesSchema(part, value)).length !== 1)
    return false;
  if (s.not !== undefined && matchesSchema(s.not, value)) return false;
  if (s.if !== undefined) {
    const branch = matchesSchema(s.if, value) ? s.then : s.else;
    if (branch !== undefined && !matchesSchema(branch, value)) return false;
  }
  return true;
}

/** ".measures.0.type": the property path rjsf's error list gives an issue. */
const propertyOf = (issue: RequestIssue): string =>
  issue.pathSegments.map((segment) => `.${String(segment)}`).join("");

/**
 * The form library's validator, backed by @lhc/requests/v1: a request is checked by version 1's validateRequest
 * (the zod schemas the builder loads with the form) and its issues become rjsf's errors, each worded by `word`
 * (issueSentence of @lhc/letters/labels, in the form's language). Questions about parts of the schema go to
 * matchesSchema.
 * It replaces @rjsf/validator-ajv8, so that the builder does not load a second validator (ajv).
 */
export function requestValidator(
  requestType: RequestType,
  word: (issue: RequestIssue) => string,
): ValidatorType<unknown, RJSFSchema> {
  const errorsOf = (formData: unknown): RJSFValidationError[] => {
    const result = validateRequest(formData, requestType);
    return result.success
      ? []
      : result.issues.map((issue) => {
          const message = word(issue);
          return { name: issue.code, property: propertyOf(issue), message, stack: message, params: issue };
        });
  };
  return {
    validateFormData(
      formData: unknown,
      _schema: RJSFSchema,
      customValidate?: CustomValidator<unknown, RJSFSchema>,
      transformErrors?: ErrorTransformer<unknown, RJSFSchema>,
      uiSchema?: UiSchema<unknown, RJSFSchema>,
    ): ValidationData<unknown> {
      let errors = errorsOf(formData);
      if (transformErrors) errors = transformErrors(errors, uiSchema);
      const errorSchema = toErrorSchema<unknown>(errors) as ErrorSchema;
      if (!customValidate) return { errors, errorSchema };
      const custom = unwrapErrorHandler(
        customValidate(formData, createErrorHandler(formData), uiSchema, errorSchema),
      );
      return validationDataMerge({ errors, errorSchema }, custom);
    },
    isValid: (schema, formData) => matchesSchema(schema, formData),
    rawValidation: <Result>(schema: RJSFSchema, formData?: unknown) => ({
      errors: (matchesSchema(schema, formData) ? [] : errorsOf(formData)) as Result[],
    }),
  };
}
