/** The package's real source files, and copies with one change, for the lint tests (one file per rule). */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import type { LintProblem } from "../../src/lint/index.js";
import { readSourceFiles, type SourceFile } from "../../src/lint/source-files.js";

export const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const { asOf } = JSON.parse(readFileSync(join(packageDir, "data", "dataset.json"), "utf8")) as {
  asOf: string;
};
export const realFiles = readSourceFiles(packageDir);

export type Json = Record<string, unknown>;
export const parsed = (path: string): Json => {
  const file = realFiles.find((f) => f.path === path);
  if (!file) throw new Error(`no ${path}`);
  return JSON.parse(file.content) as Json;
};

/** The real source files with one file replaced (or added) by `content`. */
export function withFile(path: string, content: Json | Json[] | string): SourceFile[] {
  const text = typeof content === "string" ? content : JSON.stringify(content, null, 2);
  return [...realFiles.filter((f) => f.path !== path), { path, content: text }];
}

/** A State's file with a change applied to a deep copy. */
export function state(code: string, change: (party: Json) => void): SourceFile[] {
  const party = structuredClone(parsed(`data/states/${code}.json`));
  change(party);
  return withFile(`data/states/${code}.json`, party);
}

export const latvia = (change: (lv: Json) => void) => state("LV", change);
export const lithuania = (change: (lt: Json) => void) => state("LT", change);
/** France's file with a change to its first declaration. */
export const france = (change: (declaration: Json) => void) =>
  state("FR", (fr) => change((fr.declarations as Json[])[0] as Json));

/** A list of source records with a change applied to a deep copy. */
export const sourcesWith = (change: (registry: Json[]) => void) => {
  const registry = structuredClone(parsed("data/sources.json")) as unknown as Json[];
  change(registry);
  return withFile("data/sources.json", registry);
};

export const only = (problems: LintProblem[]) => {
  expect(problems).toHaveLength(1);
  return problems[0] as LintProblem;
};
