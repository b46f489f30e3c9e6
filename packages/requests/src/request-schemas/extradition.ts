/**
 * The "extradition" request: its zod schema and TypeScript type, and the entry point "@lhc/requests/extradition" for
 * applications that validate only this kind of request and should not bundle the others.
 */
import * as z from "zod";
import { attachmentSchema } from "../blocks/attachment.js";
import { authorityWithContactSchema } from "../blocks/authority.js";
import { basisDecisionSchema } from "../blocks/decision.js";
import { lazyShape } from "../blocks/lazy-shape.js";
import { offenceSchema } from "../blocks/offence.js";
import { personSoughtSchema } from "../blocks/person-sought.js";
import { list, longText, narrativeText, text } from "../blocks/primitives.js";
import { channelSchema, urgencySchema } from "../blocks/procedure.js";
import {
  confidentialityField,
  formField,
  languageField,
  legalBasisField,
  requestClosingFields,
  requestedStateRequirementsField,
  requestHeaderFields,
  translationsField,
} from "../blocks/request-fields.js";
import { field } from "../field.js";
import { buildJsonSchema, type JsonSchema } from "../json-schema.js";
import { limits } from "../limits.js";
import { parseWith, type ValidationResult, validateWith } from "../validate-core.js";

export type { RequestIssue, RequestIssueCode } from "../issues.js";
export { RequestValidationError, type ValidationResult } from "../validate-core.js";

export const applicableLawSchema = z
  .discriminatedUnion("form", [
    // Each option gives its discriminator at once, for the union; the rest is built on first use.
    z
      .strictObject(
        lazyShape(
          () => ({
            enactments: list(attachmentSchema, 50, 1).meta({
              description: "Copies of the relevant enactments.",
            }),
          }),
          { form: z.literal("copy-of-enactments") },
        ),
      )
      .register(z.globalRegistry, { title: "Copy of the relevant enactments" }),
    z
      .strictObject(
        lazyShape(
          () => ({
            statement: narrativeText().meta({
              description:
                "Statement of the relevant law, used where copies of the enactments cannot be given.",
            }),
          }),
          { form: z.literal("statement-of-law") },
        ),
      )
      .register(z.globalRegistry, { title: "Statement of the relevant law" }),
  ])
  .register(z.globalRegistry, { title: "Applicable law" });

export const extraditionRequestSchema = z
  .strictObject(
    lazyShape(() => ({
      ...requestHeaderFields("extradition", { requesting: ["ECE 12(1)"], requested: ["ECE 12(1)"] }),
      form: formField(["ECE 12(1)", "RS 91(1)"]),
      channel: field(channelSchema, {
        description:
          "Ministry of Justice to Ministry of Justice; the diplomatic channel is not excluded; other means by agreement.",
        basis: ["ECE 12(1)", "RS 87(1)(a)"],
      }),
      language: languageField(["ECE 23", "EAW 8(2)", "RS 87(2)"]),
      translations: translationsField(["ECE 23", "EAW 8(2)", "RS 87(2)"]),
      legalBasis: legalBasisField(["UNTOC 16(4)"], false),
      requestingAuthority: field(authorityWithContactSchema, {
        description: "The requesting or issuing authority, with its address, telephone, fax and e-mail.",
        basis: ["EAW 8(1)(b)", "3AP-ECE 2(1)(b)"],
      }),
      basisDecision: field(basisDecisionSchema, {
        description:
          "The arrest warrant (with the penalty scale) or the enforceable conviction (with the sentence, time served and remaining) on which the request rests.",
        basis: [
          "ECE 12(2)(a)",
          "EAW 8(1)(c)",
          "EAW 8(1)(f)",
          "RS 91(2)(b)",
          "RS 91(3)(a)",
          "RS 91(3)(b)",
          "RS 91(3)(c)",
          "RS 91(3)(d)",
        ],
      }),
      offences: field(list(offenceSchema, limits.list, 1), {
        description:
          "Statement of the offences: time and place of commission, legal description, relevant legal provisions, circumstances and degree of participation.",
        basis: ["ECE 12(2)(b)", "EAW 8(1)(d)", "EAW 8(1)(e)", "3AP-ECE 2(1)(d)", "3AP-ECE 2(1)(f)"],
      }),
      applicableLaw: field(applicableLawSchema, {
        description:
          "Copy of the relevant enactments or, where this is not possible, a statement of the relevant law.",
        basis: ["ECE 12(2)(c)"],
      }),
      personSought: field(personSoughtSchema, {
        description:
          "As accurate a description as possible of the person sought, with information establishing identity and nationality, and the person's probable location.",
        basis: ["ECE 12(2)(c)", "EAW 8(1)(a)", "RS 91(2)(a)", "3AP-ECE 2(1)(a)"],
      }),
      consequences: field(longText().optional(), {
        description: "If possible, other consequences of the offence.",
        basis: ["EAW 8(1)(g)", "3AP-ECE 2(1)(g)"],
      }),
      lapseOfTime: field(longText().optional(), {
        description: "Information on lapse of time (limitation) and its interruption.",
        basis: ["3AP-ECE 2(1)(e)"],
      }),
      requestedStateRequirements: requestedStateRequirementsField(["RS 91(2)(c)"]),
      supplementaryInformationTo: field(text().optional(), {
        description:
          "Reference of the earlier request this one supplements, when it answers a request for supplementary information.",
        basis: ["ECE 13"],
      }),
      urgency: field(urgencySchema.optional(), {
        description: "Why the request is urgent, and any deadline.",
        basis: ["RS 91(1)"],
      }),
      confidentiality: confidentialityField(["RS 87(3)"]),
      ...requestClosingFields([]),
    })),
  )
  .register(z.globalRegistry, {
    title: "Request for extradition",
    description:
      "A request for the extradition (or surrender) of a person sought for prosecution or for the enforcement of a sentence. Each field cites the verified provisions of comparable instruments it rests on; the Ljubljana–The Hague Convention's own articles on requests are not yet verified.",
  });

export type ExtraditionRequest = z.infer<typeof extraditionRequestSchema>;

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
