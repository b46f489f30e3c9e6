/**
 * `@lhc/requests/fields`: one walker of a request's fields, for field tables, letters and form
 * builders. It reads the JSON Schema the package ships (so it describes exactly what validation
 * checks) and lists every field with its path, whether it is required, its basis, its title and
 * description, and the discriminator values under which it exists.
 */
import { descriptionWithoutBasis } from "./field.js";
import { getJsonSchema as getJsonSchemaV0, type JsonSchema } from "./index.js";
import type { RequestType } from "./request-types.js";
import { getJsonSchema as getJsonSchemaV1 } from "./v1/index.js";

/** A condition on a field's existence: the discriminator at `path` has the value `value`. */
export interface FieldCondition {
  /** Path of the discriminator, e.g. "measures[].type". */
  path: string;
  value: string | number | boolean;
  /** Title of the option the value selects, e.g. "Taking evidence or statements". */
  title: string | null;
}

export interface RequestField {
  /** Path with "[]" for list items, e.g. "measures[].persons[].personId". */
  path: string;
  /**
   * The path with "[key=value]" after each union option it lies in, e.g.
   * "measures[][type=taking-evidence].persons[].personId": unique for every field, where `path` is not.
   */
  variantPath: string;
  /** Name of the field (the last segment of its path; "[]" for the items of a list). */
  name: string;
  /** Whether the field must be present whenever its parent (and every condition in `when`) is. */
  required: boolean;
  /** The field's own title, or the title of the schema it uses. */
  title: string | null;
  /** The field's description without the "Basis: …" sentence. */
  description: string | null;
  /** Provisions of comparable instruments the field rests on (data/basis.json); empty if none. */
  basis: string[];
  /** JSON types the field accepts ("object", "array", "string"…). */
  types: string[];
  /** The values an enumeration or constant allows. */
  values?: readonly unknown[];
  /** The regular expression a string must match, as the JSON Schema states it (e.g. "^[A-Z]{2}$"). */
  pattern?: string;
  /** The string format the JSON Schema names (e.g. "date"). */
  format?: string;
  /** The numeric and length limits the JSON Schema sets on the field (only those it sets). */
  limits?: FieldLimits;
  /** For a list of plain values (not objects): what each item is. */
  items?: { types: string[]; values?: readonly unknown[]; pattern?: string; format?: string };
  /**
   * Set when this field is the discriminator of a union: the values that select each option, with
   * the option's title and the provisions the option itself rests on.
   */
  discriminator?: { value: string | number | boolean; title: string | null; basis: string[] }[];
  /** Discriminator values under which the field exists (empty when it always can). */
  when: FieldCondition[];
}

/** JSON Schema keywords that bound a value's length, count or size, as the schema states them. */
export interface FieldLimits {
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  exclusiveMaximum?: number;
  maxProperties?: number;
  uniqueItems?: boolean;
}

const LIMIT_KEYWORDS = [
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "minimum",
  "exclusiveMinimum",
  "maximum",
  "exclusiveMaximum",
  "maxProperties",
  "uniqueItems",
] as const satisfies readonly (keyof FieldLimits)[];

type Schema = Record<string, unknown>;
const isObject = (value: unknown): value is Schema =>
  value !== null && typeof value === "object" && !Array.isArray(value);

function resolve(node: Schema, root: Schema): Schema {
  let current = node;
  for (let i = 0; i < 20 && typeof current.$ref === "string" && current.$ref.startsWith("#/"); i += 1) {
    let target: unknown = root;
    for (const raw of current.$ref.slice(2).split("/")) {
      const key = decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~");
      target = isObject(target) ? target[key] : undefined;
    }
    if (!isObject(target)) break;
    const { $ref: _ref, ...siblings } = current;
    current = { ...target, ...siblings };
  }
  return current;
}

/** The values an enumeration or a constant allows; for a union of such, all of its options' values. */
function enumerated(node: Schema, root: Schema): readonly unknown[] | undefined {
  if (Array.isArray(node.enum)) return node.enum;
  if ("const" in node) return [node.const];
  const choices = options(node);
  if (!choices) return undefined;
  const lists = choices.map((choice) => enumerated(resolve(choice, root), root));
  return lists.every((list) => list !== undefined) ? [...new Set(lists.flat())] : undefined;
}

