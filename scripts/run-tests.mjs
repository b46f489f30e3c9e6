#!/usr/bin/env node
// Runs every check (lint, typecheck, unit and data tests, package checks, site tests) through turbo,
// then prints one "N passed, N failed" line summed from the runners' own JSON reports. Reports are
// removed first so that a stale report never counts; turbo restores them for cached tasks.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

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
const PATH = [binDir, ...(process.env.PATH ?? "").split(":").filter((entry) => entry.startsWith("/"))].join(":");
const turbo = spawnSync(
  join(binDir, "turbo"),
  ["run", "lint", "typecheck", "test", "check:package", "--output-logs=errors-only", ...process.argv.slice(2)],
  { cwd: root, stdio: "inherit", env: { ...process.env, PATH } },
);

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
const exitCode = turbo.status ?? 1;
// A failing task that wrote no report (a lint or type error, a crash) still counts as a failure.
if (exitCode !== 0 && failed === 0) failed = 1;
console.log(`\nTest reports read: ${counted.length}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(exitCode);
