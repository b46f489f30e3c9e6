import { copyFile } from "node:fs/promises";
import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", schema: "src/schema.ts", statuses: "src/statuses.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "node20",
  // The data files are published as they are, beside the code, for users who are not on Node.
  async onSuccess() {
    await copyFile("generated/parties.json", "dist/parties.json");
    await copyFile("generated/parties.csv", "dist/parties.csv");
    await copyFile("generated/parties.schema.json", "dist/parties.schema.json");
  },
});
