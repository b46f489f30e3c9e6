/** Visits every value of a parsed JSON file with its path (keys and array indexes). */
export function walk(
  value: unknown,
  visit: (path: PropertyKey[], value: unknown) => void,
  path: PropertyKey[] = [],
): void {
  visit(path, value);
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) walk(item, visit, [...path, i]);
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) walk(item, visit, [...path, key]);
  }
}
