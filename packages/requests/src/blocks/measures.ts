import * as z from "zod";
import { field, ownField } from "../field.js";
import { limits } from "../limits.js";
import { attachmentSchema } from "./attachment.js";
import { addressSchema, authoritySchema } from "./authority.js";
import { lazyShape, shared } from "./lazy-shape.js";
import { personSchema, placeSchema } from "./person.js";
import { currencyCode, isoDate, list, localId, longText, narrativeText, text } from "./primitives.js";
import { procedureRequestSchema } from "./procedure.js";

/** The provisions on describing the assistance sought, for a request and for each of its measures. */
export const assistanceSoughtBasis = [
  "UNTOC 18(15)(d)",
  "UNCAC 46(15)(d)",
  "RS 96(2)(a)",
  "ECMA 14(1)(b)",
] as const;

/** A particular procedure the requesting State asks for (UNTOC art. 18(15)(d), (17); RS art. 96(2)(d)). */
export const particularProcedureField = (description: string) =>
  field(procedureRequestSchema.optional(), {
    description,
    basis: ["UNTOC 18(15)(d)", "UNTOC 18(17)", "RS 96(2)(d)", "2AP-ECMA 8"],
  });

/** Fields every measure has: what is sought and how. Built once, when the first measure's fields are. */
const measureBase = shared(() => ({
  id: localId().optional().meta({ description: "Identifier of the measure within this request, e.g. 'm1'." }),
  description: field(longText(), {
    description: "Description of the assistance sought by this measure.",
    basis: [...assistanceSoughtBasis],
  }),
  procedure: particularProcedureField(
    "Particular procedure the requesting State wishes to be followed for this measure, and why.",
  ),
}));

const capacities = ["witness", "expert", "victim", "suspect-or-accused", "other"] as const;

const personHeardSchema = z
  .strictObject(
    lazyShape(() => ({
      person: personSchema,
      capacity: z
        .enum(capacities)
        .register(z.globalRegistry, { description: "Capacity in which the person is to be heard." }),
    })),
  )
  .register(z.globalRegistry, { title: "Person to be heard" });

/** The type of each measure schema, so that listing the types does not build the measures' fields. */
const measureTypeOf = new WeakMap<z.ZodType, string>();

const measure = <const T extends string, S extends z.ZodRawShape>(
  type: T,
  title: string,
  basis: Parameters<typeof field>[1]["basis"],
  description: string,
  shape: () => S,
) => {
  const schema = ownField(
    z.strictObject(lazyShape(() => ({ ...measureBase(), ...shape() }), { type: z.literal(type) })),
    {
      title,
      description,
      basis,
    },
  );
  measureTypeOf.set(schema, type);
  return schema;
};

export const takingEvidenceSchema = measure(
  "taking-evidence",
  "Taking evidence or statements",
  ["UNTOC 18(3)(a)", "RS 93(1)(b)", "ECMA 3(2)"],
  "Taking evidence or statements from persons, including testimony under oath.",
  () => ({
    persons: field(list(personHeardSchema, limits.list, 1), {
      description: "Persons from whom evidence or statements are to be taken, with their capacity.",
      basis: ["UNTOC 18(15)(e)", "RS 96(2)(b)", "ECMA 14(1)(c)"],
    }),
    subjects: field(narrativeText(), {
      description: "Subjects on which the persons are to be heard, or the questions to be put.",
      basis: ["UNTOC 18(15)(d)", "RS 96(2)(a)"],
    }),
    onOath: field(z.boolean().optional(), {
      description: "True if evidence is to be given on oath; this must be requested expressly.",
      basis: ["ECMA 3(2)", "RS 93(1)(b)"],
    }),
  }),
);

