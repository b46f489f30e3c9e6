import { defineConfig } from "tsup";
import { requestTypes } from "./src/request-types.js";

// One entry per request type, from the list of request types: a new type adds its module in
// src/request-schemas/ and needs no change here.
const subpathEntries = {
  ...Object.fromEntries(requestTypes.map((type) => [type, `src/request-schemas/${type}.ts`])),
  examples: "src/examples.ts",
  "request-types": "src/request-types.ts",
  v1: "src/v1/index.ts",
  migrate: "src/migrate.ts",
  fields: "src/fields.ts",
  "any-version": "src/any-version.ts",
};

export default defineConfig([
  {
    // The main entry as one ES module: importing it reads one file, not the ten shared chunks a
    // split build makes of it. Like every CommonJS entry, it carries its own copy of the schemas.
    entry: { index: "src/index.ts" },
    format: ["esm"],
    splitting: false,
    dts: true,
    // The three builds run side by side into dist/, so none of them cleans it: the build script does.
    clean: false,
    target: "node20",
  },
  {
    // The request-type entries share their building blocks with each other in chunks.
    entry: subpathEntries,
    format: ["esm"],
    dts: true,
    clean: false,
    target: "node20",
  },
  {
    entry: { index: "src/index.ts", ...subpathEntries },
    format: ["cjs"],
    dts: true,
    clean: false,
    target: "node20",
  },
]);
