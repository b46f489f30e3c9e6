/**
 * Validates and lints the source files in data/, then writes generated/dataset.ts (bundled into the
 * package entry), generated/parties.json and generated/parties.csv (copied to dist by tsup). Refuses to
 * write anything while a lint problem remains.
 *
 * The data directory is --data, else the environment variable LHC_PARTIES_DATA, else --root's data/: a
 * build with LHC_PARTIES_DATA set gives a package (and a CLI built on it) that answers from that data,
 * as LHC_CONVENTION_DATA does for @lhc/convention.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import {
  formatLintProblem,
  ISO_3166_1_ALPHA_2_CODES,
  lintAndCollect,
  USER_ASSIGNED_CODES,
} from "../src/lint/index.js";
import { isTreatyDatabaseUrl } from "../src/lint/rules/signature-corroboration.js";
import { readDataFiles } from "../src/lint/source-files.js";
import { partiesDatasetJsonSchema } from "../src/schema.js";
import { assembleDataset } from "./lib/dataset.js";
import { toCsv, toJson, toModule } from "./lib/emit.js";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const { version } = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as { version: string };
// --root and --out let the tests build from a copy of the source files without touching the package.
const { values: options } = parseArgs({
  options: {
    root: { type: "string", default: packageDir },
    data: { type: "string" },
    out: { type: "string", default: join(packageDir, "generated") },
    check: { type: "boolean", default: false },
    quiet: { type: "boolean", default: false },
  },
});
const sourceRoot = options.root ?? packageDir;
const dataDir = options.data ?? (process.env.LHC_PARTIES_DATA || join(sourceRoot, "data"));
const outDir = options.out ?? join(packageDir, "generated");

const { problems, data } = lintAndCollect(readDataFiles(dataDir));
if (problems.length > 0 || !data) {
  for (const problem of problems) console.error(formatLintProblem(problem));
  console.error(`\n${problems.length} problem(s) in the source files; nothing was written.`);
  process.exit(1);
}

const dataset = assembleDataset(data, version);
if (options.check) {
  if (!options.quiet) console.log(`@lhc/parties: data valid (${dataset.parties.length} States)`);
  process.exit(0);
}
// A former State (ISO 3166-3) is a code the queries accept only when the data records it.
const formerStates = dataset.parties.filter((p) => p.codeKind === "iso-3166-3").map((p) => p.code);
const stateCodes = [
  ...new Set([...ISO_3166_1_ALPHA_2_CODES, ...USER_ASSIGNED_CODES.keys(), ...formerStates]),
].sort();

mkdirSync(outDir, { recursive: true });
// Write-then-rename so that a typecheck and a build running at once never read a half-written file.
const writeAtomically = (name: string, content: string) => {
  const target = join(outDir, name);
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, target);
};
writeAtomically("parties.json", toJson(dataset));
writeAtomically("parties.csv", toCsv(dataset));
writeAtomically("parties.schema.json", `${JSON.stringify(partiesDatasetJsonSchema(), null, 2)}\n`);
writeAtomically("dataset.ts", toModule(dataset, stateCodes));
// Counted here from the data, so that no document has to keep the count by hand.
const databaseOnly = dataset.parties.filter(
  (p) => p.signature?.sources.every((s) => isTreatyDatabaseUrl(s.url)) ?? false,
);
if (!options.quiet) {
  console.log(
    `@lhc/parties: ${dataset.parties.length} States, asOf ${dataset.asOf}, data version ${dataset.dataVersion}; ` +
      `${databaseOnly.length} signatures rest on the Dutch treaty database alone (${databaseOnly.map((p) => p.code).join(" ")})`,
  );
}
