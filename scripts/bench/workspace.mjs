// What the benchmarks read from the workspace beyond scripts/workspace.mjs: the data files each package ships.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

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
