/**
 * The version-1 request schemas, each derived from its version-0 schema: the fields version 1 keeps
 * are version 0's, and the edits below are everything version 1 changes.
 */
import * as z from "zod";
import {
  arrestWarrantDecisionSchema,
  convictionDecisionSchema,
  decisionStatementSchema,
} from "../blocks/decision.js";
import { offenceSchema } from "../blocks/offence.js";
import { isoDate, isoDuration, list, localId, longText, text } from "../blocks/primitives.js";
import { field } from "../field.js";
import type { RefinementParams } from "../issues.js";
import { limits } from "../limits.js";
import { extraditionRequestSchema } from "../request-schemas/extradition.js";
import { mlaRequestSchema } from "../request-schemas/mla.js";
import { provisionalArrestRequestSchema } from "../request-schemas/provisional-arrest.js";
import { transferOfSentencedPersonRequestSchema } from "../request-schemas/transfer-of-sentenced-person.js";
import {
  confidentialityV1Schema,
  identificationMaterialField,
  offenceIdsField,
  personIdField,
  personsField,
  relatedRequestsField,
  requestedAuthorityField,
  requestingAuthorityV1Schema,
  requestingAuthorityWithAddressV1Schema,
  schemaVersionV1,
  signatureField,
  urgencyV1Schema,
  validatingAuthorityField,
} from "./blocks.js";
import { derive, type Edits } from "./derive.js";
import { measureV1Schema } from "./measures.js";
import { checkReferences } from "./references.js";

type AnyObject = z.ZodObject<z.ZodRawShape>;
type Basis = Parameters<typeof field>[1]["basis"];

const metaOf = (schema: z.ZodType) => (z.globalRegistry.get(schema) ?? {}) as Record<string, unknown>;
const basisOf = (schema: AnyObject, key: string): Basis =>
  ((metaOf(schema.shape[key] as z.ZodType).basis as Basis | undefined) ?? []) as Basis;

/** Offences with ids, so that measures and decisions can say which offences they concern. */
export const offenceV1Schema = derive(
  offenceSchema as unknown as AnyObject,
  () => ({
    legalQualification: {
      id: localId().meta({ description: "Identifier of the offence within this request, e.g. 'o1'." }),
      legalQualification: (offenceSchema as unknown as AnyObject).shape.legalQualification as z.ZodType,
    },
    $end: {
      personIds: field(list(localId(), limits.list).optional(), {
        description: "The persons alleged to have committed the offence. Ids of entries of persons[].",
        basis: ["EAW 8(1)(e)", "3AP-ECE 2(1)(f)"],
      }),
    },
  }),
  { title: "Offence" },
);

const offencesV1 = (from: AnyObject, optional: boolean) => {
  const meta = metaOf(from.shape.offences as z.ZodType) as { description: string; basis: Basis };
  const schema = list(offenceV1Schema, limits.list, 1);
  return field(optional ? schema.optional() : schema, {
    description: `${meta.description.replace(/ Basis: [\s\S]*$/u, "")} Each offence has an id.`,
    basis: meta.basis,
  });
};

const inAbsentiaGuaranteeSchema = z
  .discriminatedUnion("type", [
    z.strictObject({
      type: z.literal("summoned-in-person"),
      date: isoDate().optional().meta({ description: "Date on which the person was summoned." }),
    }),
    z.strictObject({
      type: z.literal("informed-by-other-means"),
      date: isoDate().optional(),
      means: longText().meta({
        description: "How the person was officially informed of the date and place of the trial.",
      }),
    }),
    z.strictObject({
      type: z.literal("represented-by-counsel"),
      counsel: text().optional().meta({ description: "The counsel who defended the person at the trial." }),
    }),
    z.strictObject({
      type: z.literal("served-with-right-to-retrial"),
      servedOn: isoDate().meta({ description: "Date on which the decision was served." }),
    }),
    z.strictObject({
      type: z.literal("will-be-served-with-right-to-retrial"),
      timeLimit: isoDuration().meta({
        description: "Time within which the person may ask for a retrial or appeal once served (ISO 8601).",
      }),
    }),
  ])
  .register(z.globalRegistry, { title: "Guarantee for a decision in absentia" });

/** Whether the decision was rendered in absentia and, if so, which guarantees apply. */
export const inAbsentiaV1Schema = z
  .discriminatedUnion("rendered", [
    z.strictObject({ rendered: z.literal(false) }),
    z.strictObject({
      rendered: z.literal(true),
      guarantees: list(inAbsentiaGuaranteeSchema, 5).meta({
        description:
          "The guarantees that apply: summoned in person, informed by other means, represented by counsel, served and told of the right to a retrial (or will be, with the time limit).",
      }),
      details: longText().optional(),
    }),
  ])
  .register(z.globalRegistry, { title: "Decision in absentia" });

