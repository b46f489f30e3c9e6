/**
 * The merge of one register item (fetched or from a file) merged into a data directory
 * all-or-nothing. The merged files are checked by the build's own lints before anything is written, and
 * then written atomically (each to a temporary file first, then all renamed).
 */
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { formatLintProblem, lintAndCollect } from "../lint/index.js";
import { readDataFiles, type SourceFile } from "../lint/source-files.js";
import { TREATY_REGISTER_PUBLISHER } from "../register-source.js";
import { CONVENTION_REGISTER_ID } from "../schema.js";
import { formatJson } from "./format-json.js";
import { type RegisterItem, readRegisterItem } from "./item.js";
import { MergeRefused, type MergeResult, mergeRegister, type RegisterSource } from "./merge.js";
import { readRegisterNames } from "./names.js";

/** The Convention's register number (written once, in the schema module). */
export const CONVENTION_ID = CONVENTION_REGISTER_ID;

export interface RegisterInput {
  xml: Buffer | string;
  /** The register's URL of the item (cited), or null for a file whose origin is not recorded. */
  itemUrl: string | null;
  version: string | null;
}

export interface UpdateOptions {
  id?: string;
  dataDir: string;
  dryRun?: boolean;
  accessed?: string | null;
}

export interface UpdateReport {
  merge: MergeResult;
  source: RegisterSource;
  /** Lint problems of the merged data; non-empty means nothing was written. */
  problems: string[];
  written: boolean;
  summary: string;
}

/** The one source record of this register reading. */
export function registerSource(
  id: string,
  input: RegisterInput,
  modified: string | null,
  accessed: string | null,
): RegisterSource {
  const version = input.version ? `version ${input.version}` : "version not recorded";
  return {
    id: `register-${id}-${input.version ? `v${input.version}` : (modified ?? "undated")}`,
    url: input.itemUrl ?? `https://repository.overheid.nl/frbr/vd/${id}`,
    title: `Treaty register item ${id} (Dutch item XML, ${version}, modified ${modified ?? "not recorded"})`,
    // The publisher by which the package tells the register's record apart (src/register.ts).
    publisher: TREATY_REGISTER_PUBLISHER,
    kind: "official",
    accessed,
  };
}

export function mergeRegisterItem(input: RegisterInput, options: UpdateOptions): UpdateReport {
  const id = options.id ?? CONVENTION_ID;
  const item = readRegisterItem(input.xml, id);
  const source = registerSource(id, input, item.modified, options.accessed ?? null);
  const files = readDataFiles(options.dataDir);
  const metaFile = files.find((f) => f.path === "data/dataset.json");
  const dataTreaty = metaFile ? treatyOf(metaFile.content) : id;
  if (dataTreaty !== id)
    throw new MergeRefused(
      `data/dataset.json is the data of treaty ${dataTreaty}, not ${id}; give --id ${dataTreaty}, or another data directory`,
    );
  const merge = mergeRegister(files, item, source, readRegisterNames());
  const report: UpdateReport = { merge, source, problems: [], written: false, summary: "" };
  const accessed = options.accessed ?? null;
  if (!metaFile && merge.conflicts.length === 0) {
    // A new data set: its meta says which treaty it is and when it was compiled, from the item itself.
    merge.files.set("data/dataset.json", formatJson(newDatasetMeta(id, item, accessed)));
    merge.notes.push(`data/dataset.json is created for treaty ${id}`);
  }
  if (merge.conflicts.length === 0 && merge.files.size > 0) {
    // The data set is compiled anew on the day the register is read: asOf follows (never back).
    if (metaFile && accessed) {
      const meta = JSON.parse(metaFile.content) as { asOf: string };
      if (accessed > meta.asOf) {
        merge.notes.push(`asOf moves from ${meta.asOf} to ${accessed}, the day the register was read`);
        meta.asOf = accessed;
        merge.files.set(metaFile.path, formatJson(meta));
      }
    }
    const merged: SourceFile[] = [
      ...files.filter((f) => !merge.files.has(f.path)),
      ...[...merge.files].map(([path, content]) => ({ path, content })),
    ];
    report.problems = lintAndCollect(merged).problems.map(formatLintProblem);
    if (report.problems.length === 0 && !options.dryRun) {
      writeAtomically(options.dataDir, merge.files);
      report.written = true;
    }
  }
  report.summary = summarise(report, id);
  return report;
}

/** The register number of the treaty a data set's dataset.json names (the Convention's when it names none). */
function treatyOf(content: string): string {
  try {
    const meta = JSON.parse(content) as { treaty?: { verdragenbank?: unknown } };
    return typeof meta.treaty?.verdragenbank === "string" ? meta.treaty.verdragenbank : CONVENTION_ID;
  } catch {
    // Not JSON: the lint names it, after the merge.
    return CONVENTION_ID;
  }
}

function newDatasetMeta(id: string, item: RegisterItem, accessed: string | null) {
  return {
    asOf: accessed ?? item.modified,
    asOfNote: `Compiled from the Dutch treaty register's item ${id} (modified ${item.modified ?? "on a day not recorded"}), read on ${accessed ?? "a day not recorded"}. A signature, consent, entry into force or reservation the register does not show is not recorded here.`,
    treaty: { verdragenbank: id, title: item.title },
  };
}

function writeAtomically(dataDir: string, files: ReadonlyMap<string, string>) {
  const staged: Array<[string, string]> = [];
  for (const [path, content] of files) {
    const target = join(dataDir, path.replace(/^data\//, ""));
    mkdirSync(dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.tmp`;
    writeFileSync(temporary, content);
    staged.push([temporary, target]);
  }
  for (const [temporary, target] of staged) renameSync(temporary, target);
}

/** Markdown fit for a changeset and a pull request body. */
export function summarise(report: UpdateReport, id: string): string {
  const { merge, source } = report;
  const lines = [
    `### @lhc/parties: treaty register item ${id}`,
    "",
    `Source: ${source.title}, <${source.url}>.`,
    "",
  ];
  const list = (title: string, items: string[]) => {
    lines.push(`${title}: ${items.length === 0 ? "none" : ""}`);
    for (const item of items) lines.push(`- ${item}`);
    lines.push("");
  };
  list("States added", merge.newStates);
  list(
    "Facts added",
    merge.added.filter((a) => a.fact !== "State").map((a) => `${a.state}: ${a.fact}: ${a.value}`),
  );
  const corroborated = new Map<string, string[]>();
  for (const c of merge.corroborated)
    corroborated.set(c.state, [...(corroborated.get(c.state) ?? []), c.fact]);
  list(
    "Facts the register confirms (its record added to their sources)",
    [...corroborated].map(([state, facts]) => `${state}: ${facts.join(", ")}`),
  );
  list(
    "Conflicts (nothing was written)",
    merge.conflicts.map((c) => `${c.state}: ${c.fact}: data ${c.data}, register ${c.register}`),
  );
  if (merge.notes.length > 0) list("Notes", merge.notes);
  if (report.problems.length > 0)
    list("Lint problems of the merged data (nothing was written)", report.problems);
  lines.push(
    report.written
      ? `Written: ${[...merge.files.keys()].join(", ")}.`
      : merge.files.size === 0
        ? "Nothing to change."
        : "Nothing was written.",
  );
  return `${lines.join("\n")}\n`;
}
