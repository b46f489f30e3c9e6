import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The programmatic entry: run(argv, io) for scripts that embed lhc.
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    // Both builds run in parallel into dist/; this one cleans, sparing the bin the other writes.
    clean: ["!cli.js"],
    target: "node20",
  },
  {
    // The bin: ESM only, keeps the shebang from src/cli.ts; tsup marks it executable.
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    target: "node20",
  },
]);