const inAbsentiaField = (optional: boolean) =>
  field(optional ? inAbsentiaV1Schema.optional() : inAbsentiaV1Schema, {
    description:
      "Whether the judgment was rendered in absentia and, if it was, the guarantee that applies, not a mere yes or no.",
    basis: ["3AP-ECE 2(1)(h)"],
  });

const decisionOffenceIds = () =>
  offenceIdsField("The offences this decision covers.", ["ECE 12(2)(a)", "EAW 8(1)(c)"], 1);

const arrestWarrantV1Schema = derive(
  arrestWarrantDecisionSchema as unknown as AnyObject,
  () => ({ $end: { offenceIds: decisionOffenceIds() } }),
  { title: "Arrest warrant" },
  { type: z.literal("arrest-warrant") },
);

const convictionV1Schema = derive(
  convictionDecisionSchema as unknown as AnyObject,
  () => ({ inAbsentia: { inAbsentia: inAbsentiaField(false) }, $end: { offenceIds: decisionOffenceIds() } }),
  { title: "Conviction" },
  { type: z.literal("conviction") },
);

export const basisDecisionV1Schema = z
  .discriminatedUnion("type", [arrestWarrantV1Schema, convictionV1Schema] as unknown as [
    AnyObject,
    AnyObject,
  ])
  .register(z.globalRegistry, { title: "Decision on which the request rests" });

const decisionStatementV1Schema = derive(
  decisionStatementSchema as unknown as AnyObject,
  () => ({
    $end: {
      offenceIds: offenceIdsField("The offences this decision covers.", [
        "ECE 16(2)",
        "RS 92(2)(c)",
      ]).optional(),
    },
  }),
  { title: "Statement of the existence of a decision" },
);

const personSoughtV1Schema = z
  .strictObject({
    personId: personIdField("The person sought.", ["ECE 12(2)(c)", "EAW 8(1)(a)", "RS 91(2)(a)"]),
    knownLocation: text().meta({ description: "The person's probable location in the requested State." }),
  })
  .register(z.globalRegistry, { title: "Person sought" });

const personSoughtField = (from: AnyObject) => {
  const meta = metaOf(from.shape.personSought as z.ZodType) as { description: string; basis: Basis };
  return field(personSoughtV1Schema, {
    description: `${meta.description.replace(/ Basis: [\s\S]*$/u, "")} The person is described once in persons[].`,
    basis: meta.basis,
  });
};

const propertyToHandOverSchema = z
  .strictObject({
    description: longText().meta({ description: "The property: what it is and why it is sought." }),
    location: text().optional().meta({ description: "Where the property is, as far as known." }),
    kind: z
      .enum(["evidence", "proceeds-of-the-offence", "both"])
      .optional()
      .meta({ description: "Whether it may serve as evidence, was acquired through the offence, or both." }),
    offenceIds: list(localId(), limits.list).optional().meta({
      description: "The offences the property relates to: ids of entries of offences[].",
    }),
  })
  .register(z.globalRegistry, { title: "Property to be seized and handed over" });

interface CommonBasis {
  requestedAuthority: Basis;
  relatedRequests: Basis;
  urgency: Basis;
  confidentiality: Basis;
  signature: Basis;
}

/** The edits every request type gets in version 1. */
function commonEdits(
  from: AnyObject,
  basis: CommonBasis,
  options: { requestingAuthority: z.ZodType; urgencyRequired?: boolean },
): Edits {
  const meta = (key: string) => metaOf(from.shape[key] as z.ZodType) as { description: string; basis: Basis };
  const own = (key: string) => meta(key).description.replace(/ Basis: [\s\S]*$/u, "");
  const urgencySchema = options.urgencyRequired ? urgencyV1Schema : urgencyV1Schema.optional();
  return {
    schemaVersion: {
      schemaVersion: field(z.literal(schemaVersionV1), {
        description: `Version of the request data model. This is version ${schemaVersionV1}.`,
        basis: [],
      }),
    },
    requestingAuthority: {
      requestingAuthority: field(options.requestingAuthority, {
        description: `${own("requestingAuthority")} Its contact details must give a telephone number or an e-mail address.`,
        basis: [...new Set([...meta("requestingAuthority").basis, "EAW 8(1)(b)"])] as unknown as Basis,
      }),
      requestedAuthority: requestedAuthorityField(basis.requestedAuthority),
      relatedRequests: relatedRequestsField(basis.relatedRequests),
    },
    urgency:
      "urgency" in from.shape
        ? { urgency: field(urgencySchema, { description: own("urgency"), basis: meta("urgency").basis }) }
        : null,
    confidentiality: null,
    signatory: null,
    $end: {
      ...("urgency" in from.shape
        ? {}
        : {
            urgency: field(urgencyV1Schema.optional(), {
              description: "Why the request is urgent, by reason code, and any deadline.",
              basis: basis.urgency,
            }),
          }),
      confidentiality: field(confidentialityV1Schema.optional(), {
        description:
          "Whether the requested State is asked to keep the fact and substance of the request confidential, and why.",
        basis: basis.confidentiality,
      }),
      signature: signatureField(basis.signature),
      // No sourced provision: the EIO form's section on the validating authority ("EIO Annex A
      // section L") and EIO art. 5(1) are listed in data/basis.json's anchors, text not yet verified.
      validatingAuthority: validatingAuthorityField([]),
    },
  };
}

