import { copyFileSync } from "node:fs";
import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      schema: "src/schema.ts",
      importer: "src/importer/index.ts",
      "data-dir": "src/data-dir/index.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    clean: false,
    target: "node20",
    // The validated artifact from scripts/build-data.ts and its JSON Schema ship as plain files too.
    onSuccess: async () => {
      copyFileSync("generated/convention.json", "dist/convention.json");
      copyFileSync("generated/convention.schema.json", "dist/convention.schema.json");
    },
  },
  {
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
