// Measures what an entry point costs a user who bundles it: esbuild, minified, then gzipped. Shared by
// `pnpm bench` (reported) and scripts/check-package.mjs (enforced against scripts/size-budgets.json).
import { builtinModules } from "node:module";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/**
 * Node runs every module a bin imports, but the package's `"sideEffects": false` would let esbuild drop
 * a bin's side-effect import (such as `import "../dist/cli.js"`). Marks the bin's own relative imports
 * as having side effects; everything they import keeps its declarations, so tree-shaking still works.
 */
function keepImportsOf(binFile) {
  return {
    name: "keep-imports-of-bin",
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, async (args) => {
        if (args.importer !== binFile || args.pluginData?.resolving) return undefined;
        const resolved = await build.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: { resolving: true },
        });
        return resolved.errors.length > 0
          ? { errors: resolved.errors }
          : { path: resolved.path, sideEffects: true };
      });
    },
  };
}

/**
 * Bundles one module (a file, or source text given as `contents` resolved from `resolveDir`) and
 * returns its minified and gzipped sizes in bytes. Libraries are bundled for the browser, where
 * bundle size matters most; bins for Node.
 */
export async function bundledSize({
  file,
  contents,
  resolveDir,
  platform = "browser",
  runsEverything = false,
}) {
  const result = await build({
    ...(file ? { entryPoints: [file] } : { stdin: { contents, resolveDir, loader: "js" } }),
    bundle: true,
    minify: true,
    format: "esm",
    platform,
    target: "es2022",
    // Node built-ins are provided by the runtime, not shipped in a bundle (with or without "node:").
    external: ["node:*", ...builtinModules],
    write: false,
    logLevel: "silent",
    legalComments: "none",
    plugins: runsEverything && file ? [keepImportsOf(file)] : [],
  });
  const code = result.outputFiles[0].contents;
  return { minified: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}

/**
 * Bundles an entry from scripts/workspace.mjs `codeEntries`. `platform` comes from the
 * package's record in scripts/size-budgets.json ("node" for packages that only run in Node).
 */
export function entrySize(entry, platform = "browser") {
  const bin = entry.kind === "bin";
  return bundledSize({ file: entry.file, platform: bin ? "node" : platform, runsEverything: bin });
}

export function formatBytes(bytes) {
  return `${bytes.toLocaleString("en-US")} B`;
}
