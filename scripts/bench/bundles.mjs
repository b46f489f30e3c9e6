// Bundle cost of every public entry point (esbuild, minified, gzipped) against its limit in
// scripts/size-budgets.json, and whether a user who imports one request schema gets only that schema.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { bundledSize, entrySize } from "../bundle-size.mjs";
import { codeEntries, listPackages, readPackage, root } from "../workspace.mjs";

export async function benchBundles() {
  const budgets = JSON.parse(readFileSync(join(root, "scripts", "size-budgets.json"), "utf8")).packages ?? {};
  const rows = [];
  for (const pkg of listPackages()) {
    for (const entry of codeEntries(pkg)) {
      const size = await entrySize(entry, budgets[pkg.json.name]?.platform);
      rows.push({
        package: pkg.json.name,
        entry: entry.name,
        ...size,
        limit: budgets[pkg.json.name]?.entries?.[entry.name] ?? null,
      });
    }
  }
  return rows;
}

/**
 * Does tree-shaking work? One request schema (`mlaRequestSchema`, named in the README of
 * @lhc/requests) imported alone from the main entry, and the per-type entry @lhc/requests/mla, each
 * against a bundle that keeps the whole main entry.
 */
export async function benchTreeShaking() {
  const requests = readPackage(join(root, "packages", "requests"));
  const entries = codeEntries(requests);
  const main = entries.find((e) => e.name === ".");
  const mlaEntry = entries.find((e) => e.name === "./mla");
  const schemaName = "mlaRequestSchema";
  const exported = Object.keys(await import(pathToFileURL(main.file).href));
  if (!exported.includes(schemaName)) throw new Error(`@lhc/requests no longer exports ${schemaName}`);
  const from = JSON.stringify(main.file);
  // Assigning the import to a global keeps esbuild from dropping it as unused.
  const bundle = (contents) => bundledSize({ contents, resolveDir: requests.dir });
  const whole = await bundle(`import * as all from ${from}; globalThis.all = all;`);
  const alone = await bundle(`import { ${schemaName} } from ${from}; globalThis.schema = ${schemaName};`);
  const rows = [
    {
      subject: `{ ${schemaName} } from @lhc/requests`,
      gzip: alone.gzip,
      wholeGzip: whole.gzip,
      ratio: alone.gzip / whole.gzip,
    },
  ];
  if (mlaEntry) {
    const entry = await bundle(
      `import * as mla from ${JSON.stringify(mlaEntry.file)}; globalThis.mla = mla;`,
    );
    rows.push({
      subject: "all of @lhc/requests/mla",
      gzip: entry.gzip,
      wholeGzip: whole.gzip,
      ratio: entry.gzip / whole.gzip,
    });
  }
  return rows;
}

/** Each package's tarball as `pnpm pack` makes it (what `npm install` downloads), against its limit. */
export function benchTarballs() {
  const budgets = JSON.parse(readFileSync(join(root, "scripts", "size-budgets.json"), "utf8")).packages ?? {};
  const rows = [];
  for (const pkg of listPackages()) {
    const dir = mkdtempSync(join(tmpdir(), "lhc-bench-pack-"));
    try {
      execFileSync("pnpm", ["pack", "--pack-destination", dir], { cwd: pkg.dir, stdio: "pipe" });
      const tarball = readdirSync(dir).find((f) => f.endsWith(".tgz"));
      rows.push({
        package: pkg.json.name,
        bytes: statSync(join(dir, tarball)).size,
        limit: budgets[pkg.json.name]?.tarball ?? null,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}