export const videoConferenceHearingSchema = measure(
  "video-conference-hearing",
  "Hearing by video conference",
  ["2AP-ECMA 9(1)", "2AP-ECMA 9(3)", "UNTOC 18(18)"],
  "Hearing of a witness or expert by video conference.",
  () => ({
    person: field(personSchema, {
      description: "The witness or expert to be heard.",
      basis: ["2AP-ECMA 9(1)", "UNTOC 18(18)"],
    }),
    capacity: field(z.enum(["witness", "expert"]), {
      description: "Whether the person is heard as a witness or as an expert.",
      basis: ["2AP-ECMA 9(1)", "UNTOC 18(18)"],
    }),
    reasonPersonalAppearanceNotPossible: field(longText(), {
      description: "Why it is not desirable or possible for the person to attend in person.",
      basis: ["2AP-ECMA 9(3)", "UNTOC 18(18)"],
    }),
    conductingJudicialAuthority: field(authoritySchema, {
      description: "The judicial authority that will conduct the hearing.",
      basis: ["2AP-ECMA 9(3)", "UNTOC 18(18)"],
    }),
    personsConductingHearing: field(
      list(
        z
          .strictObject(
            lazyShape(() => ({
              name: text(),
              function: text().meta({ description: "e.g. 'investigating judge', 'prosecutor'." }),
            })),
          )
          .register(z.globalRegistry, { title: "Person conducting the hearing" }),
        20,
        1,
      ),
      {
        description: "Names and functions of the persons who will conduct the hearing.",
        basis: ["2AP-ECMA 9(3)"],
      },
    ),
    proposedDate: field(isoDate().optional(), {
      description: "Proposed date of the hearing.",
      basis: ["UNTOC 18(24)"],
    }),
  }),
);

export const questioningOfSuspectSchema = measure(
  "questioning-of-suspect",
  "Questioning of a person investigated or prosecuted",
  ["RS 93(1)(c)"],
  "Questioning of a person being investigated or prosecuted.",
  () => ({
    person: field(personSchema, {
      description: "The person to be questioned.",
      basis: ["RS 93(1)(c)", "UNTOC 18(15)(e)"],
    }),
    subjects: field(narrativeText(), {
      description: "Subjects of the questioning or the questions to be put.",
      basis: ["UNTOC 18(15)(d)", "RS 96(2)(a)"],
    }),
  }),
);

export const serviceOfDocumentsSchema = measure(
  "service-of-documents",
  "Service of documents",
  ["UNTOC 18(3)(b)", "RS 93(1)(d)"],
  "Service of judicial and other documents. A summary of the facts is not required when every measure in the request is service of documents (UNTOC art. 18(15)(c)).",
  () => ({
    addressee: field(
      z
        .strictObject(
          lazyShape(() => ({
            name: text().meta({ description: "Name of the person or body to be served." }),
            address: addressSchema,
          })),
        )
        .register(z.globalRegistry, { title: "Addressee" }),
      {
        description: "Name and address of the person to be served.",
        basis: ["ECMA 14(1)(d)"],
      },
    ),
    documents: field(list(attachmentSchema, limits.attachments, 1), {
      description: "The documents to be served.",
      basis: ["UNTOC 18(3)(b)", "RS 93(1)(d)"],
    }),
    proofOfServiceRequested: field(z.boolean().optional(), {
      description: "True if proof of service is to be returned.",
      basis: ["UNTOC 18(15)(d)"],
    }),
  }),
);

export const searchAndSeizureSchema = measure(
  "search-and-seizure",
  "Search and seizure",
  ["UNTOC 18(3)(c)", "RS 93(1)(h)"],
  "Executing searches and seizures.",
  () => ({
    premises: field(
      list(
        z
          .strictObject(
            lazyShape(() => ({
              description: text().meta({
                description: "What the place is, e.g. 'residence', 'office', 'vehicle'.",
              }),
              address: addressSchema.optional(),
              occupant: text().optional().meta({ description: "Who occupies or controls the place." }),
            })),
          )
          .register(z.globalRegistry, { title: "Premises" }),
        limits.list,
        1,
      ),
      {
        description: "Places to be searched, as precisely as possible.",
        basis: ["RS 96(2)(b)"],
      },
    ),
    itemsSought: field(longText(), {
      description: "Items, data or documents to be searched for and seized.",
      basis: ["UNTOC 18(3)(c)", "RS 93(1)(h)"],
    }),
    grounds: field(longText(), {
      description: "Grounds for believing that the items are at the premises.",
      basis: ["RS 96(2)(a)"],
    }),
  }),
);

