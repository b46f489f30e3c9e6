// Bundle cost of every public entry point (esbuild, minified, gzipped) against its limit in
// scripts/size-budgets.json, and whether a user who imports one request schema gets only that schema.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { bundledSize, entrySize } from "./bundle-size.mjs";
import { codeEntries, listPackages, readPackage, root } from "./workspace.mjs";

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
 * Picks one MLA request schema export from the main entry (the name is discovered, not assumed) and
 * compares a bundle that imports only it with one that re-exports the whole entry.
 */
export async function benchTreeShaking() {
  const requests = readPackage(join(root, "packages", "requests"));
  const main = codeEntries(requests).find((e) => e.name === ".");
  const exports = Object.keys(await import(pathToFileURL(main.file).href));
  const schemaName =
    exports.find((name) => /^mla.*schema$/i.test(name)) ?? exports.find((name) => /schema$/i.test(name));
  if (!schemaName) throw new Error(`@lhc/requests exports no schema (exports: ${exports.join(", ")})`);
  const from = JSON.stringify(main.file);
  // Using the import keeps esbuild from dropping it as unused.
  const alone = await bundledSize({
    contents: `import { ${schemaName} } from ${from}; globalThis.schema = ${schemaName};`,
    resolveDir: requests.dir,
  });
  const whole = await bundledSize({
    contents: `import * as all from ${from}; globalThis.all = all;`,
    resolveDir: requests.dir,
  });
  return { schema: schemaName, aloneGzip: alone.gzip, wholeGzip: whole.gzip, ratio: alone.gzip / whole.gzip };
}
