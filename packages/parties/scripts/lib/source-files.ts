import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** A source file as the lint sees it: its path relative to the package (e.g. `data/states/LV.json`) and its text. */
export interface SourceFile {
  path: string;
  content: string;
}

/** Reads `data/dataset.json`, `data/provisional-application.json` and every `data/states/*.json` below `packageDir`. */
export function readSourceFiles(packageDir: string): SourceFile[] {
  const read = (path: string): SourceFile => ({
    path,
    content: readFileSync(join(packageDir, path), "utf8"),
  });
  const stateFiles = readdirSync(join(packageDir, "data", "states"))
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => read(`data/states/${name}`));
  return [read("data/dataset.json"), read("data/provisional-application.json"), ...stateFiles];
}