/** Adds the reference rule, then the schema's metadata (a refinement copies a schema without it). */
const withReferences = <S extends AnyObject>(schema: S, meta: Record<string, unknown>): S =>
  (schema.superRefine((request, ctx) => checkReferences(request, ctx)) as z.ZodType).register(
    z.globalRegistry,
    meta,
  ) as unknown as S;

const v0 = {
  mla: mlaRequestSchema as unknown as AnyObject,
  extradition: extraditionRequestSchema as unknown as AnyObject,
  "provisional-arrest": provisionalArrestRequestSchema as unknown as AnyObject,
  "transfer-of-sentenced-person": transferOfSentencedPersonRequestSchema as unknown as AnyObject,
};

const authenticity: Basis = ["UNTOC 18(14)", "ECE 12(2)(a)"];

const factsSummaryBasis = ["UNTOC 18(15)(c)", "UNCAC 46(15)(c)", "ECMA 14(2)", "RS 96(2)(c)"];

const personConcernedRoles = [
  "suspect-or-accused",
  "witness",
  "victim",
  "expert",
  "holder-of-evidence",
  "other",
] as const;

const versioned = (schema: AnyObject) => ({
  ...metaOf(schema),
  description: `${String(metaOf(schema).description)} This is version ${schemaVersionV1} of the data model.`,
});

const mlaFactsSummaryRule = (request: unknown, ctx: z.core.$RefinementCtx<unknown>) => {
  const measures = (request as { measures: { type: string }[] }).measures;
  const onlyService = measures.every((measure) => measure.type === "service-of-documents");
  if (!onlyService && (request as { factsSummary?: string }).factsSummary === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["factsSummary"],
      message:
        "factsSummary is required unless every measure is service of documents (UNTOC art. 18(15)(c); UNCAC art. 46(15)(c))",
      params: {
        rule: "required",
        ruleId: "facts-summary-required",
        basis: factsSummaryBasis,
      } satisfies RefinementParams,
    });
  }
};

export const mlaRequestV1Schema = withReferences(
  derive(v0.mla, () => {
    const common = commonEdits(
      v0.mla,
      {
        requestedAuthority: ["UNTOC 18(13)", "ECMA 15(1)"],
        relatedRequests: ["UNTOC 18(16)"],
        urgency: ["UNTOC 18(24)"],
        confidentiality: ["UNTOC 18(20)", "UNCAC 46(20)", "2AP-ECMA 25", "RS 87(3)"],
        signature: ["UNTOC 18(14)"],
      },
      { requestingAuthority: requestingAuthorityV1Schema },
    );
    return {
      ...common,
      requestingAuthority: {
        ...(common.requestingAuthority as z.ZodRawShape),
        persons: personsField(["UNTOC 18(15)(e)", "UNCAC 46(15)(e)", "ECMA 14(1)(c)", "RS 96(2)(b)"]),
      },
      offences: { offences: offencesV1(v0.mla, true) },
      measures: {
        measures: field(list(measureV1Schema, limits.measures, 1), {
          description:
            "The assistance sought, one entry per measure, each with the details that measure needs; persons and offences by id.",
          basis: ["UNTOC 18(15)(d)", "UNCAC 46(15)(d)", "RS 96(2)(a)", "ECMA 14(1)(b)"],
        }),
      },
      personsConcerned: {
        personsConcerned: field(
          list(
            z
              .strictObject({
                personId: localId().meta({ description: "The id of an entry of persons[]." }),
                role: z.enum(personConcernedRoles),
              })
              .meta({ title: "Person concerned" }),
            limits.list,
          ).optional(),
          {
            description:
              "Where possible, the persons concerned (identity, location and nationality are given in persons[]), with their role.",
            basis: ["UNTOC 18(15)(e)", "UNCAC 46(15)(e)", "ECMA 14(1)(c)", "RS 96(2)(b)"],
          },
        ),
        identificationMaterial: identificationMaterialField(["UNTOC 18(15)(e)", "RS 96(2)(b)"]),
      },
    };
  }).superRefine(mlaFactsSummaryRule),
  versioned(v0.mla),
);

