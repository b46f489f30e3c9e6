/**
 * The "transfer-of-sentenced-person" request: its zod schema and TypeScript type, and the entry point "@lhc/requests/transfer-of-sentenced-person" for
 * applications that validate only this kind of request and should not bundle the others.
 */
import * as z from "zod";
import { attachmentSchema } from "../blocks/attachment.js";
import { addressSchema, authoritySchema } from "../blocks/authority.js";
import { sentenceSchema } from "../blocks/decision.js";
import { lazyShape } from "../blocks/lazy-shape.js";
import { personFields, placeSchema } from "../blocks/person.js";
import { isoDate, list, longText, narrativeText, shortText, text } from "../blocks/primitives.js";
import { channelSchema } from "../blocks/procedure.js";
import {
  formField,
  languageField,
  legalBasisField,
  requestClosingFields,
  requestHeaderFields,
  translationsField,
} from "../blocks/request-fields.js";
import { field } from "../field.js";
import type { RefinementParams } from "../issues.js";
import { buildJsonSchema, type JsonSchema } from "../json-schema.js";
import { parseWith, type ValidationResult, validateWith } from "../validate-core.js";

export type { RequestIssue, RequestIssueCode } from "../issues.js";
export { RequestValidationError, type ValidationResult } from "../validate-core.js";

export const sentencedPersonSchema = z
  .strictObject(
    lazyShape(() => ({
      ...personFields(),
      dateOfBirth: isoDate(),
      placeOfBirth: placeSchema,
      addressInAdministeringState: addressSchema
        .optional()
        .meta({ description: "The person's address in the administering State, if any." }),
    })),
  )
  .register(z.globalRegistry, { title: "Sentenced person" });

const consentDeclarationSchema = z
  .strictObject(
    lazyShape(() => ({
      givenBy: z.enum(["sentenced-person", "legal-representative"]),
      date: isoDate(),
      declaration: attachmentSchema.meta({ description: "The signed declaration of consent." }),
    })),
  )
  .register(z.globalRegistry, { title: "Declaration of consent" });

/** The documents the sentencing State provides when a transfer is requested (TSP art. 6(2)). */
export const sentencingStateDocumentsSchema = z
  .strictObject(
    lazyShape(() => ({
      judgment: field(attachmentSchema, {
        description: "Certified copy of the judgment.",
        basis: ["TSP 6(2)(a)"],
      }),
      lawOnWhichJudgmentIsBased: field(attachmentSchema, {
        description: "The law on which the judgment is based.",
        basis: ["TSP 6(2)(a)"],
      }),
      sentenceServed: field(
        z
          .strictObject({
            statement: longText().meta({ description: "How much of the sentence has already been served." }),
            preTrialDetention: text().optional(),
            remission: text().optional(),
            otherEnforcementFactors: longText().optional(),
          })
          .meta({ title: "Statement of sentence served" }),
        {
          description:
            "How much of the sentence has been served, including pre-trial detention, remission and other factors relevant to enforcement.",
          basis: ["TSP 6(2)(b)"],
        },
      ),
      consent: field(consentDeclarationSchema, {
        description: "Declaration containing the consent to the transfer.",
        basis: ["TSP 6(2)(c)", "TSP 3(1)(d)"],
      }),
      medicalOrSocialReports: field(list(attachmentSchema, 50).optional(), {
        description:
          "Whenever appropriate, medical or social reports, information about treatment and recommendations for further treatment.",
        basis: ["TSP 6(2)(d)"],
      }),
    })),
  )
  .register(z.globalRegistry, { title: "Documents from the sentencing State" });

/** What the administering State furnishes if the sentencing State asks (TSP art. 6(1)). */
export const administeringStateDocumentsSchema = z
  .strictObject(
    lazyShape(() => ({
      nationalityEvidence: field(attachmentSchema.optional(), {
        description:
          "Document or statement indicating that the sentenced person is a national of the administering State.",
        basis: ["TSP 6(1)(a)"],
      }),
      dualCriminalityLaw: field(attachmentSchema.optional(), {
        description:
          "Copy of the administering State's law under which the acts are also a criminal offence there.",
        basis: ["TSP 6(1)(b)"],
      }),
      enforcementProcedure: field(z.enum(["continued-enforcement", "conversion"]).optional(), {
        description: "Whether the administering State will continue enforcement or convert the sentence.",
        basis: ["TSP 6(1)(c)", "TSP 9(1)"],
      }),
    })),
  )
  .register(z.globalRegistry, { title: "Documents from the administering State" });

