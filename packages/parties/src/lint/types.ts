import type { LintRule as KernelRule } from "@lhc/data-lint";
import type { ConventionFacts, DatasetMeta, Party, ProvisionalApplication, Source } from "../types.js";
import type { SourceFile } from "./source-files.js";

export type { LintProblem, Report } from "@lhc/data-lint";

/** What every rule sees: the files that parsed and passed their schema, each with its path. */
export interface LintContext {
  files: readonly SourceFile[];
  meta: (DatasetMeta & { treaty?: { verdragenbank: string; title: string | null } }) | undefined;
  /** data/sources.json: every source written once, with the id the facts cite. */
  sources: ReadonlyArray<Source & { id: string }> | undefined;
  provisionalApplication: ProvisionalApplication[] | undefined;
  /** The treaty's Dutch register number (data/dataset.json `treaty`; the Convention's when absent). */
  treaty: string;
  /** Read from @lhc/convention, where the Convention's own facts are written; only for the Convention's data. */
  convention: ConventionFacts | undefined;
  parties: ReadonlyArray<{ file: string; party: Party }>;
}

/** One rule of this package: a check over the context, from the shared kernel. */
export type LintRule = KernelRule<LintContext>;
