/**
 * `@lhc/parties/register`: the parties update from the Dutch treaty register (Verdragenbank). One item,
 * fetched from the register or read from a file, is merged into a data directory all-or-nothing: the
 * merged files pass the package's own data lints before anything is written. `lhc parties update` and the
 * maintainer script `update:register` are this function with their options parsed.
 */
import { readFileSync } from "node:fs";
import { FetchError } from "@lhc/convention/importer";
import { isIsoDate } from "../iso-date.js";
import { fetchLatestItem } from "./fetch.js";
import { RegisterError, readRegisterItem } from "./item.js";
import { MergeRefused } from "./merge.js";
import { CONVENTION_ID, mergeRegisterItem, type RegisterInput, type UpdateReport } from "./update.js";

export { DEFAULT_REGISTER_URL } from "./fetch.js";
export { RegisterError } from "./item.js";
export { CONVENTION_ID, type UpdateReport } from "./update.js";

export interface RegisterUpdateOptions {
  /** Read the latest item of the treaty from the register (its SRU service); or give `file`. */
  fetch?: boolean;
  /** Read the item XML from this file; or give `fetch`. */
  file?: string;
  /** The treaty's register number (default 013717, the Convention). */
  id?: string;
  /** Where the register is served (default https://repository.overheid.nl/). */
  baseUrl?: string;
  /** The data directory to merge into: dataset.json, sources.json, states/*.json. */
  dataDir: string;
  /** Merge and check, but write nothing. */
  dryRun?: boolean;
  /** The day the register was read, YYYY-MM-DD (default: today when fetching; unrecorded for a file). */
  accessed?: string | null;
  /** Progress lines of the download. */
  log?: (line: string) => void;
  /** The download's first retry delay in ms (tests shorten it). */
  backoffMs?: number;
}

export interface RegisterUpdateResult {
  /** False: the update was refused and nothing was written (`refusal` or the summary says why). */
  ok: boolean;
  written: boolean;
  /** Markdown fit for a changeset and a pull request body; null when the item could not be read. */
  summary: string | null;
  /** Why nothing was written, when the item could not be read or the merge was refused. */
  refusal: string | null;
  report: UpdateReport | null;
}

/** Options that contradict each other or a date that is not YYYY-MM-DD: a usage error of the caller. */
export class RegisterUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RegisterUsageError";
  }
}

const refused = (refusal: string): RegisterUpdateResult => ({
  ok: false,
  written: false,
  summary: null,
  refusal: `${refusal}; nothing was written`,
  report: null,
});

/**
 * Merges the register's item into `dataDir`. Throws RegisterUsageError for contradictory options;
 * a download that fails, an item that is not this treaty's, a conflict with the data or lint problems
 * of the merged data give `ok: false`, with the data untouched.
 */
export async function updateFromRegister(options: RegisterUpdateOptions): Promise<RegisterUpdateResult> {
  if (Boolean(options.fetch) === Boolean(options.file))
    throw new RegisterUsageError("give exactly one of --fetch and --file");
  const accessed = options.accessed ?? (options.fetch ? new Date().toISOString().slice(0, 10) : null);
  if (accessed !== null && !isIsoDate(accessed))
    throw new RegisterUsageError(`--accessed: "${accessed}" is not a date YYYY-MM-DD`);
  const id = options.id ?? CONVENTION_ID;
  let input: RegisterInput;
  try {
    if (options.file) {
      input = { xml: readFileSync(options.file), itemUrl: null, version: null };
    } else {
      const fetched = await fetchLatestItem(id, {
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        ...(options.log ? { log: options.log } : {}),
        ...(options.backoffMs !== undefined ? { backoffMs: options.backoffMs } : {}),
      });
      input = { xml: fetched.nl.xml, itemUrl: fetched.nl.url, version: fetched.record.version };
      // The English manifestation must be the same treaty with the same parties; the Dutch one is merged.
      if (fetched.en) {
        const [nl, en] = [readRegisterItem(fetched.nl.xml, id), readRegisterItem(fetched.en.xml, id)];
        if (nl.parties.length !== en.parties.length)
          throw new RegisterError(
            "not-an-item",
            `${fetched.en.url} lists ${en.parties.length} parties but ${fetched.nl.url} lists ${nl.parties.length}; the register's two manifestations disagree`,
          );
      }
    }
  } catch (error) {
    if (error instanceof RegisterError) return refused(`the fetched item: ${error.message}`);
    if (error instanceof FetchError || (error as NodeJS.ErrnoException).code === "ENOENT")
      return refused((error as Error).message);
    throw error;
  }
  try {
    const report = mergeRegisterItem(input, {
      id,
      dataDir: options.dataDir,
      dryRun: options.dryRun ?? false,
      accessed,
    });
    const ok = report.merge.conflicts.length === 0 && report.problems.length === 0;
    return { ok, written: report.written, summary: report.summary, refusal: null, report };
  } catch (error) {
    if (error instanceof RegisterError)
      return refused(`${options.file ?? "the fetched item"}: ${error.message}`);
    if (error instanceof MergeRefused) return refused(`refused: ${error.message}`);
    throw error;
  }
}
