/**
 * `lhc convention update`: the official text of a treaty, from the repository or a local file, merged
 * into a data directory all-or-nothing, with a summary fit for a changeset.
 */
import { existsSync, readdirSync } from "node:fs";
import { checkData } from "../data-dir/check.js";
import {
  applyFiles,
  DataDirRefused,
  documentFiles,
  type FilePlan,
  planFiles,
  readDocumentFiles,
} from "../data-dir/files.js";
import { PROVISION_KINDS } from "../kinds.js";
import type { ConventionDocument } from "../types.js";
import { type FetchOptions, fetchLatestBwb } from "./fetch.js";
import { type Conflict, type MergeResult, mergeOfficial } from "./merge.js";
import { type OfficialText, readOfficialText } from "./official.js";

/** The update was refused for a reason the user can act on (conflicts, invalid data). */
export class UpdateRefused extends Error {
  constructor(
    message: string,
    readonly conflicts: Conflict[] = [],
  ) {
    super(message);
    this.name = "UpdateRefused";
  }
}

export type UpdateInput =
  | { kind: "file"; xml: string; path: string }
  | ({ kind: "fetch" } & Omit<FetchOptions, "id">);

export interface UpdateOptions {
  id: string;
  dataDir: string;
  dryRun?: boolean;
  /** ISO date of the download; default today for a fetch, unknown (`null`) for a local file. */
  accessed?: string | null;
  log?: (line: string) => void;
}

export interface UpdateReport {
  official: Pick<OfficialText, "bwbId" | "version" | "languages" | "source" | "unmatched">;
  merge: MergeResult;
  files: FilePlan;
  written: boolean;
  summary: string;
}

function loadData(dataDir: string): ConventionDocument | null {
  if (!existsSync(dataDir) || readdirSync(dataDir).length === 0) return null;
  const { problems, document } = checkData(dataDir);
  if (!document) {
    throw new UpdateRefused(
      `the data directory ${dataDir} has ${problems.length} problem(s); fix them first:\n${problems.map((p) => `  ${p}`).join("\n")}`,
    );
  }
  return document;
}

/**
 * The treaty the data directory holds must be the one asked for: otherwise a second treaty's text would
 * be merged into the first. A directory that records no BWB id cannot be checked, so it is refused too.
 */
function checkTreaty(data: ConventionDocument | null, id: string, dataDir: string): void {
  if (!data) return;
  const held = data.meta.identifiers.bwbId.value;
  if (held === id) return;
  throw new UpdateRefused(
    held === null
      ? `the data directory ${dataDir} records no BWB id (meta.json: identifiers.bwbId is unknown), so it cannot be checked to hold ${id}; record the treaty's BWB id there with its source, or update an empty directory`
      : `the data directory ${dataDir} holds ${held}, not ${id}: --id must name the treaty the directory holds (pass --id ${held}, or name another directory with --data)`,
  );
}

/** Refusals of the files layer, as refusals of the update. */
function refusing<T>(step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof DataDirRefused) throw new UpdateRefused(error.message);
    throw error;
  }
}

