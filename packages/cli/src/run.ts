import { Command, CommanderError } from "commander";
import { registerBetween } from "./commands/between.js";
import { registerCite } from "./commands/cite.js";
import { registerConvention } from "./commands/convention.js";
import { registerCoverage } from "./commands/coverage.js";
import { registerMigrate } from "./commands/migrate.js";
import { registerParties } from "./commands/parties.js";
import { registerPartiesUpdate } from "./commands/parties-update.js";
import { registerParty } from "./commands/party.js";
import { registerRender } from "./commands/render.js";
import { registerSchema } from "./commands/schema.js";
import { registerValidate } from "./commands/validate.js";
import type { CommandContext } from "./context.js";
import { CliError, ExitCode } from "./errors.js";
import { type CliIo, nodeIo } from "./io.js";
import { version } from "./version.js";

/**
 * The characters XML 1.0 forbids (§2.2, production Char; the same rule as @lhc/letters' xml-chars.ts):
 * C0 controls but tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the rule is about exactly these characters.
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/**
 * lhc's text output never holds such a character raw: a value echoed from a request shows it as a
 * `\uXXXX` escape, which is also what it means inside a JSON string, so JSON output stays the same data.
 * A control character on a terminal would act (an escape sequence) instead of being seen.
 */
export function visibleText(text: string): string {
  return text.replace(NOT_XML_CHAR, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function buildProgram(context: CommandContext): Command {
  const program = new Command("lhc")
    .description(
      "Validate requests under the Ljubljana–The Hague Convention and query the Convention and its parties.",
    )
    .version(version, "-V, --version", "print the version of lhc")
    .helpOption("-h, --help", "show help for a command")
    .addHelpCommand(false)
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => context.io.stdout(text),
      writeErr: (text) => context.io.stderr(text),
      // Commander's messages start with "error: …"; one line, prefixed with the program name.
      outputError: (text, write) => write(`lhc: ${text.trim().replace(/\n+/g, " ")}\n`),
    })
    .exitOverride()
    .addHelpText(
      "after",
      [
        "",
        "Exit codes:",
        "  0  success (validate: every request is valid; cite: the provision is in the data)",
        "  1  validate, render: a request is invalid; migrate: version 1 needs information the",
        "     file did not have; cite: the provision is not in the data yet; convention update:",
        "     refused (a conflict, another treaty, a failed download, a file that is not BWB XML);",
        "     convention check, coverage --data: the data directory has problems",
        "  2  usage error or unreadable input (unknown option, State code or request type,",
        "     invalid date or citation, missing file, malformed JSON)",
        "  3  internal error (a bug in lhc: please report it)",
        "",
        "Run lhc <command> --help for the options of a command.",
      ].join("\n"),
    );

  for (const register of [
    registerValidate,
    registerRender,
    registerMigrate,
    registerParties,
    registerParty,
    registerBetween,
    registerCite,
    registerCoverage,
    registerSchema,
    registerConvention,
  ]) {
    const command = register(program, context);
    // Subcommands copy settings only at creation; make sure errors and output go through the same paths.
    command.configureOutput(program.configureOutput()).exitOverride().showSuggestionAfterError(true);
    if (register === registerParties) {
      registerPartiesUpdate(command, context)
        .configureOutput(program.configureOutput())
        .exitOverride()
        .showSuggestionAfterError(true);
    }
  }
  return program;
}

/**
 * Runs `lhc` with the given arguments (without the node and script paths) and resolves to the
 * exit code. It never throws and never calls `process.exit`: errors are written to `io.stderr` as
 * one line.
 */
export async function run(argv: readonly string[], io: Partial<CliIo> = {}): Promise<number> {
  const base: CliIo = { ...nodeIo(), ...io };
  const context: CommandContext = {
    io: {
      ...base,
      stdout: (text) => base.stdout(visibleText(text)),
      stderr: (text) => base.stderr(visibleText(text)),
    },
    exitCode: ExitCode.ok,
  };
  try {
    await buildProgram(context).parseAsync([...argv], { from: "user" });
    return context.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with exit code 0; everything else commander reports is a usage error.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    if (error instanceof CliError) {
      // One line even if a message from a package spans several.
      context.io.stderr(`lhc: ${error.message.replace(/\s*\n\s*/g, " ")}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    if ((error as NodeJS.ErrnoException | undefined)?.code === "ERR_MODULE_NOT_FOUND") {
      context.io.stderr(`lhc: a part of lhc is missing (${message.split("\n")[0]}); reinstall @lhc/cli\n`);
      return ExitCode.internal;
    }
    // Never shown as a refusal: its own exit code, and a request to report it.
    context.io.stderr(
      `lhc: internal error: ${message.split("\n")[0]} (a bug in lhc, not a problem with your input; please report it with the command you ran at https://github.com/lhc-project/lhc/issues)\n`,
    );
    return ExitCode.internal;
  }
}
