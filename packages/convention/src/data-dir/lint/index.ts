/**
 * Data lints over the human-edited files in data/, one rule per module in rules/ (as
 * @mdn/browser-compat-data's lint/linter/ does), on the shared kernel @lhc/data-lint (types, reader,
 * formatter). This module reads the files into the context the rules see and lists the rules.
 */
import { existsSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { collector, readJsonFile, runRules } from "@lhc/data-lint";
import { z } from "zod";
import { conventionMetaSchema, provisionNodeSchema, sourceSchema } from "../../schema.js";
import { citedSourcesExist } from "./rules/cited-sources-exist.js";
import { eIdGrammar } from "./rules/eid-grammar.js";
import { fileLayout } from "./rules/file-layout.js";
import { officialStatus } from "./rules/official-status.js";
import { oneRecordPerSource } from "./rules/one-record-per-source.js";
import { preambleOrder } from "./rules/preamble-order.js";
import { signaturePeriod } from "./rules/signature-period.js";
import { textOnlyWhenOfficial } from "./rules/text-only-when-official.js";
import { uniqueEIds } from "./rules/unique-eids.js";
import { xmlCharacters } from "./rules/xml-characters.js";
import {
  type LintContext,
  type LintProblem,
  type LintRule,
  META_FILE,
  type NodeFile,
  SOURCES_FILE,
} from "./types.js";

export { formatLintProblem } from "@lhc/data-lint";
export { eIdNum } from "./rules/eid-grammar.js";
export type { LintProblem, LintRule, NodeFile } from "./types.js";

/** Every rule, in the order its problems are listed. */
export const rules: readonly LintRule[] = [
  fileLayout,
  eIdGrammar,
  preambleOrder,
  uniqueEIds,
  textOnlyWhenOfficial,
  citedSourcesExist,
  officialStatus,
  oneRecordPerSource,
  signaturePeriod,
  xmlCharacters,
];

export interface LintResult {
  problems: LintProblem[];
  context: LintContext;
}

/** Reads and checks every file of a data/ folder: JSON syntax, then the schema, then each rule. */
export function lintDataDir(dataDir: string, name?: string): LintResult {
  const { problems, report } = collector();
  // Problems name files as the package's own data/ folder does, or by the folder's own name.
  const label = name?.replace(/\/+$/, "") || basename(dataDir) || "data";
  const read = <T>(file: string, schema: z.ZodType<T>): T | undefined =>
    readJsonFile(join(dataDir, file.slice(label.length + 1)), file, schema, report, { root: "(root)" });

  const nodeFiles: NodeFile[] = [];
  const readNode = (file: string, folder: NodeFile["folder"]) => {
    const node = read(file, provisionNodeSchema);
    if (node) nodeFiles.push({ file, folder, node });
  };
  // Every file and folder but meta and sources is optional: a treaty may have no preamble, no parts,
  // no articles outside parts, no annexes.
  for (const single of ["preamble", "conclusions"] as const) {
    if (existsSync(join(dataDir, `${single}.json`))) readNode(`${label}/${single}.json`, single);
  }
  for (const folder of ["parts", "provisions", "annexes", "attachments"] as const) {
    if (!existsSync(join(dataDir, folder))) continue;
    for (const name of readdirSync(join(dataDir, folder))
      .filter((f) => f.endsWith(".json"))
      .sort()) {
      readNode(`${label}/${folder}/${name}`, folder);
    }
  }
  const readOrder = (name: string) => ({
    file: `${label}/${name}`,
    order: existsSync(join(dataDir, name)) ? read(`${label}/${name}`, z.array(z.string().min(1))) : undefined,
  });
  const context: LintContext = {
    sources: read(`${label}/${SOURCES_FILE.slice("data/".length)}`, sourceSchema.array()),
    meta: read(`${label}/${META_FILE.slice("data/".length)}`, conventionMetaSchema),
    orders: {
      body: readOrder("body.json"),
      annexes: readOrder("annexes.json"),
    },
    nodeFiles,
  };
  runRules(rules, context, report);
  return { problems, context };
}
