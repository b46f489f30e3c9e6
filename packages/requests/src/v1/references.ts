/**
 * The one rule of version 1 that JSON Schema cannot state: ids are unique within their list, and every
 * reference names an id that exists. A dangling reference is reported at the reference, naming the list
 * it should point into, so that the sender sees both paths.
 */
import type * as z from "zod";
import type { RefinementParams } from "../issues.js";
import type { PathSegment } from "../path.js";
import { toJsonPath } from "../path.js";

type Ctx = z.core.$RefinementCtx<unknown>;

interface Collection {
  /** The list that holds the entries with ids, e.g. ["persons"]. */
  path: string[];
  kind: "person" | "offence";
}

/** Where a request refers to an entry of one of its lists. */
export interface Reference {
  path: PathSegment[];
  id: string;
  kind: "person" | "offence";
}

/** Every value at a path pattern such as ["measures", "*", "persons", "*", "personId"], with its concrete path. */
export function valuesAt(
  root: unknown,
  pattern: readonly string[],
): { path: PathSegment[]; value: unknown }[] {
  let found: { path: PathSegment[]; value: unknown }[] = [{ path: [], value: root }];
  for (const key of pattern) {
    const next: { path: PathSegment[]; value: unknown }[] = [];
    for (const { path, value } of found) {
      if (key === "*") {
        if (Array.isArray(value)) {
          for (const [i, item] of value.entries()) next.push({ path: [...path, i], value: item });
        }
      } else if (
        value !== null &&
        typeof value === "object" &&
        !Array.isArray(value) &&
        Object.hasOwn(value, key)
      ) {
        next.push({ path: [...path, key], value: (value as Record<string, unknown>)[key] });
      }
    }
    found = next;
  }
  return found;
}

const collections: Collection[] = [
  { path: ["persons"], kind: "person" },
  { path: ["offences"], kind: "offence" },
];

/** Reference patterns of every request type; a pattern that does not occur in a type matches nothing. */
const referencePatterns: { pattern: string[]; kind: Reference["kind"] }[] = [
  { pattern: ["personsConcerned", "*", "personId"], kind: "person" },
  { pattern: ["personSought", "personId"], kind: "person" },
  { pattern: ["identificationMaterial", "*", "personId"], kind: "person" },
  { pattern: ["measures", "*", "personId"], kind: "person" },
  { pattern: ["measures", "*", "persons", "*", "personId"], kind: "person" },
  { pattern: ["measures", "*", "targetPersonIds", "*"], kind: "person" },
  { pattern: ["measures", "*", "offenceIds", "*"], kind: "offence" },
  { pattern: ["offences", "*", "personIds", "*"], kind: "person" },
  { pattern: ["basisDecisions", "*", "offenceIds", "*"], kind: "offence" },
  { pattern: ["decision", "offenceIds", "*"], kind: "offence" },
  { pattern: ["propertyToHandOver", "*", "offenceIds", "*"], kind: "offence" },
];

export function referencesIn(request: unknown): Reference[] {
  return referencePatterns.flatMap(({ pattern, kind }) =>
    valuesAt(request, pattern)
      .filter((found): found is { path: PathSegment[]; value: string } => typeof found.value === "string")
      .map(({ path, value }) => ({ path, id: value, kind })),
  );
}

/** Adds an issue for each duplicate id and each reference to an id that does not exist. */
export function checkReferences(request: unknown, ctx: Ctx): void {
  const known = new Map<Reference["kind"], Set<string>>();
  for (const collection of collections) {
    const ids = new Set<string>();
    known.set(collection.kind, ids);
    for (const { path, value } of valuesAt(request, [...collection.path, "*", "id"])) {
      if (typeof value !== "string") continue;
      if (ids.has(value)) {
        ctx.addIssue({
          code: "custom",
          path,
          message: `${toJsonPath(path).slice(2)}: the id "${value}" is used twice in ${toJsonPath(collection.path).slice(2)}[]; each entry needs its own id`,
          params: {
            rule: "rule",
            ruleId: "duplicate-id",
            basis: [],
            value,
            collection: [...collection.path],
          } satisfies RefinementParams,
        });
      }
      ids.add(value);
    }
  }
  for (const reference of referencesIn(request)) {
    const collection = collections.find((c) => c.kind === reference.kind) as Collection;
    if (known.get(reference.kind)?.has(reference.id)) continue;
    const list = `${toJsonPath(collection.path).slice(2)}[].id`;
    ctx.addIssue({
      code: "custom",
      path: reference.path,
      message: `${toJsonPath(reference.path).slice(2)} refers to ${reference.kind} "${reference.id}", but no entry of ${list} has that id`,
      params: {
        rule: "rule",
        ruleId: "unknown-reference",
        basis: [],
        value: reference.id,
        collection: [...collection.path],
      } satisfies RefinementParams,
    });
  }
}
