import { type Labels, labelsFor } from "@lhc/letters/labels";
import type { RequestType } from "@lhc/requests/request-types";
import { getJsonSchema } from "@lhc/requests/v1";
import type { RJSFSchema } from "@rjsf/utils";

type Schema = Record<string, unknown>;

/**
 * The version-1 JSON Schema @lhc/requests/v1 builds for a request type, prepared for the form, in the officer's words:
 * every property gets a title (its label in the letter's language); every choice shows its label from the same
 * catalog (`oneOf` of `const` with a `title`, which the form shows as a select, instead of the codes of an
 * `enum`); the provisions a field rests on move out of its help text into `basis`, shown once per section;
 * and `$id`/`$schema` are left out so that the form's validator can compile the schemas of several types
 * side by side.
 */
export function builderSchema(requestType: RequestType, language = "en"): RJSFSchema {
  const { $id: _id, $schema: _schema, ...schema } = getJsonSchema(requestType);
  return withTitles(structuredClone(schema), labelsFor(language)) as RJSFSchema;
}

/** The help text without its "Basis: …" sentences, which the section's disclosure gives instead. */
export function withoutBasis(description: string): string {
  const at = description.indexOf(" Basis: ");
  return at < 0 ? description : description.slice(0, at);
}

function labelChoices(schema: Schema, labels: Labels): void {
  const choices = schema.enum;
  if (!Array.isArray(choices) || !choices.every((choice) => typeof choice === "string")) return;
  delete schema.enum;
  schema.oneOf = (choices as string[]).map((choice) => ({
    const: choice,
    title: labels.value(choice) ?? choice,
  }));
}

function withTitles(node: unknown, labels: Labels): unknown {
  if (Array.isArray(node)) return node.map((child) => withTitles(child, labels));
  if (node === null || typeof node !== "object") return node;
  const schema = node as Schema;
  labelChoices(schema, labels);
  if (typeof schema.description === "string") schema.description = withoutBasis(schema.description);
  for (const [key, child] of Object.entries(schema)) {
    if (key === "properties" && child && typeof child === "object") {
      for (const [name, property] of Object.entries(child as Record<string, Schema>)) {
        withTitles(property, labels);
        if (property && typeof property === "object" && property.title === undefined) {
          property.title = labels.field(name);
        }
      }
    } else {
      withTitles(child, labels);
    }
  }
  return schema;
}
