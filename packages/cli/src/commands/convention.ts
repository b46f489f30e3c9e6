import { type Command, Option } from "commander";
import type { CommandContext } from "../context.js";
import { checkedDataDir, dataDirOf, loadDataDir, type DataDirModule } from "../convention.js";
import { CliError, ExitCode } from "../errors.js";
import { describeReadError, isSystemError, STDIN } from "../input.js";
import { renderJson } from "../output/json.js";
import { isoDateOption, loadParties } from "../parties.js";
import { registerCoverage } from "./coverage.js";
import { formatOption, jsonOption } from "./options.js";

/** What the maintainer can act on becomes exit code 1 with its message; a file it cannot read, exit 2. */
function refusal(lib: DataDirModule, context: CommandContext, error: unknown): void {
  if (error instanceof lib.UpdateRefused) {
    // Conflicts and problems are lists: printed as they are, not folded into one line.
    context.io.stderr(`lhc: ${error.message}\n`);
    if (error.conflicts.length > 0) context.io.stderr(`${lib.formatConflicts(error.conflicts)}\n`);
    context.exitCode = ExitCode.refused;
    return;
  }
  if (
    error instanceof lib.FetchError ||
    error instanceof lib.WrongTreatyError ||
    error instanceof lib.BwbImportError
  ) {
    throw new CliError(error.message, ExitCode.refused);
  }
  if (error instanceof lib.NoDataDirError) throw new CliError(error.message);
  if (isSystemError(error)) {
    const path = error.path ?? "a file";
    if (error.syscall === "open" || error.syscall === "read")
      throw new CliError(describeReadError(path, error));
    throw new CliError(`cannot ${error.syscall} ${path}: ${error.code}`, ExitCode.refused);
  }
  throw error;
}

interface UpdateOptions {
  fetch?: boolean;
  file?: string;
  id: string;
  baseUrl?: string;
  data?: string;
  dryRun?: boolean;
  accessed?: string;
}

function registerUpdate(group: Command, context: CommandContext): Command {
  return group
    .command("update")
    .summary("merge the official text (BWB) into a data directory")
    .description(
      "Merge the official text of the Convention (English authentic and Dutch translation) into a data " +
        "directory (default: the package's data/, in the repository): --fetch downloads the current version " +
        "from the official BWB repository, --file reads a BWB XML file. A conflict with the data stops the " +
        "update (exit code 1); nothing is half-written. Prints a summary fit for a changeset.",
    )
    .option("--fetch", "download the current version from the official BWB repository")
    .option("--file <file>", "read a local BWB XML file")
    .option("--id <bwbId>", "the treaty's BWB id", "BWBV0007040")
    .addOption(new Option("--base-url <url>", "the repository to download from (with --fetch)"))
    .option("--data <dir>", "the data directory to merge into")
    .option("--dry-run", "say what would change and write nothing")
    .option("--accessed <date>", "the date the file was read, YYYY-MM-DD (default: today for --fetch)")
    .action(async (options: UpdateOptions) => {
      if (Boolean(options.fetch) === (options.file !== undefined)) {
        throw new CliError("update needs exactly one of --fetch (download) or --file BWB.xml (local file)");
      }
      if (options.baseUrl !== undefined && !options.fetch)
        throw new CliError("--base-url goes with --fetch only");
      if (options.baseUrl !== undefined && !/^https?:\/\/[^/]/.test(options.baseUrl)) {
        throw new CliError(`--base-url must be an http(s) URL, got "${options.baseUrl}"`);
      }
      if (options.accessed !== undefined) isoDateOption(await loadParties(), "--accessed", options.accessed);
      const lib = await loadDataDir();
      if (!lib.isBwbId(options.id)) {
        throw new CliError(`--id must be a BWB id, BWBV or BWBR and seven digits, got "${options.id}"`);
      }
      try {
        const report = await lib.updateConvention({
          from:
            options.file !== undefined ? { file: options.file } : { fetch: true, baseUrl: options.baseUrl },
          id: options.id,
          dataDir: dataDirOf(lib, options.data),
          dryRun: options.dryRun === true,
          accessed: options.accessed,
          log: (line) => context.io.stderr(`lhc: ${line}\n`),
        });
        context.io.stdout(`${report.summary}\n`);
      } catch (error) {
        refusal(lib, context, error);
      }
    });
}

