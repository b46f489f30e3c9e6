#!/usr/bin/env node
// `pnpm start` after the packages are built: builds the site and serves it on 127.0.0.1:3000 until
// Ctrl-C. The interrupt goes to the whole terminal group, docusaurus included; this script waits for the
// server to stop and then ends with exit code 0, so that stopping the site is not reported as a failure.
// package.json starts it with `exec`, so that no shell between pnpm and this script turns the interrupt
// into exit code 130 (which pnpm reports as "Command failed").
import { spawn } from "node:child_process";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const site = join(root, "apps", "site");
const docusaurus = join(site, "node_modules", ".bin", "docusaurus");
let stopping = false;

function run(args) {
  return new Promise((resolve) => {
    const child = spawn(docusaurus, args, { cwd: site, stdio: "inherit" });
    child.on("exit", (code, signal) => resolve({ code, signal }));
  });
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    // The server has the same signal from the terminal; waiting for it to stop is all there is to do.
    stopping = true;
  });
}

const interrupted = (result) => stopping || result.signal === "SIGINT" || result.signal === "SIGTERM";

const build = await run(["build"]);
if (interrupted(build)) process.exit(0);
if (build.code !== 0) process.exit(build.code ?? 1);
const serve = await run(["serve", "--host", "127.0.0.1", "--port", "3000", "--no-open"]);
if (interrupted(serve)) {
  console.log("\nThe site is stopped.");
  process.exit(0);
}
process.exit(serve.code ?? 1);
