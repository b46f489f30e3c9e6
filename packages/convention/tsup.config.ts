import { copyFileSync } from "node:fs";
import { defineConfig } from "tsup";

// The lint kernel is a private workspace package (a devDependency): bundled in, never a dependency.
const noExternal = ["@lhc/data-lint"];

export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      schema: "src/schema.ts",
      importer: "src/importer/index.ts",
      "data-dir": "src/data-dir/index.ts",
      "iso-date": "src/iso-date.ts",
    },
    format: ["esm", "cjs"],
    // data-dir/index.ts finds the package's data/ from import.meta.url, which CommonJS has only through the shim.
    shims: true,
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
]);