function summarise(report: Omit<UpdateReport, "summary">, dataDir: string, dryRun: boolean): string {
  const { official, merge, files } = report;
  const langs = official.languages
    .map((l) => `${l.lang === "en" ? "English" : "Dutch"} ${l.authentic ? "authentic text" : "translation"}`)
    .join(" and ");
  const lines = [
    `Official text of ${official.bwbId}${official.version ? ` (consolidated version ${official.version})` : ""}: ${langs}, from ${official.source.url}`,
  ];
  let any = false;
  for (const { type, plural: label } of PROVISION_KINDS) {
    const change = merge.changes.get(type);
    if (!change || change.added.length + change.changed.length === 0) continue;
    any = true;
    const parts = [];
    if (change.added.length > 0) parts.push(`${change.added.length} added`);
    if (change.changed.length > 0) parts.push(`${change.changed.length} changed`);
    lines.push(`- ${label}: ${parts.join(", ")}`);
  }
  if (!any) lines.push("- Nothing to change: the data already holds this official text.");
  const verb = dryRun ? " (dry run: nothing written)" : "";
  lines.push(
    `Files in ${dataDir}${verb}: ${files.added.length} added, ${files.changed.length} changed, ${files.removed.length} removed`,
  );
  for (const [mark, list] of [
    ["+", files.added],
    ["~", files.changed],
    ["-", files.removed],
  ] as const) {
    for (const path of list) lines.push(`  ${mark} ${path}`);
  }
  for (const { lang, eIds } of official.unmatched) {
    lines.push(
      `The ${lang === "en" ? "English" : "Dutch"} text has ${eIds.length} provision(s) the authentic text does not, kept with the ${lang === "en" ? "English" : "Dutch"} text only: ${eIds.slice(0, 10).join(", ")}${eIds.length > 10 ? ", …" : ""}`,
    );
  }
  if (merge.staleNotes.length > 0) {
    lines.push(
      `Review the provenance notes of ${merge.staleNotes.join(", ")}: they may still say the text is not yet verified.`,
    );
  }
  return lines.join("\n");
}

/** Formats the conflicts for the terminal: eId, the data's text, the official text. */
export function formatConflicts(conflicts: Conflict[]): string {
  return conflicts
    .map((c) =>
      c.field === "node"
        ? `${c.eId}: in the data but not in the official file\n  data:     ${c.data}`
        : `${c.eId} (${c.field}): the data's text differs from the official text\n  data:     ${c.data}\n  official: ${c.official}`,
    )
    .join("\n");
}

/** Runs an update. Throws (FetchError, BwbImportError, WrongTreatyError, UpdateRefused) to refuse. */
export async function runUpdate(input: UpdateInput, options: UpdateOptions): Promise<UpdateReport> {
  // Read the data first: a broken data directory is refused before anything is downloaded.
  const data = loadData(options.dataDir);
  checkTreaty(data, options.id, options.dataDir);
  let official: OfficialText;
  if (input.kind === "fetch") {
    const { kind: _kind, ...fetchOptions } = input;
    const fetched = await fetchLatestBwb({ ...fetchOptions, id: options.id, log: options.log });
    official = readOfficialText(fetched.xml, {
      id: options.id,
      url: fetched.url,
      version: fetched.version,
      accessed: options.accessed === undefined ? new Date().toISOString().slice(0, 10) : options.accessed,
    });
  } else {
    official = readOfficialText(input.xml, { id: options.id, accessed: options.accessed ?? null });
  }
  const merge = mergeOfficial(data, official);
  if (merge.conflicts.length > 0) {
    throw new UpdateRefused(
      `${merge.conflicts.length} conflict(s) between the data in ${options.dataDir} and the official text; nothing was written. Correct the data (or record the difference with its sources) and run the update again.`,
      merge.conflicts,
    );
  }
  const files = planFiles(
    readDocumentFiles(options.dataDir),
    refusing(() => documentFiles(merge.document)),
  );
  const nothing = files.added.length + files.changed.length + files.removed.length === 0;
  const write = !options.dryRun && !nothing;
  // A dry run stages and checks the same files as the real run, so that it gives the same verdict.
  if (!nothing) {
    refusing(() =>
      applyFiles(
        options.dataDir,
        files,
        (staging) => {
          // Problems name the files by the directory they will be in, not by the staging copy.
          const { problems } = checkData(staging, options.dataDir);
          if (problems.length > 0) {
            throw new UpdateRefused(
              `the updated data would not pass the data checks; nothing was written:\n${problems.map((p) => `  ${p}`).join("\n")}`,
            );
          }
        },
        { dryRun: options.dryRun === true },
      ),
    );
  }
  const partial = {
    official: {
      bwbId: official.bwbId,
      version: official.version,
      languages: official.languages,
      source: official.source,
      unmatched: official.unmatched,
    },
    merge,
    files,
    written: write,
  };
  return { ...partial, summary: summarise(partial, options.dataDir, options.dryRun === true) };
}
