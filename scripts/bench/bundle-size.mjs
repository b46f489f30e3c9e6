// Measures what an entry point costs a user who bundles it: esbuild, minified, then gzipped. Shared by
// `pnpm bench` (reported) and scripts/check-package.mjs (enforced against scripts/size-budgets.json).
import { builtinModules } from "node:module";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/**
 * Bundles one module (a file, or source text given as `contents` resolved from `resolveDir`) and
 * returns its minified and gzipped sizes in bytes. Libraries are bundled for the browser, where
 * bundle size matters most; bins for Node.
 */
export async function bundledSize({ file, contents, resolveDir, platform = "browser" }) {
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
  });
  const code = result.outputFiles[0].contents;
  return { minified: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}

/**
 * Bundles an entry from scripts/bench/workspace.mjs `codeEntries`. `platform` comes from the
 * package's record in scripts/size-budgets.json ("node" for packages that only run in Node).
 */
export function entrySize(entry, platform = "browser") {
  return bundledSize({ file: entry.file, platform: entry.kind === "bin" ? "node" : platform });
}

export function formatBytes(bytes) {
  return `${bytes.toLocaleString("en-US")} B`;
}
