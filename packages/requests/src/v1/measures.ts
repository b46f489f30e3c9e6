/**
 * Version 1's measures of assistance: each of version 0's measures with the persons it copied replaced
 * by references to `persons[]`, the offences it concerns and the officials who ask to attend; and the
 * measures version 1 adds. The version-0 measure supplies the rest of each measure's fields, so the
 * two versions cannot drift apart on what they share.
 */
import * as z from "zod";
import { lazyShape } from "../blocks/lazy-shape.js";
import { measureSchema as measureV0Schema } from "../blocks/measures.js";
import { isoDate, list, localId, longText, text } from "../blocks/primitives.js";
import { type FieldDescription, field, ownField, type RequestFieldMeta } from "../field.js";
import { limits } from "../limits.js";
import { offenceIdsField, officialsToAttendField, personIdField } from "./blocks.js";

type Basis = FieldDescription["basis"];

const capacities = ["witness", "expert", "victim", "suspect-or-accused", "other"] as const;

type AnyObject = z.ZodObject<z.ZodRawShape>;

const metaOf = (schema: z.ZodType) =>
  (z.globalRegistry.get(schema) ?? schema.meta() ?? {}) as RequestFieldMeta;

/** The basis a version-0 field declares, for the version-1 field that takes its place. */
const basisOfField = (option: AnyObject, name: string): Basis =>
  (metaOf(option.shape[name] as z.ZodType).basis ?? []) as Basis;

const personHeardRefSchema = z
  .strictObject(
    lazyShape(() => ({
      personId: localId().meta({ description: "The person to be heard: the id of an entry of persons[]." }),
      capacity: z
        .enum(capacities)
        .register(z.globalRegistry, { description: "Capacity in which the person is to be heard." }),
    })),
  )
  .register(z.globalRegistry, { title: "Person to be heard" });

/** Fields each version-0 measure that copied persons has instead, in version 1. */
const personOverrides: Record<string, (option: AnyObject) => z.ZodRawShape> = {
  "taking-evidence": (option) => ({
    persons: field(list(personHeardRefSchema, limits.list, 1), {
      description: "Persons from whom evidence or statements are to be taken, by id, with their capacity.",
      basis: basisOfField(option, "persons"),
    }),
  }),
  "video-conference-hearing": (option) => ({
    personId: personIdField("The witness or expert to be heard.", basisOfField(option, "person")),
  }),
  "questioning-of-suspect": (option) => ({
    personId: personIdField("The person to be questioned.", basisOfField(option, "person")),
  }),
  "voluntary-appearance": (option) => ({
    personId: personIdField("The person invited to appear.", basisOfField(option, "person")),
  }),
  "temporary-transfer-of-detained-person": (option) => ({
    personId: personIdField(
      "The person in custody whose transfer is sought.",
      basisOfField(option, "person"),
    ),
  }),
};

/** The version-0 field each override replaces, so that it is removed from the version-1 measure. */
const replaced: Record<string, string> = {
  "taking-evidence": "persons",
  "video-conference-hearing": "person",
  "questioning-of-suspect": "person",
  "voluntary-appearance": "person",
  "temporary-transfer-of-detained-person": "person",
};

const commonV1Fields = () => ({
  offenceIds: offenceIdsField("The offences this measure concerns, when the request lists offences.", [
    "ECMA 14(2)",
    "UNTOC 18(15)(b)",
  ]).optional(),
  officialsToAttend: officialsToAttendField(),
});

const measureTypeOfV1 = new WeakMap<z.ZodType, string>();

function fromV0(option: AnyObject): AnyObject {
  const type = (option.shape.type as z.ZodLiteral<string>).value;
  const schema = z.strictObject(
    lazyShape(
      () => {
        const shape: Record<string, z.ZodType> = {};
        const overrides = personOverrides[type]?.(option) ?? {};
        for (const [key, value] of Object.entries(option.shape)) {
          if (key === "type") continue;
          if (key === replaced[type]) Object.assign(shape, overrides);
          else shape[key] = value as z.ZodType;
        }
        return { ...shape, ...commonV1Fields() };
      },
      { type: z.literal(type) },
    ),
  );
  const { title, description, basis } = metaOf(option);
  schema.register(z.globalRegistry, { ...metaOf(option), title, description, basis });
  measureTypeOfV1.set(schema, type);
  return schema as unknown as AnyObject;
}

/** A measure version 1 adds. */
const newMeasure = <const T extends string, S extends z.ZodRawShape>(
  type: T,
  title: string,
  description: string,
  shape: () => S,
) => {
  const schema = ownField(
    z.strictObject(
      lazyShape(
        () => ({
          id: localId()
            .optional()
            .meta({ description: "Identifier of the measure within this request, e.g. 'm1'." }),
          description: field(longText(), {
            description: "Description of the assistance sought by this measure.",
            basis: ["UNTOC 18(15)(d)", "RS 96(2)(a)", "ECMA 14(1)(b)"],
          }),
          ...shape(),
          ...commonV1Fields(),
        }),
        { type: z.literal(type) },
      ),
    ),
    // None of the sourced instruments names these measures; they rest on the clause on any other
    // assistance not contrary to the requested State's law. The instruments that name them (UNTOC art.
    // 20, the Second Additional Protocol to the ECMA arts. 17–19) are listed in data/basis.json's
    // anchors with their text not yet verified.
    { title, description, basis: ["UNTOC 18(3)(i)", "RS 93(1)(l)"] },
  );
  measureTypeOfV1.set(schema, type);
  return schema;
};

