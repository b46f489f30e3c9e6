import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { importBwb } from "./importer/bwb.js";
import { officialXmlUrl } from "./importer/official-url.js";
import { BwbImportError } from "./importer/xml.js";
import { coverageTable } from "./index.js";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => string;
}

const USAGE = `Usage:
  lhc-convention import-bwb <file.xml | -> [--lang en|nl] [--accessed YYYY-MM-DD]
      Read official BWB XML (from a file, or stdin with "-") and write the document as JSON to stdout.
  lhc-convention official-url [--id BWBV0007040] [--date 2024-02-15] [--version N]
      Print the URL of the official BWB XML file (pattern not yet verified against the live repository).
  lhc-convention coverage
      Print how much of the Convention has verified text in this package.`;

/** Runs the command line; returns the exit code. Kept apart from process I/O so tests can call it. */
export function runCli(argv: string[], io: CliIo): number {
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
      const xml = file === "-" ? io.readStdin() : readFileSync(file, "utf8");
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
      io.stdout(`${officialXmlUrl(values.id, values.date, version)}\n`);
      return 0;
    }
    if (command === "coverage") {
      io.stdout(`${coverageTable()}\n`);
      return 0;
    }
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      io.stdout(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    }
    io.stderr(`unknown command "${command}"\n\n${USAGE}\n`);
    return 2;
  } catch (error) {
    if (error instanceof BwbImportError) {
      io.stderr(`lhc-convention: ${error.message}\n`);
      return 1;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "EISDIR" || code === "EACCES") {
      io.stderr(`lhc-convention: cannot read ${(error as NodeJS.ErrnoException).path}: ${code}\n`);
      return 1;
    }
    if (error instanceof TypeError && (error as NodeJS.ErrnoException).code?.startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`lhc-convention: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof Error) {
      io.stderr(`lhc-convention: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