const assetSchema = z
  .strictObject(
    lazyShape(() => ({
      description: text().meta({ description: "The asset, e.g. 'bank account', 'apartment', 'vehicle'." }),
      identifier: text()
        .optional()
        .meta({ description: "Account number, land-register entry, registration." }),
      holder: text().optional().meta({ description: "Holder, owner or institution holding the asset." }),
      location: placeSchema.optional(),
      estimatedValue: z
        .strictObject({
          amount: z.number().min(0).max(1e15),
          currency: currencyCode(),
        })
        .optional(),
    })),
  )
  .register(z.globalRegistry, { title: "Asset" });

export const freezingOrSeizureOfAssetsSchema = measure(
  "freezing-or-seizure-of-assets",
  "Freezing or seizure of assets",
  ["UNTOC 18(3)(c)", "UNCAC 46(3)(j)", "RS 93(1)(k)"],
  "Freezing or seizure of proceeds, property, assets and instrumentalities of crime.",
  () => ({
    action: field(z.enum(["freezing", "seizure"]), {
      description: "Whether the assets are to be frozen or seized.",
      basis: ["UNTOC 18(3)(c)", "RS 93(1)(k)"],
    }),
    assets: field(list(assetSchema, limits.list, 1), {
      description: "The assets concerned, as precisely as possible.",
      basis: ["RS 96(2)(b)", "RS 93(1)(k)"],
    }),
    linkToOffence: field(longText(), {
      description: "Why the assets are proceeds, property or instrumentalities of the offence.",
      basis: ["RS 96(2)(a)", "RS 93(1)(k)"],
    }),
  }),
);

export const examinationOfObjectsAndSitesSchema = measure(
  "examination-of-objects-and-sites",
  "Examination of objects and sites",
  ["UNTOC 18(3)(d)", "RS 93(1)(g)"],
  "Examining objects and sites, including the exhumation and examination of grave sites.",
  () => ({
    objectsOrSites: field(
      list(
        z
          .strictObject(
            lazyShape(() => ({
              description: text(),
              location: placeSchema,
            })),
          )
          .register(z.globalRegistry, { title: "Object or site" }),
        limits.list,
        1,
      ),
      {
        description: "Objects or sites to be examined and where they are.",
        basis: ["RS 96(2)(b)", "UNTOC 18(3)(d)"],
      },
    ),
    exhumation: field(z.boolean().optional(), {
      description: "True if the examination includes exhumation of a grave site.",
      basis: ["RS 93(1)(g)"],
    }),
  }),
);

export const informationAndExpertEvaluationsSchema = measure(
  "information-and-expert-evaluations",
  "Information, evidentiary items and expert evaluations",
  ["UNTOC 18(3)(e)", "RS 93(1)(b)"],
  "Providing information, evidentiary items and expert evaluations.",
  () => ({
    informationSought: field(longText(), {
      description: "The information, evidentiary items or expert evaluation sought.",
      basis: ["UNTOC 18(3)(e)"],
    }),
  }),
);

