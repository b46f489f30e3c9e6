#!/usr/bin/env node
import { ExitCode } from "./errors.js";
import { run } from "./run.js";

// `lhc schema mla | head -1` closes the pipe early; stop quietly as Unix tools do, not with a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? ExitCode.ok);
  process.stderr.write(`lhc: cannot write the output: ${error.message}\n`);
  process.exit(ExitCode.internal);
});

run(process.argv.slice(2)).then((code) => {
  // exitCode rather than exit() so that piped stdout is flushed before the process ends.
  process.exitCode = code;
});
