#!/usr/bin/env node
// Runs every check (lint, typecheck, unit and data tests, package checks, site tests) through turbo,
// then prints one "N passed, N failed" line summed from the runners' own JSON reports. Reports are
// removed first so that a stale report never counts; turbo restores them for cached tasks.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";

const root = new URL("..", import.meta.url).pathname;
// Every workspace pnpm-workspace.yaml lists (`- dir/*` or `- dir`), so a new one's reports count too.
const patterns = [
  ...readFileSync(join(root, "pnpm-workspace.yaml"), "utf8")
    .split(/^catalog:/mu)[0]
    .matchAll(/^\s+-\s+["']?([^"'\s#]+)["']?\s*$/gmu),
].map((match) => match[1]);
const workspaces = patterns.flatMap((pattern) => {
  if (!pattern.endsWith("/*")) return existsSync(join(root, pattern)) ? [join(root, pattern)] : [];
  const dir = join(root, pattern.slice(0, -2));
  return existsSync(dir) ? readdirSync(dir).map((name) => join(dir, name)) : [];
});

for (const ws of workspaces) rmSync(join(ws, "test-results"), { recursive: true, force: true });

// turbo is started by absolute path, and with only absolute PATH entries: `pnpm exec` puts a relative
// ./node_modules/.bin first, and turbo would then try to start the pnpm it finds there from inside each
// package, where that relative path does not exist.
const binDir = join(root, "node_modules", ".bin");
const PATH = [binDir, ...(process.env.PATH ?? "").split(":").filter((entry) => entry.startsWith("/"))].join(
  ":",
);

// How long the last full run took here, to say at the start how long this one may take.
const timingFile = join(root, "node_modules", ".cache", "lhc-test-duration.json");
const minutes = (ms) => {
  const total = Math.round(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
};
let lastRun = null;
try {
  lastRun = JSON.parse(readFileSync(timingFile, "utf8")).ms;
} catch {
  // No run recorded yet.
}
console.log(
  `Running lint, typecheck, tests and package checks through turbo. A full run without turbo's cache takes about 15 minutes on two cores${
    lastRun ? ` (the last run here took ${minutes(lastRun)})` : ""
  }; a run with nothing changed is served from the cache in seconds. A line is printed as each task finishes.\n`,
);

// turbo prints each task's output in one block when the task ends (--log-order=grouped). A block is
// summed up in one line with the time since the start, unless the task failed: then it is printed whole.
// (A task turbo stops because another failed also ends; turbo's closing "Failed:" line names the failures.)
const started = Date.now();
let block = { task: null, lines: [] };
const failedBlock = (lines) =>
  lines.some((line) => /ELIFECYCLE|ERR_PNPM|command finished with error|exited \(\d+\)/.test(line));
function flush() {
  if (block.task === null) return;
  const { task, lines } = block;
  block = { task: null, lines: [] };
  if (failedBlock(lines)) {
    for (const line of lines) console.log(line);
    console.log(`  ✗ ${task} failed (${minutes(Date.now() - started)})`);
    return;
  }
  const cached = lines.some((line) => line.includes("cache hit")) ? ", from cache" : "";
  if (cached) fromCache += 1;
  console.log(`  done ${task} (${minutes(Date.now() - started)}${cached})`);
}
let idle;
let fromCache = 0;
const turbo = spawn(
  join(binDir, "turbo"),
  [
    "run",
    "lint",
    "typecheck",
    "test",
    "check:package",
    "--output-logs=full",
    "--log-order=grouped",
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: ["inherit", "pipe", "inherit"], env: { ...process.env, PATH } },
);
const lines = createInterface({ input: turbo.stdout });
lines.on("line", (line) => {
  clearTimeout(idle);
  // "pkg:task: …" is a task's output; turbo's own lines (and its "pkg#task: ERROR …") are not.
  const task = /^([^\s#]+:[\w:-]+): /.exec(line)?.[1] ?? null;
  if (task === null) {
    flush();
    console.log(line);
    return;
  }
  if (task !== block.task) flush();
  block.task = task;
  block.lines.push(line);
  // A block arrives at once; a pause means it is complete.
  idle = setTimeout(flush, 500);
});
const status = await new Promise((resolve) => turbo.on("close", (code) => resolve(code)));
clearTimeout(idle);
flush();
const elapsed = Date.now() - started;
console.log(`\nAll tasks finished in ${minutes(elapsed)}.`);
// Only a whole run with nothing from the cache says how long the next full run takes.
if (fromCache === 0 && process.argv.length === 2)
  try {
    mkdirSync(join(root, "node_modules", ".cache"), { recursive: true });
    writeFileSync(timingFile, `${JSON.stringify({ ms: elapsed })}\n`);
  } catch {
    // Only the estimate of the next run is lost.
  }

let passed = 0;
let failed = 0;
const counted = [];
for (const ws of workspaces) {
  const dir = join(ws, "test-results");
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    const report = JSON.parse(readFileSync(join(dir, file), "utf8"));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
    counted.push(`${ws.slice(root.length)}/test-results/${file}`);
  }
}
const exitCode = status ?? 1;
// A failing task that wrote no report (a lint or type error, a crash) still counts as a failure.
if (exitCode !== 0 && failed === 0) failed = 1;
console.log(`\nTest reports read: ${counted.length}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(exitCode);
