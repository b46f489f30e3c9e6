// The workspace's published packages, read from each package.json so that a package or entry point added
// later is checked, measured and rehearsed without editing a list. Shared by the package checks
// (scripts/check-package.mjs), the benchmarks (scripts/bench/) and the release tooling (scripts/release/).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const root = fileURLToPath(new URL("..", import.meta.url)).replace(/\/$/, "");

export function readPackage(pkgDir) {
  return { dir: pkgDir, json: JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")) };
}

/**
 * Every package under packages/ that is not private (what a release publishes), sorted by name, with its
 * directory, its directory's name and its parsed package.json.
 */
export function listPackages(repoRoot = root) {
  const dir = join(repoRoot, "packages");
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "package.json")))
    .map((entry) => ({ dirName: entry.name, ...readPackage(join(dir, entry.name)) }))
    .filter((pkg) => pkg.json.private !== true)
    .sort((a, b) => a.json.name.localeCompare(b.json.name));
}

/** A package's bins as name → file, whatever form its `bin` field takes (a string is named after the package). */
export function binsOf(json) {
  if (typeof json.bin === "string") return { [json.name.split("/").pop()]: json.bin };
  return json.bin ?? {};
}

/**
 * The JavaScript entry points a user can import or run: every exports-map subpath with an "import"
 * condition (its ESM file), plus each bin. Plain file exports (JSON data) are not code entries.
 */
export function codeEntries(pkg) {
  const entries = [];
  for (const [subpath, target] of Object.entries(pkg.json.exports ?? {})) {
    const file = typeof target === "object" && target !== null ? esmFile(target) : undefined;
    if (file && !subpath.includes("*"))
      entries.push({ name: subpath, file: join(pkg.dir, file), kind: "import" });
  }
  for (const [name, file] of Object.entries(binsOf(pkg.json))) {
    entries.push({ name: `bin:${name}`, file: join(pkg.dir, file), kind: "bin" });
  }
  return entries;
}

function esmFile(target) {
  const importTarget = target.import ?? target.default;
  if (typeof importTarget === "string") return importTarget;
  if (importTarget && typeof importTarget === "object") return importTarget.default;
  return undefined;
}
