import type { ExitCodeValue } from "./errors.js";
import type { CliIo } from "./io.js";

/** State of one `run`: where output goes and the exit code a command has decided on. */
export interface CommandContext {
  readonly io: CliIo;
  exitCode: ExitCodeValue;
}
