/** A changed copy of the package's data/ in a temporary folder, and its lint problems, for the rule tests. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";
import { type LintProblem, lintDataDir } from "../../src/data-dir/lint/index.js";

export const packageDir = join(import.meta.dirname, "..", "..");
const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export type Json = Record<string, unknown>;

/** A copy of data/ in a temporary folder, changed by `edit`. */
export function dataCopy(edit: (dataDir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "lhc-convention-data-"));
  temps.push(dir);
  const dataDir = join(dir, "data");
  cpSync(join(packageDir, "data"), dataDir, { recursive: true });
  edit(dataDir);
  return dataDir;
}

export function editJson<T = Json>(file: string, change: (value: T) => void): void {
  const value = JSON.parse(readFileSync(file, "utf8")) as T;
  change(value);
  writeFileSync(file, JSON.stringify(value));
}

/** The lint problems of the package's data with `edit` applied to one of its files (relative to data/). */
export function problemsWith<T = Json>(file: string, change: (value: T) => void): LintProblem[] {
  return lintDataDir(dataCopy((data) => editJson(join(data, file), change))).problems;
}