/** An enumeration's or a constant's values, a string pattern and format, where the schema has them. */
function valuesOf(
  node: Schema,
  root: Schema,
): { values?: readonly unknown[]; pattern?: string; format?: string } {
  const values = enumerated(node, root);
  return {
    ...(values ? { values } : {}),
    ...(typeof node.pattern === "string" ? { pattern: node.pattern } : {}),
    ...(typeof node.format === "string" ? { format: node.format } : {}),
  };
}

function limitsOf(node: Schema): { limits?: FieldLimits } {
  const limits: Record<string, number | boolean> = {};
  for (const keyword of LIMIT_KEYWORDS) {
    const value = node[keyword];
    if (typeof value === "number" || (keyword === "uniqueItems" && value === true)) limits[keyword] = value;
  }
  return Object.keys(limits).length > 0 ? { limits } : {};
}

const basisOf = (node: Schema): string[] => (Array.isArray(node.basis) ? node.basis.map(String) : []);

const options = (node: Schema): Schema[] | undefined =>
  (Array.isArray(node.oneOf) ? node.oneOf : Array.isArray(node.anyOf) ? node.anyOf : undefined) as
    | Schema[]
    | undefined;

/** The JSON types a node accepts; for a union, those of its options. */
function typesOf(node: Schema, root: Schema, depth = 0): string[] {
  if (typeof node.type === "string") return [node.type];
  if (Array.isArray(node.type)) return node.type.map(String);
  if ("const" in node) return [node.const === null ? "null" : typeof node.const];
  const choices = options(node);
  if (choices && depth < 10)
    return [...new Set(choices.flatMap((choice) => typesOf(resolve(choice, root), root, depth + 1)))];
  return [];
}

/** The property every option of a union fixes to a constant, and each option's value. */
function discriminatorOf(
  choices: Schema[],
  root: Schema,
): { key: string; values: (string | number | boolean)[] } | undefined {
  const resolved = choices.map((choice) => resolve(choice, root));
  const first = resolved[0];
  if (!first || !isObject(first.properties)) return undefined;
  for (const key of Object.keys(first.properties)) {
    const values = resolved.map((choice) => {
      const property = isObject(choice.properties) ? choice.properties[key] : undefined;
      return isObject(property) ? resolve(property, root).const : undefined;
    });
    if (values.every((v) => typeof v === "string" || typeof v === "number" || typeof v === "boolean")) {
      return { key, values: values as (string | number | boolean)[] };
    }
  }
  return undefined;
}

/**
 * The options of a union that no constant tells apart, as one object: each property that some
 * option has (a union of its schemas where several have it, documented as the first), required only
 * where every option requires it.
 */
function mergeOptions(choices: Schema[]): Schema {
  const properties: Record<string, Schema[]> = {};
  for (const choice of choices)
    for (const [name, property] of Object.entries(choice.properties as Schema))
      if (isObject(property)) properties[name] = [...(properties[name] ?? []), property];
  const requiredBy = (choice: Schema) => (Array.isArray(choice.required) ? choice.required.map(String) : []);
  return {
    type: "object",
    properties: Object.fromEntries(
      Object.entries(properties).map(([name, schemas]) => {
        const [first] = schemas;
        if (schemas.length === 1 || !first) return [name, first];
        const docs = Object.fromEntries(
          ["title", "description", "basis"].filter((k) => k in first).map((k) => [k, first[k]]),
        );
        return [name, { ...docs, anyOf: schemas }];
      }),
    ),
    required: Object.keys(properties).filter((name) =>
      choices.every((choice) => requiredBy(choice).includes(name)),
    ),
  };
}

const join = (parent: string, name: string) =>
  name === "[]" ? `${parent}[]` : parent ? `${parent}.${name}` : name;

