/**
 * Classifies the difference between two versions of a JSON Schema from the point of view of the
 * systems that send data validated by it: a change is breaking when data the old schema accepted may be
 * rejected by the new one (a field removed or renamed, a field newly required, a type, enum or limit
 * narrowed), and compatible when the new schema accepts at least what the old one did.
 */

export type JsonSchema = Record<string, unknown>;

export interface SchemaChange {
  /** Where the change is, as a path into the data the schema validates (`$.measures[].type`). */
  path: string;
  breaking: boolean;
  /** One sentence naming the field and the change. */
  message: string;
}

const isObject = (value: unknown): value is JsonSchema =>
  value !== null && typeof value === "object" && !Array.isArray(value);

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function typesOf(schema: JsonSchema): string[] | undefined {
  if (typeof schema.type === "string") return [schema.type];
  if (Array.isArray(schema.type)) return schema.type.map(String);
  return undefined;
}

/** Whether the type list `after` still admits every value of type `type`. */
function admits(after: string[], type: string): boolean {
  return after.includes(type) || (type === "integer" && after.includes("number"));
}

/** Upper bounds: lowering one (or adding one) narrows; lower bounds: raising one (or adding one) narrows. */
const upperBounds = ["maxLength", "maxItems", "maxProperties", "maximum", "exclusiveMaximum"];
const lowerBounds = ["minLength", "minItems", "minProperties", "minimum", "exclusiveMinimum"];

function resolveRef(schema: JsonSchema, root: JsonSchema): JsonSchema {
  let node = schema;
  const seen = new Set<string>();
  while (typeof node.$ref === "string" && node.$ref.startsWith("#") && !seen.has(node.$ref)) {
    seen.add(node.$ref);
    let target: unknown = root;
    for (const raw of node.$ref.slice(1).split("/").filter(Boolean)) {
      const key = decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~");
      target =
        isObject(target) || Array.isArray(target) ? (target as Record<string, unknown>)[key] : undefined;
    }
    if (!isObject(target)) break;
    const { $ref: _ref, ...siblings } = node;
    node = { ...target, ...siblings };
  }
  return node;
}

