import { defineConfig } from "tsup";
import { requestTypes } from "./src/request-types.js";

export default defineConfig({
  // One entry per request type, from the list of request types: a new type adds its module in
  // src/request-schemas/ and needs no change here.
  entry: {
    index: "src/index.ts",
    ...Object.fromEntries(requestTypes.map((type) => [type, `src/request-schemas/${type}.ts`])),
    examples: "src/examples.ts",
    "request-types": "src/request-types.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "node20",
});