const period = () =>
  field(
    z
      .strictObject(lazyShape(() => ({ start: isoDate(), end: isoDate() })))
      .register(z.globalRegistry, { title: "Period" }),
    { description: "Period for which the measure is sought.", basis: ["UNTOC 18(15)(d)"] },
  );

const targetsField = (description: string) =>
  field(list(localId(), limits.list, 1), {
    description: `${description} Ids of entries of persons[].`,
    basis: ["UNTOC 18(15)(e)", "RS 96(2)(b)"],
  });

export const interceptionSchema = newMeasure(
  "interception-of-telecommunications",
  "Interception of telecommunications",
  "Interception of telecommunications, with or without immediate transmission to the requesting State.",
  () => ({
    targetPersonIds: targetsField("The persons whose telecommunications are to be intercepted."),
    identifiers: field(list(text(), limits.list, 1), {
      description:
        "Telephone numbers, accounts or other identifiers of the communications to be intercepted.",
      basis: ["UNTOC 18(15)(d)", "RS 96(2)(b)"],
    }),
    period: period(),
    immediateTransmission: field(z.boolean().optional(), {
      description:
        "True if the telecommunications are to be transmitted immediately to the requesting State.",
      basis: ["UNTOC 18(15)(d)"],
    }),
    grounds: field(longText(), {
      description: "Why the interception is needed for the proceeding.",
      basis: ["UNTOC 18(15)(f)", "RS 96(2)(a)"],
    }),
  }),
);

export const covertInvestigationSchema = newMeasure(
  "covert-investigation",
  "Covert investigation",
  "Investigation by officials acting under covert or false identity.",
  () => ({
    targetPersonIds: targetsField("The persons the investigation concerns.").optional(),
    period: period(),
    officersIdentity: field(longText().optional(), {
      description: "Who would act under covert identity, and under whose direction.",
      basis: ["UNTOC 18(15)(d)"],
    }),
    grounds: field(longText(), {
      description: "Why a covert investigation is needed.",
      basis: ["UNTOC 18(15)(f)", "RS 96(2)(a)"],
    }),
  }),
);

export const realTimeCollectionSchema = newMeasure(
  "real-time-collection",
  "Real-time collection of traffic or banking data",
  "Collection, in real time, of traffic data of communications or of banking or other financial operations.",
  () => ({
    dataKind: field(z.enum(["traffic-data", "banking-data"]), {
      description: "Whether traffic data or banking (financial) data are to be collected.",
      basis: ["UNTOC 18(15)(d)", "UNTOC 18(3)(f)"],
    }),
    targetPersonIds: targetsField("The persons or entities whose data are to be collected."),
    identifiers: field(list(text(), limits.list, 1), {
      description: "Account numbers, telephone numbers or other identifiers of the data to be collected.",
      basis: ["UNTOC 18(15)(d)", "RS 96(2)(b)"],
    }),
    period: period(),
    grounds: field(longText(), {
      description: "Why the data are needed for the proceeding.",
      basis: ["UNTOC 18(15)(f)", "RS 96(2)(a)"],
    }),
  }),
);

export const crossBorderObservationSchema = newMeasure(
  "cross-border-observation",
  "Cross-border observation",
  "Permission for officers of the requesting State to continue an observation in the territory of the requested State.",
  () => ({
    targetPersonIds: targetsField("The persons under observation."),
    officers: field(longText(), {
      description: "The officers who would carry out the observation, and their authority.",
      basis: ["UNTOC 18(15)(d)"],
    }),
    period: period(),
  }),
);

export const controlledDeliverySchema = newMeasure(
  "controlled-delivery",
  "Controlled delivery",
  "Allowing a consignment to pass through or into the territory of the requested State under surveillance.",
  () => ({
    consignment: field(longText(), {
      description: "The consignment, its expected route and timing.",
      basis: ["UNTOC 18(15)(d)", "RS 96(2)(b)"],
    }),
    targetPersonIds: targetsField("The persons involved in the consignment.").optional(),
  }),
);

export const measureV1Schema = z
  .discriminatedUnion("type", [
    ...measureV0Schema.options.map((option) => fromV0(option as unknown as AnyObject)),
    interceptionSchema,
    covertInvestigationSchema,
    realTimeCollectionSchema,
    crossBorderObservationSchema,
    controlledDeliverySchema,
  ] as unknown as [AnyObject, ...AnyObject[]])
  .register(z.globalRegistry, { title: "Measure of assistance" });

export const measureTypesV1: readonly string[] = measureV1Schema.options.map(
  (option) => measureTypeOfV1.get(option) as string,
);

/** The field of a version-1 measure that refers to one or more persons, by measure type. */
export const personReferenceFields = {
  "taking-evidence": "persons[].personId",
  "video-conference-hearing": "personId",
  "questioning-of-suspect": "personId",
  "voluntary-appearance": "personId",
  "temporary-transfer-of-detained-person": "personId",
  "interception-of-telecommunications": "targetPersonIds[]",
  "covert-investigation": "targetPersonIds[]",
  "real-time-collection": "targetPersonIds[]",
  "cross-border-observation": "targetPersonIds[]",
  "controlled-delivery": "targetPersonIds[]",
} as const;
