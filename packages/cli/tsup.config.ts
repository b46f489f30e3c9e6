import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));
const define = { __LHC_CLI_VERSION__: JSON.stringify(version) };

export default defineConfig([
  {
    // The programmatic entry: run(argv, io) for tools that embed lhc.
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    // Both builds run in parallel into dist/; this one cleans, sparing the bin the other writes.
    clean: ["!cli.js"],
    target: "node20",
    define,
  },
  {
    // The bin: ESM only, keeps the shebang from src/cli.ts; tsup marks it executable.
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    target: "node20",
    define,
    // commander is bundled into the bin: loading it as its own CommonJS files (resolved, read and
    // translated for ESM one by one) was most of what `lhc --version` cost beyond starting Node.
    noExternal: ["commander"],
    // Without commander's comments and whitespace the tarball stays small; names stay readable in traces.
    esbuildOptions(options) {
      options.minifyWhitespace = true;
      options.minifySyntax = true;
      options.legalComments = "none";
    },
    // Bundled CommonJS calls require() for Node built-ins, which an ES module has to be given.
    banner: {
      js: 'import { createRequire as createRequireForBundledCommander } from "node:module";\nconst require = createRequireForBundledCommander(import.meta.url);',
    },
  },
]);
