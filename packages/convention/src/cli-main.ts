import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { checkData } from "./data-dir/check.js";
import { importBwb } from "./importer/bwb.js";
import { officialXmlUrl } from "./importer/official-url.js";
import { BwbImportError, decodeXml } from "./importer/xml.js";
import { coverage, coverageTable } from "./index.js";
import type { ConventionDocument } from "./types.js";
import { FetchError } from "./update/fetch.js";
import { WrongTreatyError } from "./update/official.js";
import { formatConflicts, runUpdate, UpdateRefused } from "./update/update.js";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The bytes (or text) piped in; bytes are decoded as the XML declaration says. */
  readStdin: () => string | Uint8Array;
}

const USAGE = `Usage:
  lhc-convention import-bwb <file.xml | -> [--lang en|nl] [--accessed YYYY-MM-DD]
      Read official BWB XML (from a file, or stdin with "-") and write the document as JSON to stdout.
  lhc-convention official-url [--id BWBV0007040] [--date 2024-02-15] [--version N]
      Print the URL of the official BWB XML file (pattern not yet verified against the live repository).
  lhc-convention update --fetch [--id BWBV0007040] [--base-url URL] [--data DIR] [--dry-run]
  lhc-convention update --file BWB.xml [--id BWBV0007040] [--data DIR] [--dry-run] [--accessed YYYY-MM-DD]
      Merge the official text (English authentic and Dutch translation) into a data directory (default:
      the package's data/): --fetch downloads the current version from the official BWB repository,
      --file reads a BWB XML file. Conflicts with the data stop the update; nothing is half-written.
  lhc-convention check [--data DIR] [--json]
      Check a data directory (default: the package's data/) as the build does; with --json, print the
      document the build would make of it (convention.json).
  lhc-convention coverage [--data DIR] [--json]
      Print how much of the Convention has verified text (in this package, or in a data directory).

Exit codes: 0 done (or nothing to change), 1 refused (conflict, wrong treaty, fetch or parse failure),
2 usage error, 3 internal error (a bug in lhc-convention: please report it).`;

/** An internal error, never a verdict on the input: the same code as `lhc` (@lhc/cli) gives one. */
export const INTERNAL_ERROR = 3;
const BUG_REPORTS = "https://github.com/lhc-project/lhc/issues";

/** The package's own data directory (present in the repository, not in the published package). */
const PACKAGE_DATA_DIR = fileURLToPath(new URL("../data", import.meta.url));
const BWB_ID = /^BWB[RV]\d{7}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

class UsageError extends Error {}

async function update(rest: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: rest,
    options: {
      fetch: { type: "boolean" },
      file: { type: "string" },
      id: { type: "string", default: "BWBV0007040" },
      "base-url": { type: "string" },
      data: { type: "string" },
      "dry-run": { type: "boolean" },
      accessed: { type: "string" },
    },
  });
  if (Boolean(values.fetch) === (values.file !== undefined)) {
    throw new UsageError("update needs exactly one of --fetch (download) or --file BWB.xml (local file)");
  }
  if (values["base-url"] !== undefined && !values.fetch)
    throw new UsageError("--base-url goes with --fetch only");
  if (!BWB_ID.test(values.id)) {
    throw new UsageError(`--id must be a BWB id, BWBV or BWBR and seven digits (got "${values.id}")`);
  }
  if (values.accessed !== undefined && !ISO_DATE.test(values.accessed)) {
    throw new UsageError(`--accessed must be a date YYYY-MM-DD (got "${values.accessed}")`);
  }
  if (values["base-url"] !== undefined && !/^https?:\/\/[^/]/.test(values["base-url"])) {
    throw new UsageError(`--base-url must be an http(s) URL (got "${values["base-url"]}")`);
  }
  if (values.data === undefined && !existsSync(PACKAGE_DATA_DIR)) {
    // An installed package has no data/ of its own: never create one inside node_modules.
    throw new UsageError(`there is no data directory at ${PACKAGE_DATA_DIR}; name one with --data DIR`);
  }
  const dataDir = values.data ?? PACKAGE_DATA_DIR;
  const input = values.fetch
    ? { kind: "fetch" as const, baseUrl: values["base-url"] }
    : {
        kind: "file" as const,
        path: values.file as string,
        xml: decodeXml(readFileSync(values.file as string)),
      };
  const report = await runUpdate(input, {
    id: values.id,
    dataDir,
    dryRun: values["dry-run"] === true,
    accessed: values.accessed,
    log: (line) => io.stderr(`lhc-convention: ${line}\n`),
  });
  io.stdout(`${report.summary}\n`);
  return 0;
}