export const recordsAndDocumentsSchema = measure(
  "records-and-documents",
  "Records and documents",
  ["UNTOC 18(3)(f)", "RS 93(1)(i)", "ECMA 3(3)"],
  "Providing originals or certified copies of documents and records, including government, bank, financial, corporate or business records.",
  () => ({
    records: field(
      list(
        z
          .strictObject(
            lazyShape(() => ({
              description: text(),
              holder: text().optional().meta({ description: "Institution or person holding the records." }),
              period: z
                .strictObject({ start: isoDate(), end: isoDate().optional() })
                .optional()
                .meta({ description: "Period the records cover." }),
            })),
          )
          .register(z.globalRegistry, { title: "Record" }),
        limits.list,
        1,
      ),
      {
        description: "The records or documents sought and who holds them.",
        basis: ["UNTOC 18(3)(f)", "RS 96(2)(b)"],
      },
    ),
    form: field(z.enum(["certified-copies", "originals"]), {
      description: "Whether certified copies suffice or originals are expressly requested.",
      basis: ["ECMA 3(3)", "UNTOC 18(3)(f)"],
    }),
  }),
);

export const identifyingOrTracingProceedsSchema = measure(
  "identifying-or-tracing-proceeds",
  "Identifying or tracing proceeds",
  ["UNTOC 18(3)(g)", "UNCAC 46(3)(j)", "RS 93(1)(k)"],
  "Identifying or tracing proceeds of crime, property, instrumentalities or other things for evidentiary purposes.",
  () => ({
    propertySought: field(longText(), {
      description: "The proceeds, property or instrumentalities to be identified or traced.",
      basis: ["UNTOC 18(3)(g)"],
    }),
    personsOrEntities: field(list(text(), limits.list).optional(), {
      description: "Persons or entities believed to hold or control the property.",
      basis: ["RS 96(2)(b)"],
    }),
  }),
);

export const locatingPersonsOrItemsSchema = measure(
  "locating-persons-or-items",
  "Identification and whereabouts of persons, location of items",
  ["RS 93(1)(a)"],
  "The identification and whereabouts of persons or the location of items.",
  () => ({
    targets: field(
      list(
        z
          .strictObject(
            lazyShape(() => ({
              kind: z.enum(["person", "item"]),
              description: longText(),
              lastKnownLocation: text().optional(),
            })),
          )
          .register(z.globalRegistry, { title: "Person or item to locate" }),
        limits.list,
        1,
      ),
      {
        description: "Persons or items to be identified or located.",
        basis: ["RS 93(1)(a)", "RS 96(2)(b)"],
      },
    ),
  }),
);

export const voluntaryAppearanceSchema = measure(
  "voluntary-appearance",
  "Facilitating voluntary appearance",
  ["UNTOC 18(3)(h)", "RS 93(1)(e)"],
  "Facilitating the voluntary appearance of persons in the requesting State.",
  () => ({
    person: field(personSchema, {
      description: "The person invited to appear.",
      basis: ["UNTOC 18(3)(h)", "UNTOC 18(15)(e)"],
    }),
    capacity: field(z.enum(capacities), {
      description: "Capacity in which the person is to appear.",
      basis: ["RS 93(1)(e)"],
    }),
    appearanceDate: field(isoDate().optional(), {
      description: "Date on which the person is to appear.",
      basis: ["UNTOC 18(24)"],
    }),
    safeConductOffered: field(z.boolean().optional(), {
      description: "True if the person is offered safe conduct.",
      basis: ["UNTOC 18(27)"],
    }),
  }),
);

