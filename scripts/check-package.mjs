#!/usr/bin/env node
// Packs the package in the current directory the way pnpm publishes it, then checks the tarball:
// publint and @arethetypeswrong must report no problems, and no tests, fixtures or test source maps
// may ship. The tarball and the gzipped esbuild bundle of each entry point must stay within the limits
// in scripts/size-budgets.json. Writes test-results/package-check.json in the shape of a vitest report
// so that scripts/run-tests.mjs counts each check.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { entrySize, formatBytes } from "./bundle-size.mjs";
import { codeEntries } from "./workspace.mjs";

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

  await checkSizeBudgets(statSync(tarball).size);
} catch (error) {
  record("package can be packed", [String(error?.stderr ?? error?.message ?? error)]);
} finally {
  rmSync(packDir, { recursive: true, force: true });
}

// One record per budget: the packed tarball, then each entry point's minified and gzipped esbuild
// bundle. A measured entry without a stated limit fails too, so that no entry escapes its budget.
async function checkSizeBudgets(tarballBytes) {
  const budgetsFile = new URL("./size-budgets.json", import.meta.url);
  const budgets = JSON.parse(readFileSync(budgetsFile, "utf8")).packages?.[pkg.name];
  const where = "scripts/size-budgets.json";
  const overBudget = (what, measured, limit) =>
    measured <= limit
      ? []
      : [
          `${what} is ${formatBytes(measured)}, over its limit of ${formatBytes(limit)} in ${where}: make it smaller, or raise the limit there and say why in the commit`,
        ];
  const noBudget = (what, key, measured) =>
    `${what} has no size limit: add ${key}: ${Math.ceil((measured * 1.25) / 1000) * 1000} (measured ${formatBytes(measured)} + 25%) for "${pkg.name}" in ${where}`;

  const tarballLimit = budgets?.tarball;
  record(
    `size of the tarball: ${formatBytes(tarballBytes)} (limit ${tarballLimit === undefined ? "not stated" : formatBytes(tarballLimit)})`,
    tarballLimit === undefined
      ? [noBudget("the tarball", '"tarball"', tarballBytes)]
      : overBudget("the tarball", tarballBytes, tarballLimit),
  );

  const entries = codeEntries({ dir: pkgDir, json: pkg });
  const stale = Object.keys(budgets?.entries ?? {}).filter((name) => !entries.some((e) => e.name === name));
  if (stale.length > 0) {
    record(
      "every size limit belongs to an entry point",
      stale.map(
        (name) => `${where} states a limit for entry ${name}, which "${pkg.name}" does not have: remove it`,
      ),
    );
  }
  for (const entry of entries) {
    const limit = budgets?.entries?.[entry.name];
    let size;
    try {
      size = await entrySize(entry, budgets?.platform);
    } catch (error) {
      const reason = error?.errors?.[0]
        ? `${error.errors[0].text} (${error.errors[0].location?.file ?? entry.file})`
        : String(error?.message ?? error);
      record(`entry ${entry.name} bundles with esbuild`, [reason]);
      continue;
    }
    record(
      `size of entry ${entry.name}, bundled and gzipped: ${formatBytes(size.gzip)} (limit ${limit === undefined ? "not stated" : formatBytes(limit)})`,
      limit === undefined
        ? [noBudget(`entry ${entry.name}`, `entries["${entry.name}"]`, size.gzip)]
        : overBudget(`entry ${entry.name} (esbuild, minified and gzipped)`, size.gzip, limit),
    );
  }
}

const failed = results.filter((r) => r.problems.length > 0).length;
mkdirSync(join(pkgDir, "test-results"), { recursive: true });
writeFileSync(
  join(pkgDir, "test-results", "package-check.json"),
  `${JSON.stringify({ numPassedTests: results.length - failed, numFailedTests: failed, results }, null, 2)}\n`,
);
process.exit(failed === 0 ? 0 : 1);
