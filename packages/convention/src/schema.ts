/**
 * zod schemas for the document model. The build validates the human-edited data with them, and
 * `importBwb` output conforms to them; the main entry does not load zod.
 */
import { z } from "zod";
import { isEId } from "./eid.js";
import { NODE_TYPES } from "./kinds.js";
import type {
  ConventionDocument,
  ConventionMeta,
  Fact,
  ImportedDocument,
  ProvisionNode,
  Source,
} from "./types.js";

export const langSchema = z.enum(["en", "nl"]);
export const provenanceStatusSchema = z.enum(["official", "secondary", "unknown"]);
export const subjectStatusSchema = z.enum(["official", "secondary", "inferred"]);
export const nodeTypeSchema = z.enum(NODE_TYPES);

const isoDate = z.iso.date();
const nonEmpty = z.string().trim().min(1, "must not be empty");

export const sourceSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9-]+$/, "a source id is letters, digits and hyphens, e.g. S1"),
  url: z.url({ protocol: /^https?$/ }),
  title: nonEmpty,
  publisher: nonEmpty,
  kind: z.enum(["official", "secondary"]),
  accessed: isoDate.nullable(),
  note: nonEmpty.optional(),
});

export const sourceRefSchema = z.strictObject({
  id: nonEmpty,
  pinpoint: nonEmpty.optional(),
});

export const provenanceSchema = z
  .strictObject({
    status: provenanceStatusSchema,
    sources: z.array(sourceRefSchema),
    note: nonEmpty.optional(),
  })
  .refine((p) => p.status === "unknown" || p.sources.length > 0, {
    message: 'a node with status "official" or "secondary" must cite at least one source',
    path: ["sources"],
  });

export const textVersionSchema = z.strictObject({
  value: z
    .string()
    .min(1, "text must not be empty; use null for text that is not yet verified")
    .refine(
      (v) => v.split("\n").every((line) => line.length > 0 && line === line.trim() && !/\s{2,}/.test(line)),
      {
        message:
          "text must be whitespace-normalised: lines (one per published text block) without leading, trailing or doubled spaces",
      },
    ),
  complete: z.boolean(),
});

export const localizedTextSchema = z.strictObject({
  en: textVersionSchema.optional(),
  nl: textVersionSchema.optional(),
});

export const localizedTableSchema = z.strictObject({
  en: z.array(z.array(z.string())).optional(),
  nl: z.array(z.array(z.string())).optional(),
});

export const noteSchema = z.strictObject({
  kind: z.enum(["editorial", "footnote"]),
  num: nonEmpty.optional(),
  text: nonEmpty,
});

export const subjectSchema = z.strictObject({
  paraphrase: nonEmpty,
  status: subjectStatusSchema,
  sources: z.array(sourceRefSchema).min(1, "a subject must cite at least one source"),
});

const eIdSchema = z.string().refine(isEId, {
  message: "must follow the eId grammar, e.g. art_8__para_3, part_3, annex_h, preamble__recital_1",
});

export const provisionNodeSchema = z.strictObject({
  type: nodeTypeSchema,
  eId: eIdSchema,
  num: z.string().min(1).nullable(),
  heading: localizedTextSchema.nullable(),
  text: localizedTextSchema.nullable(),
  table: localizedTableSchema.optional(),
  notes: z
    .strictObject({ en: z.array(noteSchema).optional(), nl: z.array(noteSchema).optional() })
    .optional(),
  subject: subjectSchema.optional(),
  get children(): z.ZodArray<typeof provisionNodeSchema> {
    return z.array(provisionNodeSchema);
  },
  provenance: provenanceSchema,
});

export const claimSchema = z.strictObject({
  value: z.union([z.string(), z.number()]),
  status: z.enum(["official", "secondary", "unknown", "inferred"]),
  sources: z.array(sourceRefSchema),
  note: nonEmpty.optional(),
});

export function factSchema<T extends z.ZodType>(value: T) {
  return z
    .strictObject({
      value: value.nullable(),
      status: provenanceStatusSchema,
      sources: z.array(sourceRefSchema),
      note: nonEmpty.optional(),
      claims: z.array(claimSchema).optional(),
    })
    .refine((f) => ((f as unknown as { value: unknown }).value === null) === (f.status === "unknown"), {
      message: 'a fact is null exactly when its status is "unknown" (not yet verified)',
      path: ["status"],
    })
    .refine((f) => f.status === "unknown" || f.sources.length > 0, {
      message: "a known fact must cite at least one source",
      path: ["sources"],
    });
}

