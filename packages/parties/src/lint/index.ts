/**
 * Data lints over the human-edited source files, one rule per module in rules/ (as
 * @mdn/browser-compat-data's lint/linter/ does), on the shared kernel @lhc/data-lint (types, reader,
 * formatter). Each problem names the file, the field and the fix.
 * The build refuses to emit while any problem remains, and `pnpm test` runs the same lint.
 */
import { collector, readJson, runRules } from "@lhc/data-lint";
import type { z } from "zod";
import { conventionFacts } from "../convention-facts.js";
import {
  CONVENTION_REGISTER_ID,
  partySchema,
  provisionalApplicationSchema,
  sourceDatasetMetaSchema,
  sourceRegistrySchema,
} from "../schema.js";
import type { DatasetMeta, DatasetTreaty, Party, ProvisionalApplication, Source } from "../types.js";
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
import type { SourceFile } from "./source-files.js";
import type { LintContext, LintProblem, LintRule } from "./types.js";

export { formatLintProblem } from "@lhc/data-lint";
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
  data?: {
    meta: DatasetMeta;
    treaty: DatasetTreaty;
    provisionalApplication: ProvisionalApplication[];
    parties: Party[];
  };
}

const META = "data/dataset.json";
const SOURCES = "data/sources.json";
const PROVISIONAL = "data/provisional-application.json";
const STATE_FILE = /^data\/states\/[^/]+\.json$/;

export function lintSourceFiles(files: readonly SourceFile[]): LintProblem[] {
  return lintAndCollect(files).problems;
}

export function lintAndCollect(files: readonly SourceFile[]): LintResult {
  const { problems, report } = collector();
  const parse = <T>(
    file: SourceFile,
    schema: z.ZodType<T>,
    prepare?: (json: unknown) => unknown,
  ): T | undefined =>
    readJson(file.path, file.content, schema, report, {
      ...(prepare ? { prepare } : {}),
      // An unknown source id is reported once, by the resolution, not again as a malformed source.
      skip: (issue, field) =>
        insideCitedRecord(issue.path) ||
        problems.some((p) => p.file === file.path && (field === p.field || field.startsWith(`${p.field}.`))),
    });

  const metaFile = files.find((f) => f.path === META);
  const sourcesFile = files.find((f) => f.path === SOURCES);
  if (!sourcesFile) report(SOURCES, "(file)", "is missing; create it with [] and add each cited source once");
  const registry = sourcesFile ? parse(sourcesFile, sourceRegistrySchema) : undefined;
  // The facts cite sources by id; each id becomes its record here, before the schema sees the file. A
  // record with a problem is still used (its problem is reported once, in data/sources.json).
  const records = recordsById(sourcesFile);
  const resolveIn = (file: string) => (json: unknown) =>
    records ? resolveSourceIds(json, records, (field, message) => report(file, field, message)) : json;
  const provisionalFile = files.find((f) => f.path === PROVISIONAL);
  if (!metaFile) report(META, "(file)", "is missing; create it with { asOf, asOfNote }");
  if (!provisionalFile)
    report(
      PROVISIONAL,
      "(file)",
      "is missing; create it with [] if no State applies the Convention provisionally",
    );
  const meta = metaFile ? parse(metaFile, sourceDatasetMetaSchema) : undefined;
  const provisional = provisionalFile
    ? parse(provisionalFile, provisionalApplicationSchema.array(), resolveIn(PROVISIONAL))
    : undefined;

  const parties: Array<{ file: string; party: Party }> = [];
  for (const file of files) {
    if (file === metaFile || file === provisionalFile || file === sourcesFile) continue;
    if (!STATE_FILE.test(file.path)) {
      report(file.path, "(file)", "is not a known source file; State files go in data/states/<CODE>.json");
      continue;
    }
    const party = parse(file, partySchema, resolveIn(file.path));
    if (party) parties.push({ file: file.path, party });
  }

  const treaty = meta?.treaty?.verdragenbank ?? CONVENTION_REGISTER_ID;
  const context: LintContext = {
    files,
    meta,
    sources: registry,
    provisionalApplication: provisional,
    treaty,
    // The Convention's own facts (signature period, Article 90, Parts) check only the Convention's data.
    convention: treaty === CONVENTION_REGISTER_ID ? conventionFacts(provisional ?? []) : undefined,
    parties,
  };
  runRules(rules, context, report);

  if (problems.length > 0 || !meta || !provisional || !registry) return { problems };
  const sorted = parties.map((p) => p.party).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return {
    problems,
    data: {
      meta: { asOf: meta.asOf, asOfNote: meta.asOfNote },
      treaty: meta.treaty ?? { verdragenbank: CONVENTION_REGISTER_ID, title: null },
      provisionalApplication: provisional,
      parties: sorted,
    },
  };
}

/** The records of data/sources.json by id, as far as the file is readable; undefined if it is not JSON. */
function recordsById(file: SourceFile | undefined): Map<string, Source> | undefined {
  if (!file) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(file.content);
  } catch {
    return undefined;
  }
  const records = new Map<string, Source>();
  for (const entry of Array.isArray(json) ? json : []) {
    if (entry && typeof entry === "object" && typeof entry.id === "string") {
      const { id, ...source } = entry as Source & { id: string };
      records.set(id, source);
    }
  }
  return records;
}

/** A field inside a cited source record: data/sources.json holds it, and its problems are reported there. */
function insideCitedRecord(path: readonly PropertyKey[]): boolean {
  return path.some((key, i) => key === "sources" && typeof path[i + 1] === "number" && i + 2 < path.length);
}

/**
 * A copy of `json` in which every `sources` list of ids is replaced by the records they name. An unknown
 * id, or a record written inline, is reported (and left for the schema to reject).
 */
function resolveSourceIds(
  json: unknown,
  records: ReadonlyMap<string, Source>,
  report: (field: string, message: string) => void,
  path: PropertyKey[] = [],
): unknown {
  if (Array.isArray(json))
    return json.map((item, i) => resolveSourceIds(item, records, report, [...path, i]));
  if (!json || typeof json !== "object") return json;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) {
    if (key !== "sources" || !Array.isArray(value)) {
      copy[key] = resolveSourceIds(value, records, report, [...path, key]);
      continue;
    }
    copy[key] = value.map((ref, i) => {
      const field = [...path, key, i].join(".");
      if (typeof ref !== "string") {
        report(
          field,
          'is a source written in place; write its record once in data/sources.json and cite its id here (e.g. "verdragenbank-013717-parties")',
        );
        return ref;
      }
      const record = records.get(ref);
      if (!record)
        report(
          field,
          `"${ref}" is not an id in data/sources.json; correct the id or add the source's record there`,
        );
      return record ?? ref;
    });
  }
  return copy;
}
