/**
 * zod schemas for the human-edited source files (`data/dataset.json`, `data/convention.json`,
 * `data/states/<CODE>.json`) and for the published `parties.json`. Offered as `@lhc/parties/schema` for
 * users who validate their own copies; the main entry does not import zod.
 */
import { z } from "zod";
import { isIsoDate } from "./iso-date.js";
import { PROVISION_ID_PATTERN } from "./provision-id.js";
import type {
  ConventionFacts,
  DatasetMeta,
  Declaration,
  DeclarationEffect,
  PartiesDataset,
  Party,
  ProvisionalApplication,
  Source,
} from "./types.js";

const DATE_MESSAGE =
  "must be a real calendar date written YYYY-MM-DD (e.g. 2025-08-28); write null if the date is unknown";

// The regex puts the shape into the exported JSON Schema; the refinement rejects days that do not exist.
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: DATE_MESSAGE, abort: true })
  .refine(isIsoDate, { message: DATE_MESSAGE });

export const provisionIdSchema = z.string().regex(PROVISION_ID_PATTERN, {
  message:
    "must be a provision ID such as art_8, art_8__para_3 or art_8__para_3__point_a (Akoma Ntoso naming, no leading zeros)",
});

// The letters as @lhc/convention records them (meta.annexLetters, G inferred); test/one-home.test.ts compares.
export const annexLetterSchema = z.enum(["A", "B", "C", "D", "E", "F", "G", "H"], {
  message: "must be an annex letter from A to H",
});

const text = (what: string) =>
  z
    .string()
    .trim()
    .min(1, { message: `${what} must not be empty` });

export const sourceSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/, message: "must be an http(s) URL of the page the fact was read on" }),
  title: text("title"),
  publisher: text("publisher"),
  kind: z.enum(["official", "secondary"], {
    message: 'must be "official" (government, law portal, treaty database) or "secondary" (press, blog, NGO)',
  }),
  accessed: isoDateSchema.nullable(),
  note: text("note").optional(),
});

/**
 * One record of `data/sources.json`: a source written once, with the id the facts cite it by. The build
 * replaces each id by the record (without the id), so `parties.json` still gives every fact its sources.
 */
export const sourceRecordSchema = sourceSchema.extend({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: "must be lower-case letters, digits and single hyphens, e.g. verdragenbank-013717-parties",
  }),
});

/** `data/sources.json`: every source the State files and provisional-application.json cite, once each. */
export const sourceRegistrySchema = z.array(sourceRecordSchema).superRefine((records, ctx) => {
  const seen = new Map<string, number>();
  for (const [i, record] of records.entries()) {
    const first = seen.get(record.id);
    if (first !== undefined)
      ctx.addIssue({
        code: "custom",
        path: [i, "id"],
        message: `"${record.id}" is already the id of record ${first}; give each source its own id`,
      });
    else seen.set(record.id, i);
  }
});

/** Every fact needs at least one source; a fact without one cannot be entered. */
export const sourcesSchema = z
  .array(sourceSchema)
  .min(1, { message: "a fact needs at least one source { url, title, publisher, kind, accessed }" });

const nullableText = text("text").nullable();

const effectStatusSchema = z.enum(["deposited-text", "approving-law"], {
  message:
    'must be "deposited-text" (read from the declaration\'s recorded text) or "approving-law" (what the approving law directs)',
});

export const declarationEffectSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("request-language"),
    provision: provisionIdSchema,
    languages: z
      .array(
        z.string().regex(/^[a-z]{2,3}$/, {
          message: 'must be an ISO 639 language code in lower case, e.g. "lv" for Latvian',
        }),
      )
      .min(1, { message: "name at least one language" }),
    status: effectStatusSchema,
    note: nullableText,
    sources: sourcesSchema,
  }),
  z.strictObject({
    type: z.literal("central-authorities"),
    provision: provisionIdSchema,
    authorities: z.array(text("authority")).min(1, { message: "name at least one authority" }),
    status: effectStatusSchema,
    note: nullableText,
    sources: sourcesSchema,
  }),
]);

