// Where the published packages and their built files are, read from each package.json so that a new
// entry point or package is measured without editing the benchmarks.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const root = new URL("../..", import.meta.url).pathname.replace(/\/$/, "");

/** Every publishable package under packages/, with its directory and parsed package.json. */
export function listPackages() {
  const dir = join(root, "packages");
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .filter((pkgDir) => existsSync(join(pkgDir, "package.json")))
    .map((pkgDir) => ({ dir: pkgDir, json: JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")) }))
    .filter((pkg) => !pkg.json.private);
}

export function readPackage(pkgDir) {
  return { dir: pkgDir, json: JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")) };
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
  const bins =
    typeof pkg.json.bin === "string" ? { [pkg.json.name.split("/").pop()]: pkg.json.bin } : pkg.json.bin;
  for (const [name, file] of Object.entries(bins ?? {})) {
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

/**
 * The data files a package ships as plain exports (e.g. "./parties.json"), expanding a "*" pattern
 * against the built directory. package.json itself is not data.
 */
export function dataArtifacts(pkg) {
  const files = [];
  for (const [subpath, target] of Object.entries(pkg.json.exports ?? {})) {
    if (typeof target !== "string" || !target.endsWith(".json") || subpath === "./package.json") continue;
    if (!target.includes("*")) {
      files.push(join(pkg.dir, target));
      continue;
    }
    const [prefix, suffix] = target.split("*");
    const dir = join(pkg.dir, prefix.slice(0, prefix.lastIndexOf("/") + 1));
    const namePrefix = prefix.slice(prefix.lastIndexOf("/") + 1);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith(namePrefix) && name.endsWith(suffix)) files.push(join(dir, name));
    }
  }
  return files;
}