/** Every field of a JSON Schema, depth first, in the schema's order. */
export function walkJsonSchema(schema: JsonSchema): RequestField[] {
  const root = schema as Schema;
  const out: RequestField[] = [];
  const seen = new Set<string>();

  const visit = (
    raw: Schema,
    path: string,
    variantPath: string,
    when: FieldCondition[],
    depth: number,
  ): void => {
    if (depth > 30) return;
    const node = resolve(raw, root);
    const choices = options(node);
    if (choices) {
      const discriminator = discriminatorOf(choices, root);
      const objects = choices.map((choice) => resolve(choice, root)).filter((o) => isObject(o.properties));
      if (!discriminator && objects.length > 1) {
        visitObject(mergeOptions(objects), path, variantPath, when, depth);
        return;
      }
      choices.forEach((choice, i) => {
        const option = resolve(choice, root);
        const value = discriminator?.values[i];
        const condition =
          discriminator && value !== undefined
            ? [
                ...when,
                {
                  path: join(path, discriminator.key),
                  value,
                  title: typeof option.title === "string" ? option.title : null,
                },
              ]
            : when;
        const optionPath =
          discriminator && value !== undefined
            ? `${variantPath}[${discriminator.key}=${String(value)}]`
            : variantPath;
        visitObject(option, path, optionPath, condition, depth, discriminator?.key);
      });
      return;
    }
    visitObject(node, path, variantPath, when, depth);
  };

  const visitObject = (
    node: Schema,
    path: string,
    variantPath: string,
    when: FieldCondition[],
    depth: number,
    skip?: string,
  ): void => {
    if (isObject(node.items)) {
      const items = resolve(node.items, root);
      if (isObject(items.properties) || options(items))
        visit(items, `${path}[]`, `${variantPath}[]`, when, depth + 1);
      return;
    }
    if (!isObject(node.properties)) return;
    const required = new Set(Array.isArray(node.required) ? node.required.map(String) : []);
    for (const [name, rawChild] of Object.entries(node.properties)) {
      if (!isObject(rawChild)) continue;
      const fieldPath = join(path, name);
      const fieldVariantPath = join(variantPath, name);
      const child = resolve(rawChild, root);
      const key = `${fieldPath}|${when.map((c) => `${c.path}=${String(c.value)}`).join(",")}`;
      // The discriminator of a union is listed once, where the union is, with all its values.
      if (name === skip || seen.has(key)) continue;
      seen.add(key);
      const childChoices = options(child);
      const items = isObject(child.items) ? resolve(child.items, root) : undefined;
      const itemChoices = items ? options(items) : undefined;
      out.push({
        path: fieldPath,
        variantPath: fieldVariantPath,
        name,
        required: required.has(name),
        title:
          typeof child.title === "string"
            ? child.title
            : typeof items?.title === "string"
              ? items.title
              : null,
        description: descriptionWithoutBasis(
          typeof child.description === "string" ? child.description : null,
        ),
        basis: basisOf(child),
        types: typesOf(child, root),
        ...valuesOf(child, root),
        ...limitsOf(child),
        ...(items && !isObject(items.properties) && !itemChoices
          ? { items: { types: typesOf(items, root), ...valuesOf(items, root) } }
          : {}),
        when,
      });
      const unionChoices = childChoices ?? itemChoices;
      const union = unionChoices ? discriminatorOf(unionChoices, root) : undefined;
      if (union && unionChoices) {
        out.push({
          path: join(childChoices ? fieldPath : `${fieldPath}[]`, union.key),
          variantPath: join(childChoices ? fieldVariantPath : `${fieldVariantPath}[]`, union.key),
          name: union.key,
          required: true,
          title: null,
          description: null,
          basis: [],
          types: [typeof union.values[0]],
          values: union.values,
          discriminator: union.values.map((value, i) => {
            const option = resolve(unionChoices[i] as Schema, root);
            return {
              value,
              title: typeof option.title === "string" ? option.title : null,
              basis: basisOf(option),
            };
          }),
          when,
        });
      }
      visit(child, fieldPath, fieldVariantPath, when, depth + 1);
    }
  };

  visit(root, "", "", [], 0);
  return out;
}

/** The fields of a request type, in version "1.0" (the default) or "0.1" of the data model. */
export function requestFields(requestType: RequestType, version: "0.1" | "1.0" = "1.0"): RequestField[] {
  return walkJsonSchema(version === "1.0" ? getJsonSchemaV1(requestType) : getJsonSchemaV0(requestType));
}