export const declarationSchema = z
  .strictObject({
    id: z.string().regex(/^[A-Z]{2}-[1-9]\d*$/, { message: "must be <CODE>-<n>, e.g. FR-1" }),
    kind: z.enum(["reservation", "declaration", "notification"]).nullable(),
    basis: z.enum(["treaty-database-record", "listed-without-text", "domestic-law"]),
    provisions: z.array(provisionIdSchema).nullable(),
    madeUnder: provisionIdSchema.nullable(),
    annexes: z.array(annexLetterSchema).nullable(),
    annexesStatus: nullableText,
    text: nullableText,
    textStatus: z.enum(["complete", "partial", "not-available"]),
    summary: nullableText,
    effects: z
      .array(declarationEffectSchema)
      .min(1, { message: "omit effects when none is recorded" })
      .optional(),
    note: nullableText,
    date: isoDateSchema.nullable(),
    dateStatus: nullableText,
    sources: sourcesSchema,
  })
  .superRefine((d, ctx) => {
    if ((d.text === null) !== (d.textStatus === "not-available")) {
      ctx.addIssue({
        code: "custom",
        path: ["textStatus"],
        message: 'must be "not-available" exactly when text is null; put the verbatim text in text otherwise',
      });
    }
    if (d.annexes === null && d.annexesStatus === null) {
      ctx.addIssue({
        code: "custom",
        path: ["annexesStatus"],
        message: 'annexes is null (unknown): say why in annexesStatus, e.g. "not yet verified"',
      });
    }
    if (d.date === null && d.dateStatus === null) {
      ctx.addIssue({
        code: "custom",
        path: ["dateStatus"],
        message: 'date is null (unknown): say why in dateStatus, e.g. "not yet verified"',
      });
    }
  });

export const partySchema = z
  .strictObject({
    code: z.string().regex(/^([A-Z]{2}|[A-Z]{4})$/, {
      message:
        "must be two upper-case letters (ISO 3166-1 alpha-2, or XK), or four for a former State (ISO 3166-3)",
    }),
    codeKind: z.enum(["iso-3166-1-alpha-2", "user-assigned", "iso-3166-3"]),
    codeNote: nullableText,
    nameInSource: text("nameInSource"),
    signature: z
      .strictObject({ date: isoDateSchema, place: nullableText, note: nullableText, sources: sourcesSchema })
      .nullable(),
    consentStatus: z.enum(["recorded", "none-recorded"]),
    consent: z
      .strictObject({
        type: z.enum(["ratification", "acceptance", "approval", "accession"]).nullable(),
        typeStatus: nullableText,
        typeInSource: z.strictObject({ code: text("code"), meaning: text("meaning") }).nullable(),
        depositDate: isoDateSchema,
        note: nullableText,
        sources: sourcesSchema,
      })
      .superRefine((c, ctx) => {
        if (c.type === null && c.typeStatus === null) {
          ctx.addIssue({
            code: "custom",
            path: ["typeStatus"],
            message:
              "type is null (unknown): say why in typeStatus, e.g. which types the source's code covers",
          });
        }
      })
      .nullable(),
    entryIntoForceStatus: z.enum(["published", "verified", "not-yet-verified"]),
    entryIntoForce: z
      .strictObject({ date: isoDateSchema, note: nullableText, sources: sourcesSchema })
      .nullable(),
    declarationsListed: z.strictObject({ value: z.boolean(), sources: sourcesSchema }),
    declarations: z.array(declarationSchema),
    domesticApproval: z
      .strictObject({
        instrument: text("instrument"),
        adopted: isoDateSchema.nullable(),
        proclaimed: isoDateSchema.nullable(),
        note: nullableText,
        sources: sourcesSchema,
      })
      .nullable(),
    notes: z.array(text("note")),
  })
  .superRefine((p, ctx) => {
    if ((p.consent === null) !== (p.consentStatus === "none-recorded")) {
      ctx.addIssue({
        code: "custom",
        path: ["consentStatus"],
        message:
          'must be "none-recorded" exactly when consent is null, and "recorded" when consent is filled in',
      });
    }
    if ((p.entryIntoForce === null) !== (p.entryIntoForceStatus === "not-yet-verified")) {
      ctx.addIssue({
        code: "custom",
        path: ["entryIntoForceStatus"],
        message:
          'must be "not-yet-verified" exactly when entryIntoForce is null, and "published" (or "verified") when a date is filled in',
      });
    }
    if ((p.codeKind === "iso-3166-3") !== (p.code.length === 4)) {
      ctx.addIssue({
        code: "custom",
        path: ["codeKind"],
        message:
          'a four-letter code is a former State\'s ISO 3166-3 code: use "iso-3166-3" for it and only for it',
      });
    }
    if ((p.codeKind === "user-assigned") !== (p.code === "XK")) {
      ctx.addIssue({
        code: "custom",
        path: ["codeKind"],
        message:
          'only Kosovo\'s XK is a user-assigned code: use "user-assigned" for XK and "iso-3166-1-alpha-2" otherwise',
      });
    }
    if (p.codeKind === "user-assigned" && p.codeNote === null) {
      ctx.addIssue({
        code: "custom",
        path: ["codeNote"],
        message: "a user-assigned code needs a codeNote saying it is not part of ISO 3166-1",
      });
    }
  });

