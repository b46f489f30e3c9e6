/**
 * Validates the human-edited data in a data/ folder (scripts/lint/: the schema, then one rule per
 * module) and assembles the curated document. Every problem names the file, the field and the fix.
 */
import { conventionDocumentSchema } from "../src/schema.js";
import type { ConventionDocument, ProvisionNode } from "../src/types.js";
import { eIdNum, formatLintProblem, lintDataDir } from "./lint/index.js";

export interface DataCheck {
  /** Each problem as `file: field: what is wrong and how to fix it`. */
  problems: string[];
  /** The validated document, or `null` when there are problems. */
  document: ConventionDocument | null;
}

const byNumber = (a: ProvisionNode, b: ProvisionNode) =>
  Number.parseInt(eIdNum(a) ?? "0", 10) - Number.parseInt(eIdNum(b) ?? "0", 10) ||
  (a.eId < b.eId ? -1 : a.eId > b.eId ? 1 : 0);

export function checkData(dataDir: string): DataCheck {
  const { problems, context } = lintDataDir(dataDir);
  const { meta, sources, nodeFiles } = context;
  const preamble = nodeFiles.find((f) => f.folder === "preamble")?.node;
  if (problems.length > 0 || !meta || !sources || !preamble) {
    return { problems: problems.map(formatLintProblem), document: null };
  }
  const inFolder = (folder: string) => nodeFiles.filter((f) => f.folder === folder).map((f) => f.node);
  const document: ConventionDocument = {
    schemaVersion: 1,
    kind: "curated",
    meta,
    sources,
    preamble,
    // Article placement within parts is not verified, so parts and articles sit side by side.
    body: [...inFolder("parts").sort(byNumber), ...inFolder("provisions").sort(byNumber)],
    conclusions: null,
    annexes: inFolder("annexes").sort((a, b) => (a.eId < b.eId ? -1 : 1)),
    attachments: [],
  };
  return { problems: [], document: conventionDocumentSchema.parse(document) };
}
