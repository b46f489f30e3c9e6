/**
 * The "mla" request: its zod schema and TypeScript type, and the entry point "@lhc/requests/mla" for
 * applications that validate only this kind of request and should not bundle the others.
 */
import * as z from "zod";
import { authoritySchema } from "../blocks/authority.js";
import { lazyShape } from "../blocks/lazy-shape.js";
import { assistanceSoughtBasis, measureSchema, particularProcedureField } from "../blocks/measures.js";
import { offenceSchema } from "../blocks/offence.js";
import { personSchema } from "../blocks/person.js";
import { list, longText, narrativeText } from "../blocks/primitives.js";
import { channelSchema, proceedingSchema, urgencySchema } from "../blocks/procedure.js";
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
import type { RefinementParams } from "../issues.js";
import { buildJsonSchema, type JsonSchema } from "../json-schema.js";
import { limits } from "../limits.js";
import { parseWith, type ValidationResult, validateWith } from "../validate-core.js";

export type { RequestIssue, RequestIssueCode } from "../issues.js";
export { RequestValidationError, type ValidationResult } from "../validate-core.js";

const personConcernedRoles = [
  "suspect-or-accused",
  "witness",
  "victim",
  "expert",
  "holder-of-evidence",
  "other",
] as const;

const factsSummaryBasis = ["UNTOC 18(15)(c)", "UNCAC 46(15)(c)", "ECMA 14(2)", "RS 96(2)(c)"] as const;

/**
 * JSON Schema form of the one rule zod expresses as a refinement: a summary of the facts is required
 * unless every measure is service of documents (UNTOC art. 18(15)(c)).
 */
const factsSummaryRequiredUnlessOnlyService = {
  if: {
    properties: {
      measures: {
        type: "array",
        items: {
          type: "object",
          properties: { type: { type: "string", const: "service-of-documents" } },
          required: ["type"],
        },
      },
    },
    required: ["measures"],
  },
  else: { required: ["factsSummary"] },
};

export const mlaRequestSchema = z
  .strictObject(
    lazyShape(() => ({
      ...requestHeaderFields("mla", {
        requesting: ["UNTOC 18(15)(a)", "UNCAC 46(15)(a)"],
        requested: ["UNTOC 18(13)", "UNTOC 18(14)"],
      }),
      form: formField(["UNTOC 18(14)", "UNCAC 46(14)", "RS 96(1)", "ECMA 15(1)"]),
      channel: field(channelSchema, {
        description:
          "Channel of transmission: central authority, or the diplomatic channel or INTERPOL where the requested State accepts it; direct between judicial authorities where a treaty allows.",
        basis: ["UNTOC 18(13)", "ECMA 15(1)", "ECMA 15(7)", "RS 87(1)(a)", "RS 87(1)(b)"],
      }),
      language: languageField(["UNTOC 18(14)", "UNCAC 46(14)", "ECMA 16(2)", "RS 87(2)"]),
      translations: translationsField(["UNTOC 18(14)", "ECMA 16(2)", "RS 87(2)"]),
      legalBasis: legalBasisField(["RS 96(2)(a)"], true),
      requestingAuthority: field(authoritySchema, {
        description: "The authority making the request.",
        basis: ["UNTOC 18(15)(a)", "UNCAC 46(15)(a)", "ECMA 14(1)(a)"],
      }),
      proceeding: field(proceedingSchema, {
        description:
          "Subject matter and nature of the investigation, prosecution or judicial proceeding, and the name and functions of the authority conducting it.",
        basis: ["UNTOC 18(15)(b)", "UNCAC 46(15)(b)"],
      }),
      factsSummary: field(narrativeText().optional(), {
        description: "Summary of the relevant facts. Required unless every measure is service of documents.",
        basis: [...factsSummaryBasis],
      }),
      offences: field(list(offenceSchema, limits.list, 1).optional(), {
        description: "The offences concerned; letters rogatory for evidence must state the offence.",
        basis: ["ECMA 14(2)"],
      }),
      measures: field(list(measureSchema, limits.measures, 1), {
        description:
          "The assistance sought, one entry per measure, each with the details that measure needs.",
        basis: [...assistanceSoughtBasis],
      }),
      purpose: field(longText(), {
        description: "The purpose for which the evidence, information or action is sought, and the grounds.",
        basis: ["UNTOC 18(15)(f)", "UNCAC 46(15)(f)", "ECMA 14(1)(b)", "RS 96(2)(a)"],
      }),
      procedure: particularProcedureField(
        "Particular procedure to be followed for the request as a whole, and the reasons for it.",
      ),
      personsConcerned: field(
        list(
          z
            .strictObject({
              role: z.enum(personConcernedRoles),
              person: personSchema,
            })
            .meta({ title: "Person concerned" }),
          limits.list,
        ).optional(),
        {
          description: "Where possible, the identity, location and nationality of any person concerned.",
          basis: ["UNTOC 18(15)(e)", "UNCAC 46(15)(e)", "ECMA 14(1)(c)", "RS 96(2)(b)"],
        },
      ),
      requestedStateRequirements: requestedStateRequirementsField(["RS 96(2)(e)", "UNTOC 18(16)"]),
      urgency: field(urgencySchema.optional(), {
        description: "Deadline suggested for execution, with the reasons for it.",
        basis: ["UNTOC 18(24)", "UNCAC 46(24)"],
      }),
      confidentiality: confidentialityField(["UNTOC 18(20)", "UNCAC 46(20)", "2AP-ECMA 25", "RS 87(3)"]),
      protectiveMeasures: field(longText().optional(), {
        description:
          "Measures needed to protect victims, witnesses and their families, and how information must be handled.",
        basis: ["RS 87(4)"],
      }),
      ...requestClosingFields(["RS 96(2)(f)"]),
    })),
  )
  .superRefine((request, ctx) => {
    const onlyService = request.measures.every((measure) => measure.type === "service-of-documents");
    if (!onlyService && request.factsSummary === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["factsSummary"],
        message:
          "factsSummary is required unless every measure is service of documents (UNTOC art. 18(15)(c); UNCAC art. 46(15)(c))",
        params: {
          rule: "required",
          ruleId: "facts-summary-required",
          basis: [...factsSummaryBasis],
        } satisfies RefinementParams,
      });
    }
  })
  .register(z.globalRegistry, {
    title: "Request for mutual legal assistance",
    description:
      "A request for mutual legal assistance in the investigation or prosecution of genocide, crimes against humanity, war crimes or other international crimes. Each field cites the verified provisions of comparable instruments it rests on; the Ljubljana–The Hague Convention's own articles on requests are not yet verified.",
    ...factsSummaryRequiredUnlessOnlyService,
  });

export type MlaRequest = z.infer<typeof mlaRequestSchema>;

export const requestType = "mla" as const;

/** Validates a mla request; never throws. */
export function validateMlaRequest(input: unknown): ValidationResult<MlaRequest> {
  return validateWith(mlaRequestSchema, input);
}

/** Like validateMlaRequest, but returns the request or throws RequestValidationError. */
export function parseMlaRequest(input: unknown): MlaRequest {
  return parseWith(mlaRequestSchema, input);
}

/** The JSON Schema (draft 2020-12) of this request type, generated from the zod schema. */
export function mlaJsonSchema(): JsonSchema {
  return buildJsonSchema(requestType, mlaRequestSchema);
}