/** One entry of `data/provisional-application.json`. */
export const provisionalApplicationSchema = z.strictObject({
  code: z.string().regex(/^[A-Z]{2}$/),
  parts: z.array(z.string().regex(/^part_\d+$/, "a Part's eId in @lhc/convention, e.g. part_3")).min(1),
  scope: text("scope"),
  territory: text("territory"),
  from: isoDateSchema,
  publication: nullableText,
  enablingProvision: provisionIdSchema.nullable(),
  enablingProvisionStatus: z.enum(["verified", "not-yet-verified"]),
  note: nullableText,
  sources: sourcesSchema,
});

const sourcedClaimSchema = z.strictObject({
  claim: text("claim"),
  quote: nullableText,
  sources: sourcesSchema,
});

export const conventionFactsSchema = z.strictObject({
  title: z.strictObject({ en: text("en"), nl: text("nl"), note: nullableText, sources: sourcesSchema }),
  adoption: z.strictObject({ date: isoDateSchema, place: text("place"), sources: sourcesSchema }),
  identifiers: z.array(
    z.strictObject({
      scheme: z.enum(["verdragenbank", "bwb", "tractatenblad", "kamerstuk"]),
      value: text("value"),
      label: text("label"),
      status: z.enum(["verified", "cited-not-verified"]),
      sources: sourcesSchema,
    }),
  ),
  signaturePeriod: z.strictObject({
    opened: z.strictObject({ date: isoDateSchema, place: nullableText, sources: sourcesSchema }),
    openUntil: z.strictObject({ date: isoDateSchema, note: nullableText, sources: sourcesSchema }),
  }),
  depositary: z.strictObject({
    value: text("value").nullable(),
    status: z.enum(["verified", "disputed", "not-yet-verified"]),
    note: nullableText,
    candidates: z.array(
      z.strictObject({
        name: text("name"),
        claims: z.array(sourcedClaimSchema.extend({ inference: z.boolean() })).min(1),
      }),
    ),
  }),
  entryIntoForce: z.strictObject({
    article: z.strictObject({
      provision: provisionIdSchema,
      note: nullableText,
      quote: nullableText,
      sources: sourcesSchema,
    }),
    rule: nullableText,
    ruleStatus: z.enum(["verified", "not-yet-verified"]),
    claims: z.array(sourcedClaimSchema),
    generalDate: isoDateSchema.nullable(),
    generalDateClaims: z.array(sourcedClaimSchema),
    generalDateStatus: z.enum(["published", "not-yet-verified"]),
    note: nullableText,
  }),
  provisionalApplication: z.array(provisionalApplicationSchema),
});

export const datasetMetaSchema = z.strictObject({ asOf: isoDateSchema, asOfNote: text("asOfNote") });

/** The register number of the Convention (treaty 013717 in the Dutch treaty register). */
export const CONVENTION_REGISTER_ID = "013717";

/**
 * data/dataset.json as written by hand or by the register update: the published meta, and which treaty
 * the data set is about (its Dutch treaty register number and title). Without `treaty` it is the
 * Convention's; the Convention-specific lints apply only to the Convention's data.
 */
const datasetTreatySchema = z.strictObject({
  verdragenbank: z.string().regex(/^\d{6}$/, { message: "must be the register's six-digit number" }),
  title: nullableText,
});

export const sourceDatasetMetaSchema = datasetMetaSchema.extend({
  treaty: datasetTreatySchema.optional(),
});

export const partiesDatasetSchema = datasetMetaSchema.extend({
  dataVersion: text("dataVersion"),
  treaty: datasetTreatySchema,
  convention: conventionFactsSchema.nullable(),
  parties: z.array(partySchema),
});

/**
 * `parties.json` as JSON Schema (draft 2020-12), for systems not written in TypeScript. It checks the
 * shape, patterns and required sources; the cross-field rules (e.g. `consentStatus` agreeing with
 * `consent`) and real-calendar checks are enforced by the zod schema only.
 */
export function partiesDatasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(partiesDatasetSchema, { target: "draft-2020-12", io: "output" }),
    title: "@lhc/parties data set (parties.json)",
    description:
      "Signatures, consents to be bound, entry into force and declarations under the Ljubljana–The Hague Convention, each fact with its sources.",
  };
}

// Compile-time guard: the hand-written types in types.ts (used by the zod-free main entry) must stay
// identical to what these schemas accept.
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const typesMatchSchemas: [
  Equals<z.infer<typeof sourceSchema>, Source>,
  Equals<z.infer<typeof declarationEffectSchema>, DeclarationEffect>,
  Equals<z.infer<typeof declarationSchema>, Declaration>,
  Equals<z.infer<typeof partySchema>, Party>,
  Equals<z.infer<typeof conventionFactsSchema>, ConventionFacts>,
  Equals<z.infer<typeof provisionalApplicationSchema>, ProvisionalApplication>,
  Equals<z.infer<typeof datasetMetaSchema>, DatasetMeta>,
  Equals<z.infer<typeof partiesDatasetSchema>, PartiesDataset>,
] = [true, true, true, true, true, true, true, true];
void typesMatchSchemas;
