#!/usr/bin/env node
// Writes dist/schemas/<requestType>.json from the built zod schemas, so that the shipped JSON Schema
// is generated from the same definition the TypeScript API validates with.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { getJsonSchema, requestTypes } from "../dist/index.js";
import { getJsonSchema as getJsonSchemaV1, requestDefinitions } from "../dist/v1.js";

const outDir = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "schemas");
mkdirSync(outDir, { recursive: true });
for (const type of requestTypes) {
  const file = join(outDir, `${type}.json`);
  writeFileSync(file, `${JSON.stringify(getJsonSchema(type), null, 2)}\n`);
  console.log(`wrote ${file}`);
}

// Version 1, at the path its definition names (schemas/1.0/<requestType>.json); version 0 stays where
// it was, so that both $ids keep being served.
for (const type of requestTypes) {
  const file = join(outDir, "..", requestDefinitions[type].schemaFile);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(getJsonSchemaV1(type), null, 2)}\n`);
  console.log(`wrote ${file}`);
}