/**
 * JSON Schema form of the rule zod checks as a refinement: unless the administering State makes the
 * request, the sentencing State's documents are required. The rule is this model's choice: TSP art.
 * 6(2) applies whichever State requests, and art. 6(3) lets the documents be asked for first.
 */
const sentencingStateDocumentsRequired = {
  if: {
    properties: { requestingStateRole: { type: "string", const: "administering-state" } },
    required: ["requestingStateRole"],
  },
  else: { required: ["sentencingStateDocuments"] },
};

export const transferOfSentencedPersonRequestSchema = z
  .strictObject(
    lazyShape(() => ({
      ...requestHeaderFields("transfer-of-sentenced-person", {
        requesting: ["TSP 2(3)"],
        requested: ["TSP 5(2)"],
      }),
      requestingStateRole: field(z.enum(["sentencing-state", "administering-state"]), {
        description: "Whether the requesting State is the sentencing State or the administering State.",
        basis: ["TSP 2(3)"],
      }),
      form: formField(["TSP 5(1)"]),
      channel: field(channelSchema, {
        description: "Ministry of Justice to Ministry of Justice, or another channel a State has declared.",
        basis: ["TSP 5(2)"],
      }),
      language: languageField(["TSP 17(3)"]),
      translations: translationsField(["TSP 17(3)"]),
      legalBasis: legalBasisField([], false),
      requestingAuthority: field(authoritySchema, {
        description: "The authority (usually the Ministry of Justice) making the request.",
        basis: ["TSP 5(2)"],
      }),
      sentencedPerson: field(sentencedPersonSchema, {
        description:
          "Name, date and place of birth of the sentenced person, and address in the administering State if any.",
        basis: ["TSP 4(3)(a)", "TSP 4(3)(b)"],
      }),
      factsSummary: field(narrativeText(), {
        description: "Statement of the facts upon which the sentence was based.",
        basis: ["TSP 4(3)(c)"],
      }),
      judgment: field(
        z
          .strictObject({
            court: text(),
            date: isoDate(),
            reference: shortText(),
            final: z.literal(true).meta({ description: "The judgment must be final. Must be true." }),
          })
          .meta({ title: "Judgment" }),
        {
          description: "The final judgment that imposed the sentence.",
          basis: ["TSP 3(1)(b)", "TSP 6(2)(a)"],
        },
      ),
      sentence: field(
        sentenceSchema.extend({
          startDate: isoDate().meta({ description: "Date of commencement of the sentence." }),
        }),
        {
          description: "Nature, duration and date of commencement of the sentence.",
          basis: ["TSP 4(3)(d)"],
        },
      ),
      sentencingStateDocuments: field(sentencingStateDocumentsSchema.optional(), {
        description:
          "Documents the sentencing State provides when a transfer is requested. Required here when requestingStateRole is sentencing-state: This data model's choice, not a rule of the instruments cited: TSP art. 6(2) has the sentencing State provide these documents whichever State requests the transfer, and art. 6(3) lets either State ask for them before a request.",
        basis: ["TSP 6(2)", "TSP 6(2)(a)", "TSP 6(2)(b)", "TSP 6(2)(c)", "TSP 6(2)(d)", "TSP 6(3)"],
      }),
      administeringStateDocuments: field(administeringStateDocumentsSchema.optional(), {
        description: "Documents the administering State furnishes on request.",
        basis: ["TSP 6(1)(a)", "TSP 6(1)(b)", "TSP 6(1)(c)"],
      }),
      ...requestClosingFields([]),
    })),
  )
  .superRefine((request, ctx) => {
    if (
      request.requestingStateRole === "sentencing-state" &&
      request.sentencingStateDocuments === undefined
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["sentencingStateDocuments"],
        message:
          "sentencingStateDocuments is required when the sentencing State requests the transfer: this data model asks for them then, although TSP art. 6(2) applies whichever State requests and art. 6(3) lets them be asked for first",
        params: {
          rule: "required",
          ruleId: "sentencing-state-documents-required",
          basis: ["TSP 6(2)", "TSP 6(3)"],
        } satisfies RefinementParams,
      });
    }
  })
  .register(z.globalRegistry, {
    title: "Request for transfer of a sentenced person",
    description:
      "A request by the sentencing or the administering State to transfer a sentenced person so that the sentence is served in the administering State. Each field cites the verified provisions of comparable instruments it rests on; the Ljubljana–The Hague Convention's own articles on requests are not yet verified.",
    ...sentencingStateDocumentsRequired,
  });

export type TransferOfSentencedPersonRequest = z.infer<typeof transferOfSentencedPersonRequestSchema>;

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