export const conventionMetaSchema = z.strictObject({
  titles: z.strictObject({ en: factSchema(nonEmpty), nl: factSchema(nonEmpty) }),
  adopted: z.strictObject({ date: factSchema(isoDate), place: factSchema(nonEmpty) }),
  openedForSignature: z.strictObject({
    date: factSchema(isoDate),
    place: factSchema(nonEmpty),
    lastDay: factSchema(isoDate),
  }),
  identifiers: z.strictObject({
    bwbId: factSchema(z.string().regex(/^BWB[RV]\d{7}$/, "a BWB id is BWBR or BWBV and seven digits")),
    verdragenbank: factSchema(z.string().regex(/^\d{6}$/, "a Verdragenbank number has six digits")),
    tractatenblad: z.array(factSchema(nonEmpty)),
    parliamentaryPapers: z.array(factSchema(nonEmpty)),
  }),
  textsHeld: factSchema(z.array(z.strictObject({ lang: langSchema, authentic: z.boolean() }))),
  authenticLanguages: factSchema(z.array(nonEmpty)),
  depositary: factSchema(nonEmpty),
  entryIntoForce: z.strictObject({
    article: factSchema(eIdSchema),
    rule: factSchema(nonEmpty),
    general: factSchema(isoDate),
  }),
  counts: z.strictObject({
    articles: factSchema(z.number().int().positive()),
    parts: factSchema(z.number().int().positive()),
    annexes: factSchema(z.number().int().positive()),
  }),
  // Not a Fact: the list is known only by inference (no source names an Annex G), which a Fact's status cannot say.
  annexLetters: z
    .strictObject({
      value: z.array(z.string().regex(/^[A-Z]$/, "an annex letter is one capital letter")).min(1),
      status: z.enum(["official", "secondary", "inferred"]),
      sources: z.array(sourceRefSchema).min(1),
      note: nonEmpty,
    })
    .optional(),
});

const treatyBodyShape = {
  preamble: provisionNodeSchema.nullable(),
  body: z.array(provisionNodeSchema),
  conclusions: provisionNodeSchema.nullable(),
  annexes: z.array(provisionNodeSchema),
  attachments: z.array(provisionNodeSchema),
};

export const conventionDocumentSchema = z.strictObject({
  schemaVersion: z.literal(1),
  kind: z.literal("curated"),
  meta: conventionMetaSchema,
  sources: z.array(sourceSchema),
  ...treatyBodyShape,
});

export const importedMetaSchema = z.strictObject({
  format: z.enum(["toestand", "wetgeving"]),
  bwbId: z.string().nullable(),
  versionDate: isoDate.nullable(),
  treatyNumber: z.string().nullable(),
  lang: langSchema,
  authentic: z.boolean(),
  officialTitle: z.string().nullable(),
  title: z.string().nullable(),
});

export const importedDocumentSchema = z.strictObject({
  schemaVersion: z.literal(1),
  kind: z.literal("bwb-import"),
  meta: importedMetaSchema,
  sources: z.array(sourceSchema),
  ...treatyBodyShape,
});

export const treatyDocumentSchema = z.discriminatedUnion("kind", [
  conventionDocumentSchema,
  importedDocumentSchema,
]);

/** JSON Schema (draft 2020-12) of the curated document, for users who are not on TypeScript. */
export function conventionJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(conventionDocumentSchema, { unrepresentable: "any" }) as Record<string, unknown>;
}

// Compile-time guard: the hand-written types that the main entry ships must match the schemas.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const nodeMatches: Same<z.infer<typeof provisionNodeSchema>, ProvisionNode> = true;
const sourceMatches: Same<z.infer<typeof sourceSchema>, Source> = true;
const metaMatches: Same<z.infer<typeof conventionMetaSchema>, ConventionMeta> = true;
const conventionMatches: Same<z.infer<typeof conventionDocumentSchema>, ConventionDocument> = true;
const importedMatches: Same<z.infer<typeof importedDocumentSchema>, ImportedDocument> = true;
const factMatches: Same<z.infer<ReturnType<typeof factSchema<z.ZodString>>>, Fact<string>> = true;
void [nodeMatches, sourceMatches, metaMatches, conventionMatches, importedMatches, factMatches];