export function classifySchemaChange(before: JsonSchema, after: JsonSchema): SchemaChange[] {
  const changes: SchemaChange[] = [];
  const visited = new Set<string>();
  const note = (path: string, breaking: boolean, message: string) =>
    changes.push({ path, breaking, message });

  const walk = (rawBefore: unknown, rawAfter: unknown, path: string) => {
    if (!isObject(rawBefore) || !isObject(rawAfter)) {
      if (rawAfter === false && rawBefore !== false) note(path, true, `${path} no longer accepts any value`);
      return;
    }
    // A pair of referenced definitions is compared once, wherever it is used: recursive definitions
    // (a provision holds provisions) would otherwise be walked for ever.
    if (rawBefore.$ref !== undefined || rawAfter.$ref !== undefined) {
      const key = `${JSON.stringify(rawBefore.$ref)}|${JSON.stringify(rawAfter.$ref)}`;
      if (visited.has(key)) return;
      visited.add(key);
    }
    const b = resolveRef(rawBefore, before);
    const a = resolveRef(rawAfter, after);

    const typesBefore = typesOf(b);
    const typesAfter = typesOf(a);
    if (typesAfter && !typesBefore) {
      note(path, true, `${path} is now restricted to type ${typesAfter.join(" or ")}`);
    } else if (typesBefore && typesAfter) {
      const removed = typesBefore.filter((type) => !admits(typesAfter, type));
      const added = typesAfter.filter((type) => !admits(typesBefore, type));
      if (removed.length > 0) note(path, true, `${path} no longer accepts type ${removed.join(" or ")}`);
      if (added.length > 0) note(path, false, `${path} now also accepts type ${added.join(" or ")}`);
    }

    const enumBefore = Array.isArray(b.enum) ? (b.enum as unknown[]) : undefined;
    const enumAfter = Array.isArray(a.enum) ? (a.enum as unknown[]) : undefined;
    if (enumAfter) {
      if (!enumBefore) {
        note(path, true, `${path} is now limited to ${enumAfter.length} listed values`);
      } else {
        const removed = enumBefore.filter((value) => !enumAfter.some((other) => same(value, other)));
        const added = enumAfter.filter((value) => !enumBefore.some((other) => same(value, other)));
        if (removed.length > 0) {
          note(path, true, `${path} no longer accepts ${removed.map((v) => JSON.stringify(v)).join(", ")}`);
        }
        if (added.length > 0) {
          note(path, false, `${path} now also accepts ${added.map((v) => JSON.stringify(v)).join(", ")}`);
        }
      }
    }
    if ("const" in a && (!("const" in b) || !same(a.const, b.const))) {
      note(path, true, `${path} must now be ${JSON.stringify(a.const)}`);
    }

    for (const bound of upperBounds) {
      const was = b[bound];
      const is = a[bound];
      if (typeof is !== "number") continue;
      if (typeof was !== "number" || is < was) note(path, true, `${path}: ${bound} lowered to ${is}`);
      else if (is > was) note(path, false, `${path}: ${bound} raised to ${is}`);
    }
    for (const bound of lowerBounds) {
      const was = b[bound];
      const is = a[bound];
      if (typeof is !== "number") continue;
      if (typeof was !== "number" || is > was) note(path, true, `${path}: ${bound} raised to ${is}`);
      else if (is < was) note(path, false, `${path}: ${bound} lowered to ${is}`);
    }
    for (const keyword of ["pattern", "format"]) {
      // Whether one regular expression accepts all another does cannot be decided here: any change counts.
      if (a[keyword] !== undefined && a[keyword] !== b[keyword]) {
        note(path, true, `${path}: ${keyword} changed to ${JSON.stringify(a[keyword])}`);
      }
    }

    const propsBefore = isObject(b.properties) ? b.properties : {};
    const propsAfter = isObject(a.properties) ? a.properties : {};
    const requiredBefore = new Set(Array.isArray(b.required) ? b.required.map(String) : []);
    const requiredAfter = new Set(Array.isArray(a.required) ? a.required.map(String) : []);
    for (const name of Object.keys(propsBefore)) {
      const child = `${path}.${name}`;
      if (!(name in propsAfter)) note(child, true, `${child} was removed or renamed`);
      else walk(propsBefore[name], propsAfter[name], child);
    }
    for (const name of Object.keys(propsAfter)) {
      if (!(name in propsBefore) && !requiredAfter.has(name)) {
        note(`${path}.${name}`, false, `${path}.${name} was added as an optional field`);
      }
    }
    for (const name of requiredAfter) {
      if (!requiredBefore.has(name)) note(`${path}.${name}`, true, `${path}.${name} is now required`);
    }
    for (const name of requiredBefore) {
      if (!requiredAfter.has(name)) note(`${path}.${name}`, false, `${path}.${name} is now optional`);
    }

    if (a.additionalProperties === false && b.additionalProperties !== false) {
      note(path, true, `${path} no longer accepts fields it does not list`);
    } else if (isObject(b.additionalProperties) && isObject(a.additionalProperties)) {
      walk(b.additionalProperties, a.additionalProperties, `${path}.*`);
    }

    if (b.items !== undefined && a.items !== undefined) walk(b.items, a.items, `${path}[]`);
    else if (a.items !== undefined && b.items === undefined)
      note(path, true, `${path}: list items are now constrained`);
    if (Array.isArray(b.prefixItems) && Array.isArray(a.prefixItems)) {
      const itemsAfter = a.prefixItems as unknown[];
      for (const [i, item] of b.prefixItems.entries()) walk(item, itemsAfter[i], `${path}[${i}]`);
    }

    for (const keyword of ["anyOf", "oneOf"]) {
      const was = Array.isArray(b[keyword]) ? (b[keyword] as unknown[]) : undefined;
      const is = Array.isArray(a[keyword]) ? (a[keyword] as unknown[]) : undefined;
      if (!is) continue;
      if (!was) {
        note(path, true, `${path} now has to match one of ${is.length} alternatives`);
        continue;
      }
      if (is.length < was.length)
        note(path, true, `${path}: ${was.length - is.length} alternative(s) removed`);
      if (is.length > was.length)
        note(path, false, `${path}: ${is.length - was.length} alternative(s) added`);
      for (const [i, branch] of was.slice(0, is.length).entries()) walk(branch, is[i], path);
    }
    const allBefore = Array.isArray(b.allOf) ? b.allOf : [];
    const allAfter = Array.isArray(a.allOf) ? a.allOf : [];
    if (allAfter.length > allBefore.length)
      note(path, true, `${path}: ${allAfter.length - allBefore.length} condition(s) added`);
    for (const [i, branch] of allBefore.slice(0, allAfter.length).entries()) walk(branch, allAfter[i], path);

    if (a.if !== undefined) {
      if (b.if === undefined || !same(b.if, a.if)) {
        note(path, true, `${path}: a conditional rule was added or changed`);
      } else {
        if (b.then !== undefined || a.then !== undefined) walk(b.then ?? {}, a.then ?? {}, path);
        if (b.else !== undefined || a.else !== undefined) walk(b.else ?? {}, a.else ?? {}, path);
      }
    }
    if (a.not !== undefined && !same(a.not, b.not))
      note(path, true, `${path}: an exclusion ("not") was added or changed`);
  };

  walk(before, after, "$");
  return changes;
}
