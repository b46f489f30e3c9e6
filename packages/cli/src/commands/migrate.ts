import type { Command } from "commander";
import { Option } from "commander";
import type { CommandContext } from "../context.js";
import { CliError, ExitCode } from "../errors.js";
import { readJsonInput, STDIN } from "../input.js";
import { renderJson } from "../output/json.js";
import { describeIssue, issueWording } from "../requests.js";
import { issueLanguageOption } from "./options.js";

interface MigrateOptions {
  output?: string;
  language?: string;
}

export function registerMigrate(program: Command, context: CommandContext): Command {
  return program
    .command("migrate")
    .summary("turn a version-0 request into a version-1 request")
    .description(
      "Convert a request file of data-model version 0 (or - for standard input) into version 1, without " +
        "loss: a person copied into several places becomes one entry of persons[] referred to by id, and " +
        "what has no place in version 1 is kept in otherInformation. The version-1 request is written to " +
        "standard output or to -o FILE; what moved, what a person should review and what version 1 needs " +
        "that the file did not have are listed on standard error.\n\n" +
        "Exit codes: 0 migrated to a valid version-1 request, 1 migrated but version 1 needs information " +
        "the file did not have (the request is written all the same, and the issues are listed), 2 usage " +
        "error, unreadable input, or a file that is not a valid version-0 request.",
    )
    .argument("<file>", "JSON request file (version 0); - reads standard input")
    .addOption(
      new Option(
        "-o, --output <file>",
        "write the version-1 request to this file (default: standard output)",
      ),
    )
    .addOption(issueLanguageOption())
    .action(async (file: string, options: MigrateOptions) => {
      const input = await readJsonInput(file, context.io);
      if (!input.ok) throw new CliError(input.error, ExitCode.usage);
      const name = file === STDIN ? "standard input" : file;
      const { migrate, RequestValidationError } = await import("@lhc/requests/migrate");
      let result: ReturnType<typeof migrate>;
      try {
        result = migrate(input.value);
      } catch (error) {
        if (!(error instanceof RequestValidationError)) throw error;
        const word = await issueWording(options.language);
        context.io.stderr(
          `✗ ${name}: not a valid version-0 request; nothing migrated\n${error.issues
            .map((issue) => `    ${describeIssue(issue, word)}\n`)
            .join("")}`,
        );
        context.exitCode = ExitCode.usage;
        return;
      }
      const json = renderJson(result.request);
      if (options.output === undefined) context.io.stdout(json);
      else {
        try {
          await context.io.writeFile(options.output, json);
        } catch (error) {
          const reason = (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);
          throw new CliError(`cannot write ${options.output}: ${reason}`, ExitCode.usage);
        }
      }
      const lines = result.notes.map((note) => `    ${note.kind}: ${note.message}\n`).join("");
      if (result.valid) {
        context.io.stderr(`✓ ${name}: migrated to a valid version-1 request\n${lines}`);
        return;
      }
      const word = await issueWording(options.language);
      context.io.stderr(
        `✗ ${name}: migrated, but version 1 needs information the file did not have\n${lines}${result.issues
          .map((issue) => `    ${describeIssue(issue, word)}\n`)
          .join("")}`,
      );
      context.exitCode = ExitCode.invalid;
    });
}
