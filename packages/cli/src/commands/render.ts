import type { Command } from "commander";
import { Option } from "commander";
import type { CommandContext } from "../context.js";
import { CliError, ExitCode } from "../errors.js";
import { isSystemError, readJsonInput, STDIN } from "../input.js";
import { describeIssue, issueWording } from "../requests.js";

const formats = ["html", "docx", "md"] as const;
type LetterFormat = (typeof formats)[number];

interface RenderOptions {
  format: LetterFormat;
  lang?: string;
  output?: string;
  basis?: boolean;
}

/** Loaded on use, so that other commands do not pay for the letter writers (and DOCX only for docx). */
const loadLetters = () => import("@lhc/letters");
const loadDocx = () => import("@lhc/letters/docx");

export function registerRender(program: Command, context: CommandContext): Command {
  return program
    .command("render")
    .summary("make the formal letter of a request (HTML, DOCX or Markdown)")
    .description(
      "Render a request file (or - for standard input) as the formal letter a central authority sends: " +
        'a request of version 0 or of version 1 of the data model (schemaVersion "1.0"), each checked against its own version; ' +
        "letterhead, addressee, place and date, references, subject and salutation, every value of the request " +
        "in numbered sections, closing and signature block, in the request's language.\n\n" +
        "html is one page with print styles (the browser's Save as PDF gives a clean document); docx is a " +
        "Word document and needs -o; md is Markdown. An invalid request is not rendered: its issues are " +
        "printed on standard error and no file is written; with --lang, each issue is a sentence in that " +
        "language (as lhc validate --language words it), followed by its code and path.\n\n" +
        "Exit codes: 0 written, 1 the request is invalid, 2 usage error or unreadable input.",
    )
    .argument("<file>", "JSON request file; - reads standard input")
    .addOption(new Option("--format <format>", "letter format").choices(formats).makeOptionMandatory())
    .addOption(
      new Option(
        "--lang <language>",
        "language of the headings and labels, e.g. en or fr (default: the request's language when a catalog exists, else en)",
      ),
    )
    .addOption(new Option("-o, --output <file>", "write the letter to this file (default: standard output)"))
    .addOption(
      new Option(
        "--basis",
        "add an annex listing the provisions of comparable instruments each field rests on (not the Convention's text)",
      ),
    )
    .action(async (file: string, options: RenderOptions) => {
      if (options.format === "docx" && options.output === undefined) {
        throw new CliError("--format docx writes a binary file: name it with -o FILE", ExitCode.usage);
      }
      const letters = await loadLetters();
      if (options.lang !== undefined && !letters.isLetterLanguage(options.lang)) {
        throw new CliError(
          `--lang must be one of ${letters.letterLanguages.join(", ")} (the label catalogs of @lhc/letters), got ${JSON.stringify(options.lang)}`,
          ExitCode.usage,
        );
      }
      const input = await readJsonInput(file, context.io);
      if (!input.ok) throw new CliError(input.error, ExitCode.usage);
      // Validated once, by the validator of the request's version (its schemaVersion), then rendered as is.
      const result = letters.validateLetterRequest(input.value);
      if (!result.success) {
        const name = file === STDIN ? "standard input" : file;
        const count = result.issues.length === 1 ? "1 issue" : `${result.issues.length} issues`;
        // The officer who asked for a French letter reads its issues in French too.
        const word = await issueWording(options.lang);
        context.io.stderr(
          `✗ ${name}: invalid request (${count}); no letter written\n${result.issues
            .map((issue) => `    ${describeIssue(issue, word)}\n`)
            .join("")}`,
        );
        context.exitCode = ExitCode.invalid;
        return;
      }
      const letter = letters.buildLetter(result.data, {
        ...(options.lang === undefined ? {} : { language: options.lang }),
        basis: options.basis === true,
        validated: true,
      });
      if (letter.omitted) {
        // Left out, not refused: the request is valid; say which characters and from which values.
        context.io.stderr(
          `lhc: note: the letter leaves out characters XML 1.0 does not allow in a document: ${letter.omitted
            .map((o) => `${o.characters.join(", ")} in ${o.path}`)
            .join("; ")}\n`,
        );
      }
      const output: string | Uint8Array =
        options.format === "docx"
          ? await (await loadDocx()).letterToDocx(letter)
          : options.format === "html"
            ? letters.letterToHtml(letter)
            : letters.letterToMarkdown(letter);
      if (options.output === undefined) {
        context.io.stdout(output as string);
        return;
      }
      try {
        await context.io.writeFile(options.output, output);
      } catch (error) {
        if (!isSystemError(error)) throw error;
        throw new CliError(`cannot write ${options.output}: ${error.code}`, ExitCode.usage);
      }
    });
}
