#!/usr/bin/env node
import { run } from "./run.js";

run(process.argv.slice(2)).then((code) => {
  // exitCode rather than exit() so that piped stdout is flushed before the process ends.
  process.exitCode = code;
});
