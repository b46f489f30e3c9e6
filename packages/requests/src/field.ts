import * as z from "zod";
import { type BasisId, citeBasis } from "./basis-ids.js";

export interface FieldDescription {
  title?: string;
  description: string;
  /** Provisions of comparable instruments the field rests on; empty for fields no cited provision names. */
  basis: readonly BasisId[];
}

/**
 * Metadata every request field carries: the provisions it rests on (machine-readable and in the
 * description) and a slot for the Convention's own article, which stays null until verified.
 */
export interface RequestFieldMeta {
  [key: string]: unknown;
  title?: string;
  description: string;
  basis: BasisId[];
  conventionArticle: null;
  conventionArticleStatus: "not yet verified";
}

export function describeBasis(basis: readonly string[]): string {
  return basis.length === 0
    ? "Basis: no provision of the instruments cited; a field of this data model."
    : `Basis: ${basis.map(citeBasis).join("; ")}.`;
}

/**
 * A field's own description, without the "Basis: …" and Convention-article sentences `field` appends
 * for JSON Schema users; for pages that show the basis in a column of its own.
 */
export function descriptionWithoutBasis(description: string | null | undefined): string | null {
  if (description === null || description === undefined) return null;
  const own = description.replace(/\s*Basis: [\s\S]*$/, "").trim();
  return own === "" ? null : own;
}

function fieldMetaOf(meta: FieldDescription): RequestFieldMeta {
  return {
    ...(meta.title === undefined ? {} : { title: meta.title }),
    description: `${meta.description} ${describeBasis(meta.basis)} Ljubljana–The Hague Convention article: not yet verified.`,
    basis: [...meta.basis],
    conventionArticle: null,
    conventionArticleStatus: "not yet verified",
  };
}

/** A request field: the schema, copied with the field's metadata (the schema itself is left as it is). */
export function field<T extends z.ZodType>(schema: T, meta: FieldDescription): T {
  return schema.meta(fieldMetaOf(meta)) as T;
}

/**
 * Like `field`, for a schema built for this field alone (in the same expression): the metadata is
 * registered on the schema itself. zod's .meta() copies a schema so that a shared one stays unchanged;
 * the copies of schemas nothing else uses were a fifth of what importing this package built. For the
 * same reason the package writes `.register(z.globalRegistry, { … })` rather than `.meta({ … })` on a
 * schema it has just built.
 */
export function ownField<T extends z.ZodType>(schema: T, meta: FieldDescription): T {
  (schema as z.ZodType).register(z.globalRegistry, fieldMetaOf(meta));
  return schema;
}
