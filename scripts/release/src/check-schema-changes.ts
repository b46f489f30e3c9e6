#!/usr/bin/env tsx
// `pnpm check:schema-changes [--registry URL]`: compares the built JSON Schemas with the last published
// ones (npm's configured registry unless --registry is given) and fails on a breaking change that has no
// major changeset. Needs the packages built first (`pnpm build`).
import { parseArgs } from "node:util";
import { checkSchemaChanges } from "./published-schemas.js";

const { values } = parseArgs({ options: { registry: { type: "string" } } });
const reports = await checkSchemaChanges(values.registry ? { registry: values.registry } : {});
let failed = false;
for (const report of reports) {
  if (report.publishedVersion === null) {
    console.log(`${report.name}: not published yet, nothing to compare`);
    continue;
  }
  const changes = report.files.flatMap((f) =>
    f.changes.map((c) => `${f.file}: ${c.breaking ? "BREAKING" : "compatible"}: ${c.message}`),
  );
  console.log(
    `${report.name}: ${changes.length} schema change(s) since ${report.publishedVersion}; pending bump: ${report.bump}`,
  );
  for (const line of changes) console.log(`  ${line}`);
  for (const failure of report.failures) {
    console.error(failure);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
