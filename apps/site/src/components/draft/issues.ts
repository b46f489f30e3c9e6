import type { RequestIssue } from "@lhc/requests";
import type { ErrorSchema } from "@rjsf/utils";

/** The id rjsf gives the field at a path (idPrefix "root", idSeparator "_"), e.g. root_measures_0_type. */
export function fieldId(segments: readonly (string | number)[]): string {
  return ["root", ...segments].join("_");
}

/**
 * The issues validateRequest reports, as rjsf's error tree, so that each message appears under its
 * field, worded by `word` (issueSentence of @lhc/letters/labels, in the form's language). `visible`
 * chooses which fields show theirs yet.
 */
export function issuesToErrorSchema(
  issues: readonly RequestIssue[],
  visible: (id: string) => boolean,
  word: (issue: RequestIssue) => string,
): ErrorSchema {
  const root: Record<string | number, unknown> = {};
  for (const issue of issues) {
    if (!visible(fieldId(issue.pathSegments))) continue;
    let node = root;
    for (const segment of issue.pathSegments) {
      node[segment] ??= {};
      node = node[segment] as Record<string | number, unknown>;
    }
    node.__errors = [...((node.__errors as string[] | undefined) ?? []), word(issue)];
  }
  return root as ErrorSchema;
}

/** What "Download JSON" saves: the form's data as JSON (fields left empty are absent). */
export function asSaved(data: unknown): unknown {
  return data === undefined ? undefined : JSON.parse(JSON.stringify(data));
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * The form library copies objects in ways that lose an own key named "__proto__" (which JSON.parse
 * creates like any other key). So that an opened file loses nothing, such keys are carried over from
 * the previous data into the form's new data, wherever both have an object at the same place.
 */
export function keepOwnProtoKeys(previous: unknown, next: unknown): unknown {
  if (Array.isArray(previous) && Array.isArray(next)) {
    return next.map((item, index) => keepOwnProtoKeys(previous[index], item));
  }
  if (!isPlainObject(previous) || !isPlainObject(next)) return next;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) {
    Object.defineProperty(result, key, {
      value: keepOwnProtoKeys(Object.hasOwn(previous, key) ? previous[key] : undefined, value),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  if (Object.hasOwn(previous, "__proto__") && !Object.hasOwn(next, "__proto__")) {
    Object.defineProperty(result, "__proto__", {
      value: previous.__proto__,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return result;
}

const isEmptyObject = (value: unknown): boolean =>
  isPlainObject(value) && Object.values(value).every(isEmptyObject);

/**
 * The form library creates an empty object for an optional object field that version 1's conditions
 * make it resolve (an authority, the urgency, the signature…) as soon as anything else changes; the
 * request would then hold fields nobody filled in, each reported as missing. Such an object, absent from
 * the previous data, is left out: a request holds what was typed, chosen or opened.
 */
export function withoutAddedEmptyObjects(previous: unknown, next: unknown): unknown {
  if (Array.isArray(previous) && Array.isArray(next)) {
    return next.map((item, index) => withoutAddedEmptyObjects(previous[index], item));
  }
  if (!isPlainObject(next)) return next;
  const before = isPlainObject(previous) ? previous : {};
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) {
    const had = Object.hasOwn(before, key);
    if (!had && isEmptyObject(value)) continue;
    Object.defineProperty(result, key, {
      value: withoutAddedEmptyObjects(had ? before[key] : undefined, value),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return result;
}