export const temporaryTransferSchema = measure(
  "temporary-transfer-of-detained-person",
  "Temporary transfer of a person in custody",
  ["UNTOC 18(10)", "RS 93(1)(f)", "Model-MLA 1(2)(b)"],
  "Temporary transfer of a person detained or serving a sentence, for identification, testimony or other assistance in obtaining evidence.",
  () => ({
    person: field(personSchema, {
      description: "The person in custody whose transfer is sought.",
      basis: ["UNTOC 18(10)"],
    }),
    placeOfDetention: field(text(), {
      description: "Where the person is detained or serving a sentence.",
      basis: ["UNTOC 18(10)", "RS 96(2)(b)"],
    }),
    purpose: field(z.enum(["identification", "testimony", "other-assistance-in-obtaining-evidence"]), {
      description: "Purpose of the transfer.",
      basis: ["UNTOC 18(10)"],
    }),
    consent: field(z.enum(["given", "to-be-obtained"]), {
      description: "Whether the person has freely given informed consent, or it is still to be obtained.",
      basis: ["UNTOC 18(10)"],
    }),
    proposedPeriod: field(
      z
        .strictObject(lazyShape(() => ({ start: isoDate(), end: isoDate() })))
        .optional()
        .meta({ title: "Proposed period" }),
      {
        description: "Proposed dates of transfer and return.",
        basis: ["UNTOC 18(10)"],
      },
    ),
  }),
);

export const protectionOfVictimsAndWitnessesSchema = measure(
  "protection-of-victims-and-witnesses",
  "Protection of victims and witnesses",
  ["RS 93(1)(j)", "RS 87(4)"],
  "Protection of victims and witnesses and their families.",
  () => ({
    personsToProtect: field(list(text(), limits.list, 1), {
      description: "Who is to be protected (names or pseudonyms as the case requires).",
      basis: ["RS 93(1)(j)", "RS 87(4)"],
    }),
    measuresSought: field(longText(), {
      description: "The protective measures sought.",
      basis: ["RS 93(1)(j)", "RS 87(4)"],
    }),
  }),
);

export const preservationOfEvidenceSchema = measure(
  "preservation-of-evidence",
  "Preservation of evidence",
  ["RS 93(1)(j)"],
  "Preservation of evidence, for example data, records or physical evidence at risk of loss.",
  () => ({
    evidence: field(longText(), {
      description: "The evidence to be preserved and where it is.",
      basis: ["RS 93(1)(j)", "RS 96(2)(b)"],
    }),
    preserveUntil: field(isoDate().optional(), {
      description: "Date until which the evidence should be preserved.",
      basis: ["UNTOC 18(24)"],
    }),
  }),
);

export const assetRecoverySchema = measure(
  "asset-recovery",
  "Recovery of assets",
  ["UNCAC 46(3)(k)"],
  "The recovery of assets.",
  () => ({
    assets: field(list(assetSchema, limits.list, 1), {
      description: "The assets to be recovered.",
      basis: ["UNCAC 46(3)(k)", "RS 96(2)(b)"],
    }),
    confiscationDecision: field(attachmentSchema.optional(), {
      description: "The confiscation or forfeiture decision to be enforced, when there is one.",
      basis: ["UNCAC 46(3)(k)"],
    }),
  }),
);

export const otherAssistanceSchema = measure(
  "other",
  "Other assistance",
  ["UNTOC 18(3)(i)", "RS 93(1)(l)"],
  "Any other type of assistance not contrary to the law of the requested State. Describe it in 'description'.",
  () => ({}),
);

export const measureSchema = z
  .discriminatedUnion("type", [
    takingEvidenceSchema,
    videoConferenceHearingSchema,
    questioningOfSuspectSchema,
    serviceOfDocumentsSchema,
    searchAndSeizureSchema,
    freezingOrSeizureOfAssetsSchema,
    examinationOfObjectsAndSitesSchema,
    informationAndExpertEvaluationsSchema,
    recordsAndDocumentsSchema,
    identifyingOrTracingProceedsSchema,
    locatingPersonsOrItemsSchema,
    voluntaryAppearanceSchema,
    temporaryTransferSchema,
    protectionOfVictimsAndWitnessesSchema,
    preservationOfEvidenceSchema,
    assetRecoverySchema,
    otherAssistanceSchema,
  ])
  .register(z.globalRegistry, { title: "Measure of assistance" });

export const measureTypes: readonly Measure["type"][] = measureSchema.options.map(
  (option) => measureTypeOf.get(option) as Measure["type"],
);

export type Measure = z.infer<typeof measureSchema>;