function checkCommand(rest: string[], io: CliIo): number {
  const { values } = parseArgs({
    args: rest,
    options: { data: { type: "string" }, json: { type: "boolean" } },
  });
  const dataDir = values.data ?? PACKAGE_DATA_DIR;
  const { problems, document } = checkData(dataDir);
  if (!document) {
    io.stderr(
      `lhc-convention: the data directory ${dataDir} has ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join("\n")}\n`,
    );
    return 1;
  }
  io.stdout(values.json ? `${JSON.stringify(document, null, 2)}\n` : `${dataDir}: data valid\n`);
  return 0;
}

function coverageCommand(rest: string[], io: CliIo): number {
  const { values } = parseArgs({
    args: rest,
    options: { data: { type: "string" }, json: { type: "boolean" } },
  });
  let doc: ConventionDocument | undefined;
  if (values.data !== undefined) {
    const checked = checkData(values.data);
    if (!checked.document) {
      io.stderr(
        `lhc-convention: the data directory ${values.data} has ${checked.problems.length} problem(s):\n${checked.problems.map((p) => `  ${p}`).join("\n")}\n`,
      );
      return 1;
    }
    doc = checked.document;
  }
  io.stdout(values.json ? `${JSON.stringify(coverage(doc), null, 2)}\n` : `${coverageTable(doc)}\n`);
  return 0;
}

/** Runs the command line; returns the exit code. Kept apart from process I/O so tests can call it. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === "import-bwb") {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { lang: { type: "string", default: "en" }, accessed: { type: "string" } },
      });
      const file = positionals[0];
      if (!file || positionals.length > 1) {
        io.stderr(`import-bwb takes exactly one file (or "-" for stdin)\n\n${USAGE}\n`);
        return 2;
      }
      if (values.lang !== "en" && values.lang !== "nl") {
        io.stderr(`--lang must be "en" or "nl" (got "${values.lang}")\n`);
        return 2;
      }
      if (values.accessed !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.accessed)) {
        io.stderr(`--accessed must be a date YYYY-MM-DD (got "${values.accessed}")\n`);
        return 2;
      }
      const input = file === "-" ? io.readStdin() : readFileSync(file);
      const xml = typeof input === "string" ? input : decodeXml(input);
      const doc = importBwb(xml, { lang: values.lang, accessed: values.accessed ?? null });
      io.stdout(`${JSON.stringify(doc, null, 2)}\n`);
      return 0;
    }
    if (command === "official-url") {
      const { values } = parseArgs({
        args: rest,
        options: { id: { type: "string" }, date: { type: "string" }, version: { type: "string" } },
      });
      const version = values.version === undefined ? undefined : Number(values.version);
      let url: string;
      try {
        url = officialXmlUrl(values.id, values.date, version);
      } catch (error) {
        // officialXmlUrl throws only to refuse its arguments.
        throw new UsageError((error as Error).message);
      }
      io.stdout(`${url}\n`);
      return 0;
    }
    if (command === "coverage") return coverageCommand(rest, io);
    if (command === "check") return checkCommand(rest, io);
    if (command === "update") return await update(rest, io);
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      io.stdout(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    }
    io.stderr(`unknown command "${command}"\n\n${USAGE}\n`);
    return 2;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`lhc-convention: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof UpdateRefused) {
      io.stderr(`lhc-convention: ${error.message}\n`);
      if (error.conflicts.length > 0) io.stderr(`${formatConflicts(error.conflicts)}\n`);
      return 1;
    }
    if (error instanceof FetchError || error instanceof WrongTreatyError) {
      io.stderr(`lhc-convention: ${error.message}\n`);
      return 1;
    }
    if (error instanceof BwbImportError) {
      io.stderr(`lhc-convention: ${error.message}\n`);
      return 1;
    }
    const system = error as NodeJS.ErrnoException;
    if (error instanceof TypeError && system.code?.startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`lhc-convention: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    // A file that cannot be read or written (missing, a directory, no permission, disk full) is a
    // problem with the machine or the arguments, named with its path.
    if (typeof system?.code === "string" && typeof system.syscall === "string") {
      const action = system.syscall === "open" || system.syscall === "read" ? "read" : system.syscall;
      io.stderr(`lhc-convention: cannot ${action}${system.path ? ` ${system.path}` : ""}: ${system.code}\n`);
      return 1;
    }
    return internalError(error, io);
  }
}

/**
 * Anything else is a bug in lhc-convention, never a verdict on the input: it gets its own exit code and
 * the whole error, so that it is reported rather than taken for a refusal.
 */
export function internalError(error: unknown, io: Pick<CliIo, "stderr">): number {
  const detail = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  io.stderr(
    `lhc-convention: internal error: this is a bug in lhc-convention, not a problem with your input or data.\nPlease report it at ${BUG_REPORTS} with the command you ran and the text below.\n\n${detail}\n`,
  );
  return INTERNAL_ERROR;
}
