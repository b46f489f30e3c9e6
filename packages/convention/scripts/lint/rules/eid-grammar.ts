import { CitationError, parseEId, romanToInt } from "../../../src/eid.js";
import type { ProvisionNode } from "../../../src/types.js";
import { type LintRule, nodesWithPaths } from "../types.js";

const PREFIX: Partial<Record<ProvisionNode["type"], string>> = {
  part: "part",
  article: "art",
  paragraph: "para",
  point: "point",
  annex: "annex",
};

/** The eId number a published number maps to: "III" → "3" for parts, "H" → "h", "(a)" → "a". */
export function eIdNum(node: ProvisionNode): string | null {
  if (node.num === null) return null;
  const lower = node.num.toLowerCase();
  if (node.type === "part") return /^[0-9]+$/.test(lower) ? lower : String(romanToInt(lower));
  return lower.replace(/^\(|[).]$/g, "").replace(/\)$/, "");
}

/** Each eId follows the grammar and is its parent's eId plus its own type and number. */
export const eIdGrammar: LintRule = {
  name: "eid-grammar",
  check({ nodeFiles }, report) {
    for (const { file, node: root } of nodeFiles) {
      const parents = new Map<ProvisionNode, string>();
      for (const { node, field } of nodesWithPaths(root)) {
        for (const child of node.children) parents.set(child, node.eId);
        try {
          parseEId(node.eId);
        } catch (error) {
          if (!(error instanceof CitationError)) throw error;
          report(file, `${field}.eId`, error.rule);
        }
        const prefix = PREFIX[node.type];
        if (!prefix) continue;
        const parent = parents.get(node);
        const expected = `${parent && node.type !== "article" ? `${parent}__` : ""}${prefix}_${eIdNum(node)}`;
        if (node.eId !== expected) {
          report(
            file,
            field,
            `eId "${node.eId}" does not match its type and num "${node.num}"; expected "${expected}"`,
          );
        }
      }
    }
  },
};
