/**
 * The "provisional-arrest" request: its zod schema and TypeScript type, and the entry point "@lhc/requests/provisional-arrest" for
 * applications that validate only this kind of request and should not bundle the others.
 */
import * as z from "zod";
import { authoritySchema } from "../blocks/authority.js";
import { decisionStatementSchema, sentenceSchema } from "../blocks/decision.js";
import { lazyShape } from "../blocks/lazy-shape.js";
import { offenceSchema } from "../blocks/offence.js";
import { personSoughtSchema } from "../blocks/person-sought.js";
import { list, longText, text } from "../blocks/primitives.js";
import { channelSchema, urgencySchema } from "../blocks/procedure.js";
import {
  confidentialityField,
  formField,
  languageField,
  legalBasisField,
  requestClosingFields,
  requestHeaderFields,
  translationsField,
} from "../blocks/request-fields.js";
import { field } from "../field.js";
import { buildJsonSchema, type JsonSchema } from "../json-schema.js";
import { limits } from "../limits.js";
import { parseWith, type ValidationResult, validateWith } from "../validate-core.js";

export type { RequestIssue, RequestIssueCode } from "../issues.js";
export { RequestValidationError, type ValidationResult } from "../validate-core.js";

export const provisionalArrestRequestSchema = z
  .strictObject(
    lazyShape(() => ({
      ...requestHeaderFields("provisional-arrest", { requesting: ["ECE 16(1)"], requested: ["ECE 16(1)"] }),
      form: formField(["ECE 16(3)", "RS 92(2)"]),
      channel: field(channelSchema, {
        description:
          "Diplomatic channel, direct by post or other means affording evidence in writing, or INTERPOL.",
        basis: ["ECE 16(3)", "RS 92(2)", "RS 87(1)(b)"],
      }),
      language: languageField(["ECE 23", "RS 87(2)"]),
      translations: translationsField(["ECE 23", "RS 87(2)"]),
      legalBasis: legalBasisField(["UNTOC 16(9)"], false),
      requestingAuthority: field(authoritySchema, {
        description: "The competent authority requesting the arrest.",
        basis: ["ECE 16(1)", "3AP-ECE 2(1)(b)"],
      }),
      urgency: field(urgencySchema, {
        description: "Why the case is urgent: provisional arrest may be requested only in urgent cases.",
        basis: ["ECE 16(1)", "RS 92(1)", "UNTOC 16(9)"],
      }),
      personSought: field(personSoughtSchema, {
        description:
          "Description of the person sought, sufficient to identify the person, with nationality and probable location.",
        basis: ["ECE 16(2)", "RS 92(2)(a)", "3AP-ECE 2(1)(a)"],
      }),
      offences: field(list(offenceSchema, limits.list, 1), {
        description:
          "The offences for which extradition will be requested, when and where they were committed, and a concise statement of the facts.",
        basis: ["ECE 16(2)", "RS 92(2)(b)", "3AP-ECE 2(1)(d)", "3AP-ECE 2(1)(f)"],
      }),
      decision: field(decisionStatementSchema, {
        description: "Statement that a warrant of arrest, or an enforceable judgment of conviction, exists.",
        basis: ["ECE 16(2)", "ECE 12(2)(a)", "RS 92(2)(c)", "3AP-ECE 2(1)(c)"],
      }),
      extraditionRequestWillFollow: field(z.literal(true), {
        description: "Statement that a request for extradition (or surrender) will follow. Must be true.",
        basis: ["ECE 16(2)", "RS 92(2)(d)"],
      }),
      sentence: field(
        z
          .strictObject({
            imposed: sentenceSchema,
            partEnforced: text().optional().meta({ description: "Part of the sentence already enforced." }),
          })
          .optional()
          .meta({ title: "Sentence imposed" }),
        {
          description:
            "Where the person was convicted: the penalty imposed and whether part has been enforced.",
          basis: ["3AP-ECE 2(1)(d)"],
        },
      ),
      inAbsentia: field(z.boolean().optional(), {
        description: "Where a final judgment is to be enforced: whether it was rendered in absentia.",
        basis: ["3AP-ECE 2(1)(h)"],
      }),
      lapseOfTime: field(longText().optional(), {
        description: "Information on lapse of time (limitation) and its interruption.",
        basis: ["3AP-ECE 2(1)(e)"],
      }),
      consequences: field(longText().optional(), {
        description: "In so far as possible, the consequences of the offence.",
        basis: ["3AP-ECE 2(1)(g)"],
      }),
      stateSpecificRequirements: field(longText().optional(), {
        description:
          "Information a requested State requires by declaration (for example a short statement of the facts).",
        basis: ["ECE 16(2)"],
      }),
      confidentiality: confidentialityField(["RS 87(3)"]),
      ...requestClosingFields([]),
    })),
  )
  .register(z.globalRegistry, {
    title: "Request for provisional arrest",
    description:
      "An urgent request for the provisional arrest of a person sought, pending a request for extradition or surrender. Each field cites the verified provisions of comparable instruments it rests on; the Ljubljana–The Hague Convention's own articles on requests are not yet verified.",
  });

export type ProvisionalArrestRequest = z.infer<typeof provisionalArrestRequestSchema>;

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
