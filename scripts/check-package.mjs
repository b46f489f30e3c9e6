#!/usr/bin/env node
// Packs the package in the current directory the way pnpm publishes it, then checks the tarball:
// publint and @arethetypeswrong must report no problems, and no tests, fixtures or test source maps
// may ship. Writes test-results/package-check.json in the shape of a vitest report so that
// scripts/run-tests.mjs counts each check.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";

const pkgDir = process.cwd();
const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
const packDir = mkdtempSync(join(tmpdir(), "lhc-pack-"));
const results = [];
const record = (name, problems) => {
  results.push({ name, problems });
  console.log(`${problems.length === 0 ? "✓" : "✗"} ${pkg.name}: ${name}`);
  for (const p of problems) console.log(`    ${p}`);
};

try {
  execFileSync("pnpm", ["pack", "--pack-destination", packDir], { cwd: pkgDir, stdio: "pipe" });
  const tarball = join(packDir, readdirSync(packDir).find((f) => f.endsWith(".tgz")));
  const files = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" })
    .split("\n")
    .filter(Boolean)
    .map((f) => f.replace(/^package\//, ""));

  const forbidden = files.filter((f) =>
    /(^|\/)(test|tests|__tests__|fixtures|test-results|test-output)\/|\.test\.[cm]?[jt]sx?(\.map)?$|\.spec\.[cm]?[jt]sx?$/.test(f),
  );
  record(
    `tarball holds no tests or fixtures (${files.length} files)`,
    forbidden.map((f) => `${f} must not be published: exclude it from "files" in package.json`),
  );

  const tarballBuffer = readFileSync(tarball);
  const { messages } = await publint({
    pack: { tarball: tarballBuffer.buffer.slice(tarballBuffer.byteOffset, tarballBuffer.byteOffset + tarballBuffer.byteLength) },
    level: "suggestion",
    strict: true,
  });
  record(
    "publint reports no problems",
    messages.map((m) => `publint ${m.type} ${m.code}: ${formatMessage(m, pkg) ?? ""}`),
  );

  const attwBin = new URL("../node_modules/.bin/attw", import.meta.url).pathname;
  const attw = spawnSync(attwBin, [tarball, "--format", "ascii"], { cwd: pkgDir, encoding: "utf8" });
  record(
    "@arethetypeswrong/cli reports no problems",
    attw.status === 0 ? [] : [(attw.stdout + attw.stderr).trim()],
  );
} catch (error) {
  record("package can be packed", [String(error?.stderr ?? error?.message ?? error)]);
} finally {
  rmSync(packDir, { recursive: true, force: true });
}

const failed = results.filter((r) => r.problems.length > 0).length;
mkdirSync(join(pkgDir, "test-results"), { recursive: true });
writeFileSync(
  join(pkgDir, "test-results", "package-check.json"),
  `${JSON.stringify({ numPassedTests: results.length - failed, numFailedTests: failed, results }, null, 2)}\n`,
);
process.exit(failed === 0 ? 0 : 1);
