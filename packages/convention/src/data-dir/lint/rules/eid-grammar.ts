import {
  annexNum,
  articleNum,
  CitationError,
  containerNum,
  paragraphNum,
  parseEId,
  pointNum,
  splitRepeat,
} from "../../../eid.js";
import { PROVISION_KINDS } from "../../../kinds.js";
import type { ProvisionNode } from "../../../types.js";
import { type LintRule, nodesWithPaths } from "../types.js";

/** The eId prefix of each kind numbered as published (the others are numbered by position). */
const PREFIX: Partial<Record<ProvisionNode["type"], string>> = Object.fromEntries(
  PROVISION_KINDS.filter((kind) => kind.numbering === "published").map((kind) => [kind.type, kind.eIdPrefix]),
);

/**
 * The eId number a published number maps to ("III" → "3" for parts, "H" → "h", "(a)" → "a"), with the
 * functions the importer numbers by; `null` when the published number gives none (the node is then
 * numbered by its position, which is not checked here).
 */
export function eIdNum(node: ProvisionNode): string | null {
  switch (node.type) {
    case "article":
      return articleNum(node.num);
    case "paragraph":
      return paragraphNum(node.num);
    case "point":
      return pointNum(node.num);
    case "annex":
      return annexNum(node.num);
    default:
      return PREFIX[node.type] ? containerNum(node.num) : null;
  }
}

/**
 * Each eId follows the grammar and is its parent's eId plus its own type and number; a repeat suffix
 * ("chp_1-2") marks the second provision the file numbers alike, and is accepted.
 */
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
          continue;
        }
        const prefix = PREFIX[node.type];
        const num = eIdNum(node);
        if (!prefix || num === null) continue;
        const parent = parents.get(node);
        // Articles are numbered across the treaty (art_8 in whichever part), but within an annex or an
        // attachment they carry its scope (annex_a__art_1).
        const scope = parent?.match(/^(?:annex_[0-9a-z]+(?:-[0-9]+)?|att_[0-9]+)(?=__|$)/)?.[0];
        const parentPart = parent && node.type !== "article" ? `${parent}__` : scope ? `${scope}__` : "";
        const expected = `${parentPart}${prefix}_${num}`;
        const cut = node.eId.lastIndexOf("_");
        const asPublished =
          node.eId.slice(0, cut + 1) === `${parentPart}${prefix}_` &&
          splitRepeat(node.eId.slice(cut + 1)).base === num;
        if (!asPublished) {
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
