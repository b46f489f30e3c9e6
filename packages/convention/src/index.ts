/**
 * @lhc/convention: the Ljubljana–The Hague Convention as addressable data. The data ships already
 * validated, so this entry loads neither zod nor the XML parser.
 */
import { conventionData } from "../generated/convention-data.js";
import { type Coverage, coverageOf, formatCoverage } from "./coverage.js";
import { findArticle, findProvision, type OutlineEntry, outlineOf } from "./query.js";
import type { ProvisionNode, Source, SourceRef, TreatyDocument } from "./types.js";

export { type CitationStyle, type CiteOptions, cite, parseCitation } from "./citation.js";
export type { Coverage, CoverageCount } from "./coverage.js";
export { coverageKinds, formatCoverage } from "./coverage.js";
export { CitationError, isEId, parseEId, type Segment } from "./eid.js";
export {
  type DataFolder,
  type KindNumbering,
  type KindRole,
  kindOfPrefix,
  kindsWithRole,
  NODE_TYPES,
  PROVISION_KINDS,
  type ProvisionKind,
  type ProvisionKindRow,
  provisionKind,
} from "./kinds.js";
export type { OutlineEntry } from "./query.js";
export { walk } from "./query.js";
export type * from "./types.js";

/** The Convention as verified today: metadata, preamble, known provisions and annexes, with sources. */
export const convention = conventionData;

/**
 * The node with this eId (`"art_8__para_3"`), or `undefined` when the data does not hold it. Pass an
 * imported document as `doc` to look it up there instead.
 */
export function getProvision(eId: string, doc: TreatyDocument = convention): ProvisionNode | undefined {
  return findProvision(doc, eId);
}

/** The article with this number (`8` or `"8"`), or `undefined` when the data does not hold it. */
export function getArticle(
  num: number | string,
  doc: TreatyDocument = convention,
): ProvisionNode | undefined {
  return findArticle(doc, num);
}

/** The structure without text: preamble, parts, articles, paragraphs, points and annexes. */
export function outline(doc: TreatyDocument = convention): OutlineEntry[] {
  return outlineOf(doc);
}

/** How many recitals, parts, articles, paragraphs, points and annexes are in the data and have verified text. */
export function coverage(doc: TreatyDocument = convention): Coverage {
  return coverageOf(doc);
}

/** The full source records a node or fact cites, in the order cited. */
export function sourcesOf(
  item: { sources: SourceRef[] } | ProvisionNode,
  doc: TreatyDocument = convention,
): Array<Source & { pinpoint?: string }> {
  const refs = "provenance" in item ? item.provenance.sources : item.sources;
  return refs.map((ref) => {
    const source = doc.sources.find((s) => s.id === ref.id);
    if (!source) throw new Error(`source "${ref.id}" is not in the document's sources`);
    return ref.pinpoint ? { ...source, pinpoint: ref.pinpoint } : { ...source };
  });
}

/** The coverage table as Markdown (what the README shows). */
export function coverageTable(doc: TreatyDocument = convention): string {
  return formatCoverage(coverageOf(doc));
}
