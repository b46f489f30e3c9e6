import type { Command } from "commander";
import type { CommandContext } from "../context.js";
import { ExitCode } from "../errors.js";
import { checkSources, readJsonInput, STDIN } from "../input.js";
import { renderJson } from "../output/json.js";
import { describeIssue, type FileVerdict, loadRequests, validateInput } from "../requests.js";
import { formatOption, requestTypeOption } from "./options.js";

interface ValidateOptions {
  type?: string;
  format: "text" | "json";
}

function renderText(verdicts: readonly FileVerdict[]): string {
  let out = "";
  for (const v of verdicts) {
    const name = v.file === STDIN ? "standard input" : v.file;
    if (v.error !== undefined) continue; // already reported on stderr
    if (v.valid) {
      out += `✓ ${name}: valid ${v.requestType} request\n`;
      continue;
    }
    const count = v.issues.length === 1 ? "1 issue" : `${v.issues.length} issues`;
    out += `✗ ${name}: invalid${v.requestType ? ` ${v.requestType}` : ""} request (${count})\n`;
    for (const issue of v.issues) out += `    ${describeIssue(issue)}\n`;
  }
  return out;
}

export function registerValidate(program: Command, context: CommandContext): Command {
  return program
    .command("validate")
    .summary("check request files against the request schemas")
    .description(
      "Check one or more JSON request files (or - for standard input) against the @lhc/requests schemas.\n\n" +
        "The request type is read from each file's requestType field unless --type is given.\n\n" +
        "Exit codes: 0 all valid, 1 any invalid, 2 usage error or unreadable input.",
    )
    .argument("<file...>", "JSON files to check; - reads standard input")
    .addOption(requestTypeOption("--type <requestType>", "check every file as this request type"))
    .addOption(formatOption(["text", "json"], "text"))
    .action(async (files: string[], options: ValidateOptions) => {
      checkSources(files);
      const lib = await loadRequests();
      const verdicts: FileVerdict[] = [];
      for (const file of files) {
        const input = await readJsonInput(file, context.io);
        if (!input.ok) {
          context.io.stderr(`lhc: ${input.error}\n`);
          verdicts.push({ file, valid: false, requestType: null, issues: [], error: input.error });
          continue;
        }
        verdicts.push({ file, ...validateInput(lib, input.value, options.type) });
      }
      context.io.stdout(
        options.format === "json"
          ? renderJson({ valid: verdicts.every((v) => v.valid), results: verdicts })
          : renderText(verdicts),
      );
      context.exitCode = verdicts.some((v) => v.error !== undefined)
        ? ExitCode.usage
        : verdicts.every((v) => v.valid)
          ? ExitCode.ok
          : ExitCode.invalid;
    });
}
