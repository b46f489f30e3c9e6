/**
 * Data lints over the human-edited source files, one rule per module in rules/ (as
 * @mdn/browser-compat-data's lint/linter/ does). Each problem names the file, the field and the fix.
 * The build refuses to emit while any problem remains, and `pnpm test` runs the same lint.
 */
import type { z } from "zod";
import { datasetMetaSchema, partySchema, provisionalApplicationSchema } from "../../src/schema.js";
import type { DatasetMeta, Party, ProvisionalApplication } from "../../src/types.js";
import { conventionFacts } from "../lib/convention-facts.js";
import type { SourceFile } from "../lib/source-files.js";
import { dateOrder } from "./rules/date-order.js";
import { declarationEffects } from "./rules/declaration-effects.js";
import { declarationIds } from "./rules/declaration-ids.js";
import { declarationsListed } from "./rules/declarations-listed.js";
import { entryIntoForceVerified } from "./rules/entry-into-force-verified.js";
import { notAfterAsOf } from "./rules/not-after-as-of.js";
import { provisionalApplication } from "./rules/provisional-application.js";
import { signatureCorroboration } from "./rules/signature-corroboration.js";
import { signaturePeriod } from "./rules/signature-period.js";
import { sourceRecords } from "./rules/source-records.js";
import { stateCode } from "./rules/state-code.js";
import { stateFileName } from "./rules/state-file-name.js";
import type { LintContext, LintProblem, LintRule } from "./types.js";

export { ISO_3166_1_ALPHA_2_CODES, USER_ASSIGNED_CODES } from "./rules/state-code.js";
export type { LintProblem, LintRule } from "./types.js";

/** Every rule, in the order its problems are listed. */
export const rules: readonly LintRule[] = [
  stateFileName,
  stateCode,
  dateOrder,
  notAfterAsOf,
  signaturePeriod,
  signatureCorroboration,
  entryIntoForceVerified,
  declarationIds,
  declarationsListed,
  declarationEffects,
  provisionalApplication,
  sourceRecords,
];

export interface LintResult {
  problems: LintProblem[];
  /** Present only when there are no problems. */
  data?: { meta: DatasetMeta; provisionalApplication: ProvisionalApplication[]; parties: Party[] };
}

export function formatLintProblem(problem: LintProblem): string {
  return `${problem.file}: ${problem.field}: ${problem.message}`;
}

const META = "data/dataset.json";
const PROVISIONAL = "data/provisional-application.json";
const STATE_FILE = /^data\/states\/[^/]+\.json$/;

export function lintSourceFiles(files: readonly SourceFile[]): LintProblem[] {
  return lintAndCollect(files).problems;
}

export function lintAndCollect(files: readonly SourceFile[]): LintResult {
  const problems: LintProblem[] = [];
  const report = (file: string, field: string, message: string) => problems.push({ file, field, message });

  const parse = <T>(file: SourceFile, schema: z.ZodType<T>): T | undefined => {
    let json: unknown;
    try {
      json = JSON.parse(file.content);
    } catch (error) {
      report(file.path, "(file)", `is not valid JSON (${(error as Error).message}); fix the syntax`);
      return undefined;
    }
    const result = schema.safeParse(json);
    if (result.success) return result.data;
    for (const issue of result.error.issues) report(file.path, fieldPath(issue.path), describeIssue(issue));
    return undefined;
  };

  const metaFile = files.find((f) => f.path === META);
  const provisionalFile = files.find((f) => f.path === PROVISIONAL);
  if (!metaFile) report(META, "(file)", "is missing; create it with { asOf, asOfNote }");
  if (!provisionalFile)
    report(
      PROVISIONAL,
      "(file)",
      "is missing; create it with [] if no State applies the Convention provisionally",
    );
  const meta = metaFile ? parse(metaFile, datasetMetaSchema) : undefined;
  const provisional = provisionalFile
    ? parse(provisionalFile, provisionalApplicationSchema.array())
    : undefined;

  const parties: Array<{ file: string; party: Party }> = [];
  for (const file of files) {
    if (file === metaFile || file === provisionalFile) continue;
    if (!STATE_FILE.test(file.path)) {
      report(file.path, "(file)", "is not a known source file; State files go in data/states/<CODE>.json");
      continue;
    }
    const party = parse(file, partySchema);
    if (party) parties.push({ file: file.path, party });
  }

  const context: LintContext = {
    files,
    meta,
    provisionalApplication: provisional,
    convention: conventionFacts(provisional ?? []),
    parties,
  };
  for (const rule of rules) rule.check(context, report);

  if (problems.length > 0 || !meta || !provisional) return { problems };
  const sorted = parties.map((p) => p.party).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { problems, data: { meta, provisionalApplication: provisional, parties: sorted } };
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? "(file)" : path.map(String).join(".");
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined && issue.path[issue.path.length - 1] === "sources") {
        return "is missing; every fact needs at least one source { url, title, publisher, kind, accessed }";
      }
      if (issue.input === undefined)
        return `is missing; add it (expected ${issue.expected}, or null where unknown)`;
      return `${issue.message}; write a ${issue.expected} here`;
    case "unrecognized_keys":
      return `has unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(", ")}; remove them or correct their spelling`;
    case "invalid_value":
      return `${issue.message}; use one of the listed values`;
    default:
      return issue.message;
  }
}
