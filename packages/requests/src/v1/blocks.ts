/**
 * Building blocks that version 1 of the request data model adds to version 0's: the authorities with
 * required contact details, related requests, persons and entities with ids, urgency with reason codes,
 * confidentiality with reasons, the signature block, and identification material linked to a person.
 * Version 0's blocks are reused unchanged wherever version 1 keeps them.
 */
import * as z from "zod";
import { attachmentSchema } from "../blocks/attachment.js";
import { addressSchema, authorityFields, contactFields } from "../blocks/authority.js";
import { lazyShape, shared } from "../blocks/lazy-shape.js";
import { personFields, placeSchema } from "../blocks/person.js";
import { countryCode, isoDate, list, localId, longText, shortText, text } from "../blocks/primitives.js";
import { type FieldDescription, field } from "../field.js";
import type { RefinementParams } from "../issues.js";
import { limits } from "../limits.js";

type Basis = FieldDescription["basis"];

/** Version of the data model these schemas describe; the JSON Schema `$id` carries the same number. */
export const schemaVersionV1 = "1.0";

/**
 * JSON Schema form of the contact rule zod checks as a refinement: at least a telephone number or an
 * e-mail address.
 */
const phoneOrEmail = { anyOf: [{ required: ["phone"] }, { required: ["email"] }] };

/**
 * Contact details that reach someone: version 0's contact fields, with at least a telephone number or
 * an e-mail address (EAW art. 8(1)(b)).
 */
export const requiredContactSchema = z
  .strictObject(lazyShape(contactFields))
  .superRefine((contact, ctx) => {
    if (contact.phone === undefined && contact.email === undefined) {
      ctx.addIssue({
        code: "custom",
        path: [],
        message:
          "contact must give at least a telephone number (phone) or an e-mail address (email) (EAW art. 8(1)(b))",
        params: {
          rule: "required",
          ruleId: "contact-phone-or-email",
          basis: ["EAW 8(1)(b)"],
        } satisfies RefinementParams,
      });
    }
  })
  .register(z.globalRegistry, {
    title: "Contact (telephone or e-mail required)",
    description: "At least a telephone number or an e-mail address.",
    ...phoneOrEmail,
  });

/** Version 0's authority fields, with contact details required. */
const authorityV1Fields = shared(() => ({ ...authorityFields(), contact: requiredContactSchema }));

/** The requesting authority: its contact details, with a telephone number or an e-mail address, are required. */
export const requestingAuthorityV1Schema = z
  .strictObject(lazyShape(authorityV1Fields))
  .register(z.globalRegistry, { title: "Requesting authority" });

/** The requesting authority with its postal address too (EAW art. 8(1)(b)). */
export const requestingAuthorityWithAddressV1Schema = z
  .strictObject(lazyShape(() => ({ ...authorityV1Fields(), address: addressSchema })))
  .register(z.globalRegistry, { title: "Requesting authority with address" });

/** An authority whose contact details are given as far as they are known. */
export const otherAuthoritySchema = z
  .strictObject(
    lazyShape(() => ({
      ...authorityV1Fields(),
      contact: requiredContactSchema.optional(),
    })),
  )
  .register(z.globalRegistry, { title: "Authority" });

export const requestedAuthorityField = (basis: Basis) =>
  field(otherAuthoritySchema.optional(), {
    description:
      "The authority to which the request is addressed (central authority, ministry) or that is to execute it, with its address, contact details and its own reference once known.",
    basis,
  });

export const relations = [
  "supplements",
  "follows-provisional-arrest",
  "repeats",
  "replaces",
  "related",
] as const;

