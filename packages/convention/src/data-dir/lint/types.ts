import type { LintRule as KernelRule } from "@lhc/data-lint";
import type { DataFolder } from "../../kinds.js";
import type { ConventionMeta, ProvisionNode, Source } from "../../types.js";

export type { LintProblem, Report } from "@lhc/data-lint";

/** A node file that passed its schema: the folder it sits in and the node it holds. */
export interface NodeFile {
  file: string;
  folder: DataFolder;
  node: ProvisionNode;
}

/** What every rule sees: each file that passed its schema, with its path. */
export interface LintContext {
  sources: Source[] | undefined;
  meta: ConventionMeta | undefined;
  nodeFiles: readonly NodeFile[];
  /**
   * body.json and annexes.json (their paths as problems name them) and, when they exist and passed their
   * schema, the eIds of the body's top-level nodes and of the annexes in document order. They are written
   * where numbers do not give that order (free text between articles, a repeated annex number); a body
   * that holds free text needs body.json.
   */
  orders: Record<"body" | "annexes", { file: string; order: string[] | undefined }>;
}

/** One rule of this package: a check over the context, from the shared kernel. */
export type LintRule = KernelRule<LintContext>;

export const SOURCES_FILE = "data/sources.json";
export const META_FILE = "data/meta.json";

/** Every node of a file with its field path: `(root)`, `(root).children.0`, … */
export function* nodesWithPaths(
  node: ProvisionNode,
  field = "(root)",
): Generator<{ node: ProvisionNode; field: string }> {
  yield { node, field };
  for (const [k, child] of node.children.entries()) yield* nodesWithPaths(child, `${field}.children.${k}`);
}

/** Every `{ status, sources }` fact of meta.json with its field path (claims included). */
export function* factsWithPaths(
  value: unknown,
  field = "",
): Generator<{ fact: { status: string; sources: { id: string }[] }; field: string }> {
  if (Array.isArray(value)) {
    for (const [k, item] of value.entries()) yield* factsWithPaths(item, field ? `${field}.${k}` : String(k));
  } else if (value && typeof value === "object") {
    const fact = value as { status?: unknown; sources?: unknown };
    if (typeof fact.status === "string" && Array.isArray(fact.sources)) {
      yield { fact: fact as { status: string; sources: { id: string }[] }, field };
    }
    for (const [key, item] of Object.entries(value)) {
      if (key !== "sources") yield* factsWithPaths(item, field ? `${field}.${key}` : key);
    }
  }
}
