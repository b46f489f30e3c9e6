import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** A source file as the lint sees it: its path relative to the package (e.g. `data/states/LV.json`) and its text. */
export interface SourceFile {
  path: string;
  content: string;
}

/** Reads the source files below `packageDir`/data (see readDataFiles). */
export function readSourceFiles(packageDir: string): SourceFile[] {
  return readDataFiles(join(packageDir, "data"));
}

/**
 * Reads `dataset.json`, `sources.json`, `provisional-application.json` and every `states/*.json` in
 * `dataDir`, each named `data/…` whatever the directory is, so that problems read the same for the
 * package's data and for a data directory given with --data or LHC_PARTIES_DATA. A missing file is left
 * out, for the lint to name.
 */
export function readDataFiles(dataDir: string): SourceFile[] {
  const read = (name: string): SourceFile[] => {
    const path = join(dataDir, name);
    return existsSync(path) ? [{ path: `data/${name}`, content: readFileSync(path, "utf8") }] : [];
  };
  const statesDir = join(dataDir, "states");
  const stateFiles = existsSync(statesDir)
    ? readdirSync(statesDir)
        .filter((name) => name.endsWith(".json"))
        .sort()
        .flatMap((name) => read(`states/${name}`))
    : [];
  return [
    ...read("dataset.json"),
    ...read("sources.json"),
    ...read("provisional-application.json"),
    ...stateFiles,
  ];
}
