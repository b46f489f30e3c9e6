/** Exit codes of `lhc`; documented in the README so that scripts can branch on them. */
export const ExitCode = {
  /** The command ran and, for `validate`, every request is valid. */
  ok: 0,
  /** `validate`: at least one request is invalid; `render`: the request is invalid (no letter is written). */
  invalid: 1,
  /** `cite`: the citation is well formed, but the provision is not in the data yet. */
  notInData: 1,
  /** `convention update`: refused (a conflict, another treaty, a failed download, a file that is not BWB XML); `convention check`: the data has problems. */
  refused: 1,
  /** Usage error or unreadable input: bad arguments or options, unknown code, invalid date, missing file, malformed JSON. */
  usage: 2,
  /** A bug in lhc; the message asks the user to report it. */
  internal: 3,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * An error the user can act on. `run` prints its message as one line on stderr and exits with its
 * code; no stack trace is shown.
 */
export class CliError extends Error {
  readonly exitCode: ExitCodeValue;

  constructor(message: string, exitCode: ExitCodeValue = ExitCode.usage) {
    super(message);
    this.name = "CliError";
    this.exitCode = exitCode;
  }
}
