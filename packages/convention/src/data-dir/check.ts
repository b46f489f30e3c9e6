/**
 * Validates the human-edited data in a data directory (./lint/: the schema, then one rule per module)
 * and assembles the curated document. Every problem names the file, the field and the fix. It lives in
 * src/ so that `lhc convention update` validates a data directory before writing it.
 */
import { romanToInt } from "../eid.js";
import { conventionDocumentSchema } from "../schema.js";
import type { ConventionDocument, ProvisionNode } from "../types.js";
import { eIdNum, formatLintProblem, lintDataDir } from "./lint/index.js";

export interface DataCheck {
  /** Each problem as `file: field: what is wrong and how to fix it`. */
  problems: string[];
  /** The validated document, or `null` when there are problems. */
  document: ConventionDocument | null;
}

/** The number of the first article in a subtree (Arabic or Roman), or 0 when it holds none. */
function firstArticleNumber(node: ProvisionNode): number {
  if (node.type === "article") {
    const num = node.eId.slice("art_".length);
    const arabic = Number.parseInt(num, 10);
    return Number.isNaN(arabic) ? Number(romanToInt(num)) : arabic;
  }
  for (const child of node.children) {
    const found = firstArticleNumber(child);
    if (found > 0) return found;
  }
  return 0;
}

const byFirstArticle = (a: ProvisionNode, b: ProvisionNode) =>
  firstArticleNumber(a) - firstArticleNumber(b) ||
  Number.parseInt(eIdNum(a) ?? "0", 10) - Number.parseInt(eIdNum(b) ?? "0", 10) ||
  (a.eId < b.eId ? -1 : a.eId > b.eId ? 1 : 0);

/**
 * The order numbers give: the body by the first article each top-level node holds, annexes by eId
 * (annex_2 before annex_10, annex_1 before its repeat annex_1-2).
 */
export function numberOrder(nodes: readonly ProvisionNode[], list: "body" | "annexes"): ProvisionNode[] {
  return [...nodes].sort(
    list === "body" ? byFirstArticle : (a, b) => a.eId.localeCompare(b.eId, "en", { numeric: true }),
  );
}

/** Document order: the order file's (body.json, annexes.json) where there is one, else the numbers'. */
function inDocumentOrder(nodes: ProvisionNode[], list: "body" | "annexes", order: string[] | undefined) {
  if (!order) return numberOrder(nodes, list);
  const at = new Map(order.map((eId, k) => [eId, k]));
  return nodes.sort((a, b) => (at.get(a.eId) ?? 0) - (at.get(b.eId) ?? 0));
}

/** `label` names the directory in problems (default its folder name; the update passes the real path). */
export function checkData(dataDir: string, label?: string): DataCheck {
  const { problems, context } = lintDataDir(dataDir, label);
  const { meta, sources, nodeFiles, orders } = context;
  if (problems.length > 0 || !meta || !sources) {
    return { problems: problems.map(formatLintProblem), document: null };
  }
  const inFolder = (folder: string) => nodeFiles.filter((f) => f.folder === folder).map((f) => f.node);
  const document: ConventionDocument = {
    schemaVersion: 1,
    kind: "curated",
    meta,
    sources,
    preamble: inFolder("preamble")[0] ?? null,
    // Document order: each top-level part or article by the first article it holds. Curated parts whose
    // articles are not yet placed in them hold none and come first.
    body: inDocumentOrder([...inFolder("parts"), ...inFolder("provisions")], "body", orders.body.order),
    conclusions: inFolder("conclusions")[0] ?? null,
    annexes: inDocumentOrder(inFolder("annexes"), "annexes", orders.annexes.order),
    attachments: inFolder("attachments").sort(
      (a, b) => Number(a.eId.slice("att_".length)) - Number(b.eId.slice("att_".length)),
    ),
  };
  return { problems: [], document: conventionDocumentSchema.parse(document) };
}