export const relatedRequestSchema = z
  .strictObject(
    lazyShape(() => ({
      relation: z.enum(relations).meta({
        description:
          "supplements (this request adds information to it), follows-provisional-arrest (this extradition request follows that provisional arrest), repeats, replaces, or related.",
      }),
      reference: shortText().meta({ description: "Reference of the other request." }),
      date: isoDate().optional().meta({ description: "Date of the other request." }),
      requestType: shortText()
        .optional()
        .meta({ description: "Kind of the other request, e.g. 'provisional-arrest'." }),
      arrestDate: field(isoDate().optional(), {
        description:
          "For a provisional arrest that was carried out: the date of the arrest, from which the time-limits for receiving the extradition request run.",
        basis: ["ECE 16(4)"],
      }),
      note: longText().optional(),
    })),
  )
  .superRefine((related, ctx) => {
    if (related.arrestDate !== undefined && related.relation !== "follows-provisional-arrest") {
      ctx.addIssue({
        code: "custom",
        path: ["arrestDate"],
        message: 'arrestDate is given only when relation is "follows-provisional-arrest"',
        params: {
          rule: "rule",
          ruleId: "arrest-date-only-after-provisional-arrest",
          basis: ["ECE 16(4)"],
        } satisfies RefinementParams,
      });
    }
  })
  .register(z.globalRegistry, {
    title: "Related request",
    if: { properties: { relation: { not: { const: "follows-provisional-arrest" } } } },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's "then" keyword
    then: { not: { required: ["arrestDate"] } },
  });

export const relatedRequestsField = (basis: Basis) =>
  field(list(relatedRequestSchema, limits.list).optional(), {
    description:
      "Earlier requests this one supplements, follows, repeats or replaces, or is otherwise related to, with their references and dates.",
    basis,
  });

export const naturalPersonSchema = z
  .strictObject(
    lazyShape(() => ({ id: localId(), ...personFields() }), { kind: z.literal("natural-person") }),
  )
  .register(z.globalRegistry, { title: "Natural person" });

export const legalPersonSchema = z
  .strictObject(
    lazyShape(
      () => ({
        id: localId(),
        name: text().meta({ description: "Registered name of the company or other legal person." }),
        otherNames: list(text(), 20).optional().meta({ description: "Trading names or former names." }),
        legalForm: text().optional().meta({ description: "Legal form, e.g. 'limited liability company'." }),
        seat: placeSchema.optional().meta({ description: "Registered seat." }),
        address: addressSchema.optional(),
        registrationNumber: shortText().optional().meta({ description: "Number in the company register." }),
        registrationState: countryCode().optional().meta({ description: "State of the register." }),
        reference: shortText().optional().meta({ description: "Case-system identifier of the entity." }),
      }),
      { kind: z.literal("legal-person") },
    ),
  )
  .register(z.globalRegistry, { title: "Legal person" });

/** A natural or a legal person, with an id the rest of the request refers to. */
export const personOrEntitySchema = z
  .discriminatedUnion("kind", [naturalPersonSchema, legalPersonSchema])
  .register(z.globalRegistry, { title: "Person or entity" });

export type PersonOrEntity = z.infer<typeof personOrEntitySchema>;

export const personsField = (basis: Basis, min = 0) =>
  field(
    min === 0
      ? list(personOrEntitySchema, limits.list).optional()
      : list(personOrEntitySchema, limits.list, min),
    {
      description:
        "Every natural or legal person the request names, once, each with an id; the rest of the request refers to them by id.",
      basis,
    },
  );

/** A reference to an entry of `persons[]`. */
export const personIdField = (description: string, basis: Basis) =>
  field(localId(), { description: `${description} The id of an entry of persons[].`, basis });

export const offenceIdsField = (description: string, basis: Basis, min = 0) =>
  field(list(localId(), limits.list, min), {
    description: `${description} Ids of entries of offences[].`,
    basis,
  });

export const urgencyReasonCodes = [
  "person-in-custody",
  "evidence-at-risk",
  "trial-date",
  "limitation-period",
  "other",
] as const;

const urgencyReasonSchema = z
  .strictObject(
    lazyShape(() => ({
      code: z.enum(urgencyReasonCodes),
      custodyEndDate: isoDate()
        .optional()
        .meta({ description: "For person-in-custody: the date on which the custody ends." }),
      date: isoDate().optional().meta({
        description: "For trial-date or limitation-period: the date of the trial or of limitation.",
      }),
      explanation: longText().optional(),
    })),
  )
  .superRefine((reason, ctx) => {
    if (reason.code === "person-in-custody" && reason.custodyEndDate === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["custodyEndDate"],
        message: 'custodyEndDate is required when the urgency reason is "person-in-custody"',
        params: {
          rule: "required",
          ruleId: "custody-end-date-required",
          basis: ["UNTOC 18(24)"],
        } satisfies RefinementParams,
      });
    }
    if (reason.code === "other" && reason.explanation === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["explanation"],
        message: 'explanation is required when the urgency reason is "other"',
        params: {
          rule: "required",
          ruleId: "urgency-explanation-required",
          basis: ["UNTOC 18(24)"],
        } satisfies RefinementParams,
      });
    }
  })
  .register(z.globalRegistry, {
    title: "Reason for urgency",
    allOf: [
      {
        if: { properties: { code: { const: "person-in-custody" } }, required: ["code"] },
        // biome-ignore lint/suspicious/noThenProperty: JSON Schema's "then" keyword
        then: { required: ["custodyEndDate"] },
      },
      {
        if: { properties: { code: { const: "other" } }, required: ["code"] },
        // biome-ignore lint/suspicious/noThenProperty: JSON Schema's "then" keyword
        then: { required: ["explanation"] },
      },
    ],
  });