export const extraditionRequestV1Schema = withReferences(
  derive(v0.extradition, () => {
    const common = commonEdits(
      v0.extradition,
      {
        requestedAuthority: ["ECE 12(1)"],
        relatedRequests: ["ECE 13", "ECE 16(2)"],
        urgency: ["RS 91(1)"],
        confidentiality: ["RS 87(3)"],
        signature: authenticity,
      },
      { requestingAuthority: requestingAuthorityWithAddressV1Schema },
    );
    return {
      ...common,
      requestingAuthority: {
        ...(common.requestingAuthority as z.ZodRawShape),
        persons: personsField(["ECE 12(2)(c)", "EAW 8(1)(a)", "RS 91(2)(a)"], 1),
      },
      basisDecision: {
        basisDecisions: field(list(basisDecisionV1Schema, 20, 1), {
          description:
            "The decisions on which the request rests (an arrest warrant and a judgment can both stand behind one request), each naming the offences it covers.",
          basis: basisOf(v0.extradition, "basisDecision"),
        }),
      },
      offences: { offences: offencesV1(v0.extradition, false) },
      personSought: {
        personSought: personSoughtField(v0.extradition),
        identificationMaterial: identificationMaterialField(["ECE 12(2)(c)", "RS 91(2)(a)"]),
      },
      supplementaryInformationTo: null,
      requestedStateRequirements: {
        requestedStateRequirements: v0.extradition.shape.requestedStateRequirements as z.ZodType,
        propertyToHandOver: field(list(propertyToHandOverSchema, limits.list).optional(), {
          description:
            "Property to be seized and handed over with the person: items that may serve as evidence or were acquired as a result of the offence.",
          // No sourced provision: the ECE's and the EAW Framework Decision's articles on handing over
          // property ("ECE 20", "EAW 29") are listed in data/basis.json's anchors, text not yet verified.
          basis: [],
        }),
      },
    };
  }),
  versioned(v0.extradition),
);

export const provisionalArrestRequestV1Schema = withReferences(
  derive(v0["provisional-arrest"], () => {
    const common = commonEdits(
      v0["provisional-arrest"],
      {
        requestedAuthority: ["ECE 16(3)"],
        relatedRequests: ["ECE 16(2)"],
        urgency: ["ECE 16(1)"],
        confidentiality: ["RS 87(3)"],
        signature: ["ECE 16(3)"],
      },
      { requestingAuthority: requestingAuthorityV1Schema, urgencyRequired: true },
    );
    return {
      ...common,
      requestingAuthority: {
        ...(common.requestingAuthority as z.ZodRawShape),
        persons: personsField(["ECE 16(2)", "RS 92(2)(a)", "3AP-ECE 2(1)(a)"], 1),
      },
      personSought: {
        personSought: personSoughtField(v0["provisional-arrest"]),
        identificationMaterial: identificationMaterialField(["ECE 16(2)", "RS 92(2)(a)"]),
      },
      offences: { offences: offencesV1(v0["provisional-arrest"], false) },
      decision: {
        decision: field(decisionStatementV1Schema, {
          description:
            "Statement that a warrant of arrest, or an enforceable judgment of conviction, exists.",
          basis: basisOf(v0["provisional-arrest"], "decision"),
        }),
      },
      inAbsentia: { inAbsentia: inAbsentiaField(true) },
    };
  }),
  versioned(v0["provisional-arrest"]),
);

const tspSentencingDocumentsRule = (request: unknown, ctx: z.core.$RefinementCtx<unknown>) => {
  const r = request as { requestingStateRole?: string; sentencingStateDocuments?: unknown };
  if (r.requestingStateRole === "sentencing-state" && r.sentencingStateDocuments === undefined) {
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
};

/** The sentenced person stays described in the request itself: it is the only person the request names. */
export const transferOfSentencedPersonRequestV1Schema = withReferences(
  derive(v0["transfer-of-sentenced-person"], () =>
    commonEdits(
      v0["transfer-of-sentenced-person"],
      {
        requestedAuthority: ["TSP 5(2)"],
        relatedRequests: ["TSP 5(1)"],
        urgency: [],
        confidentiality: [],
        signature: ["TSP 5(1)"],
      },
      { requestingAuthority: requestingAuthorityV1Schema },
    ),
  ).superRefine(tspSentencingDocumentsRule),
  versioned(v0["transfer-of-sentenced-person"]),
);
