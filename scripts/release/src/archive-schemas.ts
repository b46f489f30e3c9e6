#!/usr/bin/env tsx
// `pnpm version-packages` runs this after `changeset version` and a build (see src/archive.ts).
import { archiveSchemas } from "./archive.js";

for (const file of archiveSchemas()) console.log(`archived ${file}`);
