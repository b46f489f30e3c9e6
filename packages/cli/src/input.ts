import { CliError, ExitCode } from "./errors.js";
import type { CliIo } from "./io.js";

/** The name `-` stands for standard input, as in most Unix tools. */
export const STDIN = "-";

/** What was read from one file argument: either the parsed JSON or the reason it could not be read. */
export type JsonInput =
  | { source: string; ok: true; value: unknown }
  | { source: string; ok: false; error: string };

/** Whether an error is the operating system's answer about a file (it has an errno code and a syscall). */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  const system = error as NodeJS.ErrnoException | undefined;
  return typeof system?.code === "string" && typeof system.syscall === "string";
}

/** The system's answer about a file, in words: `cannot read PATH: no such file`. */
export function describeReadError(source: string, error: NodeJS.ErrnoException): string {
  const code = error.code;
  switch (code) {
    case "ENOENT":
      return `cannot read ${source}: no such file`;
    case "EISDIR":
      return `cannot read ${source}: it is a directory, not a file`;
    case "EACCES":
    case "EPERM":
      return `cannot read ${source}: permission denied`;
    default:
      return `cannot read ${source}: ${error.message}`;
  }
}

/** Turns JSON.parse's "at position N" into a line and column a person can find in an editor. */
function describeJsonError(source: string, text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message);
  let where = "";
  if (position) {
    const before = text.slice(0, Number(position[1]));
    const line = before.split("\n").length;
    const column = before.length - before.lastIndexOf("\n");
    where = ` (line ${line}, column ${column})`;
  }
  const reason = message
    .replace(/\s*\(line \d+ column \d+\)/, "")
    .replace(/ in JSON at position \d+.*$/, "")
    .replace(/^JSON\.parse: /, "")
    .replace(/\s+/g, " ");
  return `${source} is not valid JSON${where}: ${text.trim() === "" ? "the input is empty" : reason}`;
}

export async function readJsonInput(source: string, io: CliIo): Promise<JsonInput> {
  let text: string;
  try {
    text = source === STDIN ? await io.readStdin() : await io.readFile(source);
  } catch (error) {
    // Anything but the system's answer about the file is a bug in lhc, for run() to report as one.
    if (!isSystemError(error)) throw error;
    return {
      source,
      ok: false,
      error: describeReadError(source === STDIN ? "standard input" : source, error),
    };
  }
  // A byte-order mark is legal in files saved by some Windows editors but not in JSON.parse.
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { source, ok: true, value: JSON.parse(withoutBom) };
  } catch (error) {
    return {
      source,
      ok: false,
      error: describeJsonError(source === STDIN ? "standard input" : source, withoutBom, error),
    };
  }
}

/** Standard input can be read only once, so `-` may appear at most once. */
export function checkSources(sources: readonly string[]): void {
  if (sources.filter((s) => s === STDIN).length > 1) {
    throw new CliError(`"-" (standard input) can be given only once`, ExitCode.usage);
  }
}
