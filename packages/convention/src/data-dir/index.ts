/**
 * `@lhc/convention/data-dir`: what a maintainer, a site or a CLI runs on a data directory: the check that
 * assembles it exactly as the package's build does (for builds from another data directory), and the
 * update from the official BWB text (`lhc convention update`, `check` and `coverage --data` in @lhc/cli
 * call these). It reads files and loads zod and fast-xml-parser, so it is a subpath of its own; the main
 * entry stays free of them.
 */
import { readFileSync } from "node:fs";
import { decodeXml } from "../importer/xml.js";
import { packageDataDir } from "../package-data-dir.js";
import { runUpdate, type UpdateReport } from "../update/update.js";
export { packageDataDir } from "../package-data-dir.js";
export { checkData, type DataCheck } from "./check.js";

/** The environment variable that names another data directory for the build. */
export const DATA_DIR_VARIABLE = "LHC_CONVENTION_DATA";

/**
 * The data directory the environment names (`LHC_CONVENTION_DATA`), or `null` when it names none and
 * the package's own data applies. The one place that reads the variable: the package's build and the
 * site both ask here.
 */
export function dataDirFromEnvironment(env: NodeJS.ProcessEnv = process.env): string | null {
  return env[DATA_DIR_VARIABLE] || null;
}

export { BwbImportError, decodeXml } from "../importer/xml.js";
export { FetchError } from "../update/fetch.js";
export type { Conflict } from "../update/merge.js";
export { WrongTreatyError } from "../update/official.js";
export {
  formatConflicts,
  runUpdate,
  type UpdateInput,
  type UpdateOptions,
  UpdateRefused,
  type UpdateReport,
} from "../update/update.js";

/** The BWB id of the Convention, the treaty `updateConvention` updates unless told another. */
export const CONVENTION_BWB_ID = "BWBV0007040";

/** A BWB id: BWBV (treaties) or BWBR (regulations) and seven digits. */
export function isBwbId(value: string): boolean {
  return /^BWB[RV]\d{7}$/.test(value);
}

/** The data directory an update or a check would use is missing: name one. */
export class NoDataDirError extends Error {
  constructor() {
    super("this installation of @lhc/convention has no data directory of its own; name one with --data DIR");
    this.name = "NoDataDirError";
  }
}

export interface UpdateConventionOptions {
  /** Download the current version from the official repository, or read a local BWB XML file. */
  from: { fetch: true; baseUrl?: string } | { file: string };
  /** The treaty's BWB id (default: the Convention's). */
  id?: string;
  /** The data directory to merge into (default: the package's own, see `packageDataDir`). */
  dataDir?: string;
  dryRun?: boolean;
  /** ISO date the file was read; default today for a download, unknown for a local file. */
  accessed?: string;
  log?: (line: string) => void;
}

/**
 * Merges the official text into a data directory, all or nothing. Throws `UpdateRefused`,
 * `WrongTreatyError`, `FetchError` or `BwbImportError` for what the maintainer can act on,
 * `NoDataDirError` when there is no directory to update, and Node's own errors for a file it cannot read.
 */
export async function updateConvention(options: UpdateConventionOptions): Promise<UpdateReport> {
  const dataDir = options.dataDir ?? packageDataDir();
  if (dataDir === null) throw new NoDataDirError();
  const input =
    "file" in options.from
      ? { kind: "file" as const, path: options.from.file, xml: decodeXml(readFileSync(options.from.file)) }
      : { kind: "fetch" as const, baseUrl: options.from.baseUrl };
  return runUpdate(input, {
    id: options.id ?? CONVENTION_BWB_ID,
    dataDir,
    dryRun: options.dryRun === true,
    accessed: options.accessed,
    log: options.log,
  });
}
