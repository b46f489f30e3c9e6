import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    mla: "src/mla.ts",
    extradition: "src/extradition.ts",
    "provisional-arrest": "src/provisional-arrest.ts",
    "transfer-of-sentenced-person": "src/transfer-of-sentenced-person.ts",
    examples: "src/examples.ts",
    "request-types": "src/request-types.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "node20",
});
