import { CitationError, parseEId, romanToInt } from "../../../eid.js";
import type { ProvisionNode } from "../../../types.js";
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
  // A point is numbered by the letters and digits of its marker ("(a)", "a.", "ii)"), as the importer does.
  if (node.type === "point") return lower.replace(/[^0-9a-z]/g, "");
  return lower
    .replace(/^\(|[).]$/g, "")
    .replace(/\)$/, "")
    .replace(/[\s.:]/g, "");
}

/**
 * Whether a published number can be an eId number. One that cannot (a "-" marker, a paragraph "A") is
 * numbered by its position, as the importer does; that is not checked here.
 */
function numberable(node: ProvisionNode, num: string | null): boolean {
  if (node.type === "point") return Boolean(num);
  if (node.type === "paragraph") return /^[1-9][0-9]*[a-z]*$/.test(num ?? "");
  if (node.type === "article") return /^(?:[1-9][0-9]*[a-z]*|[ivxlcdm]+)$/.test(num ?? "");
  return true;
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
        const num = eIdNum(node);
        if (!prefix || !numberable(node, num)) continue;
        const parent = parents.get(node);
        // Articles are numbered across the treaty (art_8 in whichever part), but within an annex or an
        // attachment they carry its scope (annex_a__art_1).
        const scope = parent?.match(/^(?:annex_[0-9a-z]+|att_[0-9]+)(?=__|$)/)?.[0];
        const parentPart = parent && node.type !== "article" ? `${parent}__` : scope ? `${scope}__` : "";
        const expected = `${parentPart}${prefix}_${num}`;
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
