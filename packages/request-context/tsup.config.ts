import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", verdict: "src/verdict.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "node20",
});
