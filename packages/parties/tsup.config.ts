import { copyFile } from "node:fs/promises";
import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    schema: "src/schema.ts",
    statuses: "src/statuses.ts",
    register: "src/register/index.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "node20",
  // The register entry's lint kernel is a private workspace package (a devDependency): bundled in, so
  // the published package never depends on it.
  noExternal: ["@lhc/data-lint"],
  // The data files are published as they are, beside the code, for users who are not on Node.
  async onSuccess() {
    await copyFile("generated/parties.json", "dist/parties.json");
    await copyFile("generated/parties.csv", "dist/parties.csv");
    await copyFile("generated/parties.schema.json", "dist/parties.schema.json");
  },
});
