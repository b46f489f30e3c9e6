import type { Command } from "commander";
import type { CommandContext } from "../context.js";
import { CliError, ExitCode } from "../errors.js";

interface UpdateOptions {
  fetch?: boolean;
  file?: string;
  id?: string;
  baseUrl?: string;
  data?: string;
  dryRun?: boolean;
  accessed?: string;
}

/**
 * `lhc parties update`: the parties update from the Dutch treaty register, which is
 * `updateFromRegister` of `@lhc/parties/register` with its options parsed. Exit codes: 0 merged (or
 * nothing to change, or a dry run without conflicts); 1 refused, nothing written; 2 usage.
 */
export function registerPartiesUpdate(parties: Command, context: CommandContext): Command {
  return parties
    .command("update")
    .summary("merge the treaty register's record of the parties into a data directory")
    .description(
      "Merge the Dutch treaty register's item for the treaty (signatures, consents, entry into force, " +
        "reservations) into a parties data directory, all or nothing: the merged data must pass the " +
        "package's data lints before anything is written, and a fact that conflicts with the data refuses " +
        "the whole update. The summary (Markdown) is written to stdout.",
    )
    .option("--fetch", "read the latest item from the register (https://repository.overheid.nl/)")
    .option("--file <item.xml>", "read the item XML from a file instead")
    .option("--id <number>", "the treaty's register number (default 013717, the Convention)")
    .option("--base-url <url>", "where the register is served (for --fetch)")
    .option("--data <dir>", "the data directory to update (default: $LHC_PARTIES_DATA)")
    .option("--dry-run", "merge and check, but write nothing")
    .option("--accessed <date>", "the day the register was read, YYYY-MM-DD (default with --fetch: today)")
    .addHelpText(
      "after",
      "\nExit codes: 0 merged, nothing to change, or a dry run without conflicts; 1 refused, nothing was\n" +
        "written (a conflict, an unknown State name, lint problems of the merged data, a failed download,\n" +
        "an item of another treaty); 2 usage error; 3 internal error.",
    )
    .action(async (options: UpdateOptions) => {
      const dataDir = options.data ?? process.env.LHC_PARTIES_DATA;
      if (!dataDir) throw new CliError("give the data directory with --data DIR (or set LHC_PARTIES_DATA)");
      const register = await import("@lhc/parties/register");
      let result: Awaited<ReturnType<typeof register.updateFromRegister>>;
      try {
        result = await register.updateFromRegister({
          ...(options.fetch ? { fetch: true } : {}),
          ...(options.file ? { file: options.file } : {}),
          ...(options.id ? { id: options.id } : {}),
          ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
          dataDir,
          dryRun: options.dryRun ?? false,
          ...(options.accessed !== undefined ? { accessed: options.accessed } : {}),
          log: (line) => context.io.stderr(`${line}\n`),
          ...(process.env.LHC_FETCH_BACKOFF_MS
            ? { backoffMs: Number(process.env.LHC_FETCH_BACKOFF_MS) }
            : {}),
        });
      } catch (error) {
        if (error instanceof register.RegisterUsageError) throw new CliError(error.message);
        throw error;
      }
      if (result.summary !== null) context.io.stdout(result.summary);
      if (result.refusal !== null) throw new CliError(`parties update: ${result.refusal}`, ExitCode.invalid);
      if (!result.ok) {
        context.io.stderr("lhc: parties update: refused (see the summary); nothing was written\n");
        context.exitCode = ExitCode.invalid;
      }
    });
}
