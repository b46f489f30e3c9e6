import { copyFileSync } from "node:fs";
import { defineConfig } from "tsup";

// The lint kernel is a private workspace package (a devDependency): bundled in, never a dependency.
const noExternal = ["@lhc/data-lint"];

export default defineConfig([
  {
    entry: { index: "src/index.ts", schema: "src/schema.ts", importer: "src/importer/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: false,
    target: "node20",
    noExternal,
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
    noExternal,
    banner: { js: "#!/usr/bin/env node" },
  },
]);
