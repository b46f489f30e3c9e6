export type { ExitCodeValue } from "./errors.js";
export { CliError, ExitCode } from "./errors.js";
export type { CliIo } from "./io.js";
export { run } from "./run.js";
