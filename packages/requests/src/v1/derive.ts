import * as z from "zod";
import { lazyShape } from "../blocks/lazy-shape.js";

type AnyObject = z.ZodObject<z.ZodRawShape>;

/**
 * What version 1 does with a field of a version-0 object: keep it (absent), drop it (null), or put
 * other fields in its place (which may include the field itself under a new schema). `$end` adds
 * fields at the end.
 */
export type Edits = Record<string, z.ZodRawShape | null>;

/**
 * The shape of a version-1 object made from the version-0 object it revises: every field version 1
 * keeps is version 0's own schema, so the two versions cannot drift apart on what they share.
 */
export function deriveShape(from: AnyObject, edits: Edits): () => z.ZodRawShape {
  return () => {
    const shape: Record<string, z.ZodType> = {};
    for (const [key, value] of Object.entries(from.shape)) {
      const edit = edits[key];
      if (edit === undefined) shape[key] = value as z.ZodType;
      else if (edit !== null) Object.assign(shape, edit);
    }
    Object.assign(shape, edits.$end ?? {});
    return shape;
  };
}

/** A version-1 object schema derived from a version-0 one; `known` fields are built at once (discriminators). */
export function derive(
  from: AnyObject,
  edits: () => Edits,
  meta?: Record<string, unknown>,
  known: z.ZodRawShape = {},
): AnyObject {
  // A schema that is refined afterwards is registered after its refinements: each refinement copies
  // the schema, and the copy has no metadata.
  const schema = z.strictObject(lazyShape(() => deriveShape(from, edits())(), known));
  return (meta ? schema.register(z.globalRegistry, meta) : schema) as unknown as AnyObject;
}
