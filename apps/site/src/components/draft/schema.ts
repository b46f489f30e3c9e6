import { labelsFor } from "@lhc/letters";
import { getJsonSchema, type RequestType } from "@lhc/requests";
import type { RJSFSchema } from "@rjsf/utils";

type Schema = Record<string, unknown>;

const labels = labelsFor("en");

/**
 * The JSON Schema @lhc/requests builds for a request type, prepared for the form: every property gets
 * a title (the letters' English label) so that each input has a readable label, and `$id`/`$schema` are
 * left out so that the form's validator can compile the schemas of several types side by side.
 */
export function builderSchema(requestType: RequestType): RJSFSchema {
  const { $id: _id, $schema: _schema, ...schema } = getJsonSchema(requestType);
  return withTitles(structuredClone(schema)) as RJSFSchema;
}

function withTitles(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withTitles);
  if (node === null || typeof node !== "object") return node;
  const schema = node as Schema;
  for (const [key, child] of Object.entries(schema)) {
    if (key === "properties" && child && typeof child === "object") {
      for (const [name, property] of Object.entries(child as Record<string, Schema>)) {
        withTitles(property);
        if (property && typeof property === "object" && property.title === undefined) {
          property.title = labels.field(name);
        }
      }
    } else {
      withTitles(child);
    }
  }
  return schema;
}
