import type { ConventionFacts, DatasetMeta, Party, ProvisionalApplication, Source } from "../../src/types.js";
import type { SourceFile } from "../lib/source-files.js";

export interface LintProblem {
  file: string;
  /** Dotted path of the field inside the file, or `(file)` for the file as a whole. */
  field: string;
  /** What is wrong and how to fix it. */
  message: string;
}

export type Report = (file: string, field: string, message: string) => void;

/** What every rule sees: the files that parsed and passed their schema, each with its path. */
export interface LintContext {
  files: readonly SourceFile[];
  meta: DatasetMeta | undefined;
  /** data/sources.json: every source written once, with the id the facts cite. */
  sources: ReadonlyArray<Source & { id: string }> | undefined;
  provisionalApplication: ProvisionalApplication[] | undefined;
  /** Read from @lhc/convention, where the Convention's own facts are written. */
  convention: ConventionFacts | undefined;
  parties: ReadonlyArray<{ file: string; party: Party }>;
}

/** One rule: its name (the module's file name) and a check that reports each problem. */
export interface LintRule {
  name: string;
  check(context: LintContext, report: Report): void;
}
