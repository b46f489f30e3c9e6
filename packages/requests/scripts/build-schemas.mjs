#!/usr/bin/env node
// Writes dist/schemas/<requestType>.json from the built zod schemas, so that the shipped JSON Schema
// is generated from the same definition the TypeScript API validates with.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { getJsonSchema, requestTypes } from "../dist/index.js";

const outDir = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "schemas");
mkdirSync(outDir, { recursive: true });
for (const type of requestTypes) {
  const file = join(outDir, `${type}.json`);
  writeFileSync(file, `${JSON.stringify(getJsonSchema(type), null, 2)}\n`);
  console.log(`wrote ${file}`);
}
