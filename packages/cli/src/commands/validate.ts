import type { RequestContextReport, RequestVerdict } from "@lhc/request-context";
import { requestVerdict } from "@lhc/request-context/verdict";
import type { Request } from "@lhc/requests";
import { type Command, Option } from "commander";
import type { CommandContext } from "../context.js";
import { CliError, ExitCode } from "../errors.js";
import { checkSources, readJsonInput, STDIN } from "../input.js";
import { renderJson } from "../output/json.js";
import { loadParties, onDate } from "../parties.js";
import { describeReport, describeVerdict, loadRequestContext } from "../request-context.js";
import {
  describeIssue,
  type FileVerdict,
  issueWording,
  loadAnyVersion,
  validateInput,
  type WordIssue,
} from "../requests.js";
import { formatOption, issueLanguageOption, requestTypeOption } from "./options.js";

interface ValidateOptions {
  type?: string;
  format: "text" | "json";
  context?: boolean;
  on?: string;
  strict?: boolean;
  language?: string;
}

/**
 * A file's verdict with, under `--context`, its treaty-relations findings (`null` when it was not checked)
 * and the one verdict a case officer acts on (`requestVerdict`).
 */
type CheckedFile = FileVerdict & { context?: RequestContextReport | null; verdict?: RequestVerdict };

function renderText(verdicts: readonly CheckedFile[], word: WordIssue | undefined): string {
  let out = "";
  for (const v of verdicts) {
    const name = v.file === STDIN ? "standard input" : v.file;
    if (v.error !== undefined) continue; // already reported on stderr
    if (v.valid) {
      out += `✓ ${name}: valid ${v.requestType} request (schema version ${v.schemaVersion})\n`;
      if (v.verdict) out += describeVerdict(v.verdict);
      if (v.context) out += describeReport(v.context);
      continue;
    }
    const count = v.issues.length === 1 ? "1 issue" : `${v.issues.length} issues`;
    out += `✗ ${name}: invalid${v.requestType ? ` ${v.requestType}` : ""} request (${count}) against schema version ${v.schemaVersion}\n`;
    for (const issue of v.issues) out += `    ${describeIssue(issue, word)}\n`;
    if (v.verdict) out += describeVerdict(v.verdict);
  }
  return out;
}

export function registerValidate(program: Command, context: CommandContext): Command {
  return program
    .command("validate")
    .summary("check request files against the request schemas")
    .description(
      "Check one or more JSON request files (or - for standard input) against the @lhc/requests schemas.\n\n" +
        "The request type is read from each file's requestType field unless --type is given. Each file is " +
        'checked against the version of the data model its schemaVersion names ("1.0" for version 1, ' +
        'otherwise version 0, "0.1").\n\n' +
        "With --context, each valid request is also checked against the treaty relations it travels in " +
        "(@lhc/request-context): whether the Convention applies between the requesting and requested " +
        "States on the date, whether both accept the annex of each annex crime, and what the requested " +
        "State has declared about the language and channel of requests. Each finding names the facts it " +
        "rests on and whether they are verified.\n\n" +
        "With --language fr (or another language of @lhc/letters), each issue is a sentence in that " +
        "language naming the field by its labels, followed as always by its code and path; --format json " +
        "is the same with or without it.\n\n" +
        "Exit codes: 0 all valid, 1 any invalid (with --strict also: any warning or error finding), " +
        "2 usage error or unreadable input.",
    )
    .argument("<file...>", "JSON files to check; - reads standard input")
    .addOption(requestTypeOption("--type <requestType>", "check every file as this request type"))
    .addOption(formatOption(["text", "json"], "text"))
    .addOption(new Option("--context", "also check each valid request against the treaty relations"))
    .addOption(
      new Option(
        "--on <date>",
        "with --context: the date to check the relations on, YYYY-MM-DD (default: each request's dateOfRequest)",
      ),
    )
    .addOption(new Option("--strict", "with --context: exit 1 on any warning or error finding"))
    .addOption(issueLanguageOption())
    .action(async (files: string[], options: ValidateOptions) => {
      checkSources(files);
      if (!options.context && (options.on !== undefined || options.strict)) {
        throw new CliError(
          `${options.strict ? "--strict" : "--on"} applies only with --context; add --context`,
        );
      }
      const lib = await loadAnyVersion();
      const contextLib = options.context ? await loadRequestContext() : null;
      // Checked by @lhc/parties' own date check, as every other --on is.
      if (options.on !== undefined) onDate(await loadParties(), options.on, options.on);
      const verdicts: CheckedFile[] = [];
      for (const file of files) {
        const input = await readJsonInput(file, context.io);
        if (!input.ok) {
          context.io.stderr(`lhc: ${input.error}\n`);
          verdicts.push({
            file,
            valid: false,
            requestType: null,
            schemaVersion: null,
            issues: [],
            error: input.error,
          });
          continue;
        }
        const verdict: CheckedFile = { file, ...validateInput(lib, input.value, options.type) };
        if (contextLib) {
          // validateInput accepted the value as it was read, so it is the request checkRequestContext expects.
          verdict.context = verdict.valid
            ? contextLib.checkRequestContext(input.value as Request, options.on ? { on: options.on } : {})
            : null;
          verdict.verdict = requestVerdict({ issues: verdict.issues, report: verdict.context });
        }
        verdicts.push(verdict);
      }
      context.io.stdout(
        options.format === "json"
          ? renderJson({ valid: verdicts.every((v) => v.valid), results: verdicts })
          : renderText(verdicts, await issueWording(options.language)),
      );
      const flagged = (v: CheckedFile) =>
        options.strict === true && (v.context?.findings ?? []).some((f) => f.level !== "info");
      context.exitCode = verdicts.some((v) => v.error !== undefined)
        ? ExitCode.usage
        : verdicts.every((v) => v.valid && !flagged(v))
          ? ExitCode.ok
          : ExitCode.invalid;
    });
}
