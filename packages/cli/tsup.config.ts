import { readFileSync } from "node:fs";
import { sep } from "node:path";
import { defineConfig, type Options } from "tsup";

type EsbuildPlugin = NonNullable<Options["esbuildPlugins"]>[number];

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));
const define = { __LHC_CLI_VERSION__: JSON.stringify(version) };

// commander requires node:child_process when it loads, for subcommands that run other executables, which
// lhc does not have; child_process brings net, dgram and the stream modules with it. In the bin it is
// required on first use instead, so that `lhc --version` does not pay for it.
const childProcessOnFirstUse: EsbuildPlugin = {
  name: "child-process-on-first-use",
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes(`${sep}commander${sep}`)
        ? { path: args.path, namespace: "child-process-on-first-use" }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "child-process-on-first-use" }, () => ({
      contents:
        'let loaded; module.exports = new Proxy({}, { get: (_, name) => (loaded ??= require("node:child_process"))[name] });',
      loader: "js",
    }));
  },
};

export default defineConfig([
  {
    // The programmatic entry: run(argv, io) for tools that embed lhc.
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    // Both builds run in parallel into dist/; this one cleans, sparing the bin the other writes.
    clean: ["!cli.cjs"],
    target: "node20",
    define,
  },
  {
    // The bin is CommonJS: a Node process that starts from an ES module first sets up the ES module
    // loader, which `lhc --version` and `lhc --help` do not need. The packages a command uses are still
    // loaded with import() when the command runs. Keeps the shebang from src/cli.ts; tsup marks it executable.
    entry: { cli: "src/cli.ts" },
    format: ["cjs"],
    dts: false,
    clean: false,
    target: "node20",
    define,
    // commander is bundled into the bin: loading it as its own CommonJS files (resolved and read one by
    // one) was most of what `lhc --version` cost beyond starting Node.
    noExternal: ["commander"],
    // tsup's own plugin would otherwise claim node: imports before this one sees them.
    removeNodeProtocol: false,
    esbuildPlugins: [childProcessOnFirstUse],
    esbuildOptions(options) {
      // Without commander's comments and whitespace the tarball stays small; names stay readable in traces.
      options.minifyWhitespace = true;
      options.minifySyntax = true;
      options.legalComments = "none";
      // Keep import() as import() in CommonJS output, so that each command loads the ES module builds.
      options.supported = { ...options.supported, "dynamic-import": true };
    },
  },
]);
