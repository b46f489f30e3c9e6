import { copyFileSync } from "node:fs";
import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts", schema: "src/schema.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: false,
    target: "node20",
    // The validated artifact from scripts/build-data.ts ships as a plain file too.
    onSuccess: async () => {
      copyFileSync("generated/convention.json", "dist/convention.json");
    },
  },
]);