export const urgencyV1Schema = z
  .strictObject(
    lazyShape(() => ({
      reasons: list(urgencyReasonSchema, 10, 1).meta({
        description: "Why the request is urgent, by reason code.",
      }),
      deadline: isoDate().optional().meta({ description: "Date by which execution is needed." }),
      details: longText().optional().meta({ description: "Anything more the requested State should know." }),
    })),
  )
  .register(z.globalRegistry, { title: "Urgency" });

export const confidentialityV1Schema = z
  .strictObject(
    lazyShape(() => ({
      required: z
        .boolean()
        .meta({ description: "Whether the fact and substance of the request must be kept confidential." }),
      reasons: longText().optional().meta({ description: "Why confidentiality is needed." }),
      scope: longText().optional().meta({ description: "What must be kept confidential and from whom." }),
    })),
  )
  .register(z.globalRegistry, { title: "Confidentiality" });

export const signatureSchema = z
  .strictObject(
    lazyShape(() => ({
      officialName: text().meta({ description: "Name of the official who signs the request." }),
      function: text().meta({ description: "The official's function, e.g. 'public prosecutor'." }),
      date: isoDate().meta({ description: "Date of signature." }),
      place: text().meta({ description: "Place of signature." }),
      sealOrStamp: longText()
        .optional()
        .meta({ description: "Statement of the seal or stamp affixed, e.g. 'official seal of the court'." }),
      certification: longText()
        .optional()
        .meta({ description: "Certification text, e.g. that the content of the request is accurate." }),
    })),
  )
  .register(z.globalRegistry, { title: "Signature and certification" });

export const signatureField = (basis: Basis) =>
  field(signatureSchema.optional(), {
    description:
      "Signature and certification: the official's name and function, date and place, any seal or stamp, and the certification text, so that the requested State can establish authenticity.",
    basis,
  });

export const validatingAuthorityField = (basis: Basis) =>
  field(otherAuthoritySchema.optional(), {
    description:
      "Where the law of the requesting State has another authority validate or approve the request: that authority.",
    basis,
  });

export const identificationMaterialKinds = ["photograph", "fingerprints", "dna-profile", "other"] as const;

export const identificationMaterialSchema = z
  .strictObject(
    lazyShape(() => ({
      personId: localId().meta({
        description: "The person shown or identified: the id of an entry of persons[].",
      }),
      kind: z.enum(identificationMaterialKinds),
      attachment: attachmentSchema,
      note: longText().optional(),
    })),
  )
  .register(z.globalRegistry, { title: "Identification material" });

export const identificationMaterialField = (basis: Basis) =>
  field(list(identificationMaterialSchema, limits.attachments).optional(), {
    description:
      "Photographs, fingerprints and DNA profiles, each linked to the person it identifies, to help establish identity.",
    basis,
  });

export const officialToAttendSchema = z
  .strictObject(
    lazyShape(() => ({
      name: text(),
      function: text().meta({ description: "e.g. 'investigating judge', 'police investigator'." }),
      authority: text().optional(),
      role: longText().optional().meta({ description: "What the official is asked to be allowed to do." }),
    })),
  )
  .register(z.globalRegistry, { title: "Official to attend" });

export const officialsToAttendField = () =>
  field(list(officialToAttendSchema, 20).optional(), {
    description:
      "Officials of the requesting State who ask to be present at the execution of this measure, as a procedure the request specifies.",
    basis: ["UNTOC 18(15)(d)", "UNTOC 18(17)", "2AP-ECMA 8"],
  });
