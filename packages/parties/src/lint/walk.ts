import type { SourceFile } from "./source-files.js";

/** Each file that is valid JSON, parsed; the lint engine reports the others. */
export function* parsedFiles(files: readonly SourceFile[]): Generator<{ path: string; json: unknown }> {
  for (const file of files) {
    try {
      yield { path: file.path, json: JSON.parse(file.content) };
    } catch {
      // Not JSON: reported once, by the engine.
    }
  }
}

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
