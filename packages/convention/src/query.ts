import { cite } from "./citation.js";
import { CitationError, parseEId } from "./eid.js";
import { kindsWithRole } from "./kinds.js";
import type { Lang, NodeType, ProvenanceStatus, ProvisionNode, TreatyBody } from "./types.js";

/** Every node of a document in document order: preamble, body, conclusions, annexes, attachments. */
export function* walk(doc: TreatyBody): Generator<ProvisionNode> {
  const roots = [doc.preamble, ...doc.body, doc.conclusions, ...doc.annexes, ...doc.attachments];
  const stack: ProvisionNode[] = roots.filter((n): n is ProvisionNode => n !== null).reverse();
  while (stack.length > 0) {
    const node = stack.pop() as ProvisionNode;
    yield node;
    for (let k = node.children.length - 1; k >= 0; k--) stack.push(node.children[k] as ProvisionNode);
  }
}

// Documents are immutable once built, so an index per document object can be reused safely.
const indexes = new WeakMap<TreatyBody, Map<string, ProvisionNode>>();

function indexOf(doc: TreatyBody): Map<string, ProvisionNode> {
  let index = indexes.get(doc);
  if (!index) {
    index = new Map();
    for (const node of walk(doc)) index.set(node.eId, node);
    indexes.set(doc, index);
  }
  return index;
}

/** The node with this eId, or `undefined` when the document does not hold it. */
export function findProvision(doc: TreatyBody, eId: string): ProvisionNode | undefined {
  return indexOf(doc).get(eId);
}

/** The article with this number (`8`, `"8"`, `"XVII"`), or `undefined` when the document does not hold it. */
export function findArticle(doc: TreatyBody, num: number | string): ProvisionNode | undefined {
  const key = String(num).trim().toLowerCase();
  try {
    parseEId(`art_${key}`);
  } catch (error) {
    if (error instanceof CitationError) return undefined;
    throw error;
  }
  return findProvision(doc, `art_${key}`);
}

export interface OutlineEntry {
  type: NodeType;
  eId: string;
  num: string | null;
  /** Short citation, e.g. "Art. 8(3)"; `null` for content blocks that are cited through their provision. */
  citation: string | null;
  /** The heading in each language where verified. */
  heading: Partial<Record<Lang, string>>;
  /** A paraphrase of the subject where known (never the text). */
  subject: string | null;
  status: ProvenanceStatus;
  /** Languages in which the node has verified text (complete or up to where it is available). */
  textLanguages: Lang[];
  children: OutlineEntry[];
}

/** Content blocks are part of their provision's text, not entries of the structure. */
const OUTLINE_SKIPS: ReadonlySet<NodeType> = new Set(kindsWithRole("block").map((kind) => kind.type));

function outlineEntry(node: ProvisionNode): OutlineEntry {
  let citation: string | null = null;
  if (!OUTLINE_SKIPS.has(node.type)) citation = cite(node.eId);
  const heading: Partial<Record<Lang, string>> = {};
  for (const lang of ["en", "nl"] as const) {
    const value = node.heading?.[lang]?.value;
    if (value !== undefined) heading[lang] = value;
  }
  return {
    type: node.type,
    eId: node.eId,
    num: node.num,
    citation,
    heading,
    subject: node.subject?.paraphrase ?? null,
    status: node.provenance.status,
    textLanguages: (["en", "nl"] as const).filter((lang) => node.text?.[lang] !== undefined),
    children: node.children.filter((c) => !OUTLINE_SKIPS.has(c.type)).map(outlineEntry),
  };
}

/** The structure of a document without its text: one entry per preamble, part, article, paragraph, point and annex. */
export function outlineOf(doc: TreatyBody): OutlineEntry[] {
  const roots = [doc.preamble, ...doc.body, doc.conclusions, ...doc.annexes, ...doc.attachments];
  return roots.filter((n): n is ProvisionNode => n !== null).map(outlineEntry);
}