function registerCheck(group: Command, context: CommandContext): Command {
  return group
    .command("check")
    .summary("check a data directory as the package's build does")
    .description(
      "Check a data directory (default: the package's data/, in the repository) as the build does; each " +
        "problem names the file, the field and the fix (exit code 1). With --format json, print the document " +
        "the build would make of it (convention.json).",
    )
    .option("--data <dir>", "the data directory to check")
    .addOption(formatOption(["text", "json"], "text"))
    .addOption(jsonOption())
    .action(async (options: { data?: string; format: "text" | "json" }) => {
      const { dir, document } = await checkedDataDir(context, options.data);
      if (!document) return;
      context.io.stdout(options.format === "json" ? renderJson(document) : `${dir}: data valid\n`);
    });
}

function registerImportBwb(group: Command, context: CommandContext): Command {
  return group
    .command("import-bwb")
    .summary("read official BWB XML and print the document as JSON")
    .description(
      `Read official BWB XML (from a file, or standard input with "${STDIN}") and print the document as JSON.`,
    )
    .argument("<file>", `a BWB XML file, or ${STDIN} for standard input`)
    .addOption(new Option("--lang <lang>", "the language to read").choices(["en", "nl"]).default("en"))
    .option("--accessed <date>", "the date the file was read, YYYY-MM-DD")
    .action(async (file: string, options: { lang: "en" | "nl"; accessed?: string }) => {
      if (options.accessed !== undefined) isoDateOption(await loadParties(), "--accessed", options.accessed);
      const [lib, importer] = await Promise.all([loadDataDir(), import("@lhc/convention/importer")]);
      try {
        const bytes = file === STDIN ? await context.io.readStdinBytes() : await readBytes(file);
        const doc = importer.importBwb(importer.decodeXml(bytes), {
          lang: options.lang,
          accessed: options.accessed ?? null,
        });
        context.io.stdout(renderJson(doc));
      } catch (error) {
        refusal(lib, context, error);
      }
    });
}

const readBytes = async (path: string): Promise<Uint8Array> =>
  (await import("node:fs/promises")).readFile(path);

function registerOfficialUrl(group: Command, context: CommandContext): Command {
  return (
    group
      .command("official-url")
      .summary("print the URL of the official BWB XML file")
      .description(
        "Print the URL of the official BWB XML file, without fetching it (the pattern is not yet verified " +
          "against the live repository).",
      )
      .option("--id <bwbId>", "the treaty's BWB id", "BWBV0007040")
      .option("--date <date>", "the version's date, YYYY-MM-DD", "2024-02-15")
      // Not --version: that is lhc's own option, which commander reads after a command name too.
      .option("--version-number <n>", "the version's number within its date (the older layout)")
      .action(async (options: { id: string; date: string; versionNumber?: string }) => {
        isoDateOption(await loadParties(), "--date", options.date);
        const { officialXmlUrl } = await import("@lhc/convention/importer");
        const version = options.versionNumber === undefined ? undefined : Number(options.versionNumber);
        try {
          context.io.stdout(`${officialXmlUrl(options.id, options.date, version)}\n`);
        } catch (error) {
          // officialXmlUrl throws only to refuse its arguments.
          throw new CliError((error as Error).message);
        }
      })
  );
}

/**
 * `lhc convention …`: what a maintainer runs on the Convention's data. The work is @lhc/convention's
 * (`@lhc/convention/data-dir`, `@lhc/convention/importer`); these commands parse and print.
 */
export function registerConvention(program: Command, context: CommandContext): Command {
  const group = program
    .command("convention")
    .summary("maintain the Convention's data: update, check, coverage, import-bwb, official-url")
    .description("Commands for the maintainers of the Convention's data (@lhc/convention).")
    .addHelpCommand(false);
  for (const register of [
    registerUpdate,
    registerCheck,
    registerCoverage,
    registerImportBwb,
    registerOfficialUrl,
  ]) {
    const command = register(group, context);
    command.configureOutput(program.configureOutput()).exitOverride().showSuggestionAfterError(true);
  }
  return group;
}
