import * as z from "zod";
import { schemaVersion } from "./blocks/request-fields.js";

export const jsonSchemaBaseUrl = "https://lhc-project.github.io/schemas/requests";

/** Stable, versioned identifier of the JSON Schema for one request type. */
export function jsonSchemaId(requestType: string): string {
  return `${jsonSchemaBaseUrl}/${schemaVersion}/${requestType}.json`;
}

export type JsonSchema = Record<string, unknown>;

/**
 * Converts a request schema to JSON Schema draft 2020-12 with zod's own converter, so that the JSON
 * Schema and the zod schema are one definition. Custom keywords `basis`, `conventionArticle` and
 * `conventionArticleStatus` are annotations; validators ignore them or can register them as a vocabulary.
 */
export function buildJsonSchema(
  requestType: string,
  schema: z.ZodType,
  $id: string = jsonSchemaId(requestType),
): JsonSchema {
  const generated = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "throw",
  }) as JsonSchema;
  const { $schema, ...rest } = generated;
  return { $schema, $id, ...rest };
}
