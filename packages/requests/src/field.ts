import type * as z from "zod";
import { type BasisId, citeBasis } from "./basis-ids.js";

export interface FieldDescription {
  title?: string;
  description: string;
  /** Verified provisions the field rests on; empty only for record-keeping fields of this data model. */
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
    ? "Basis: no verified provision; a field of this data model."
    : `Basis: ${basis.map(citeBasis).join("; ")}.`;
}

export function field<T extends z.ZodType>(schema: T, meta: FieldDescription): T {
  const fieldMeta: RequestFieldMeta = {
    ...(meta.title === undefined ? {} : { title: meta.title }),
    description: `${meta.description} ${describeBasis(meta.basis)} Ljubljana–The Hague Convention article: not yet verified.`,
    basis: [...meta.basis],
    conventionArticle: null,
    conventionArticleStatus: "not yet verified",
  };
  return schema.meta(fieldMeta) as T;
}
