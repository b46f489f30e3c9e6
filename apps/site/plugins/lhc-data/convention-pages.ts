import {
  type ConventionDocument,
  type CoverageCount,
  cite,
  sourcesOf as conventionSourcesOf,
  coverage,
  coverageKinds,
  type Fact,
  PROVISION_KINDS,
  type ProvisionNode,
  provisionKind,
  type SourceRef,
  type Subject,
  walk,
} from "@lhc/convention";
import { uniqueSources } from "@lhc/parties";
import { linkCrossReferences, type TextPart } from "./cross-references";
import type { DeclarationView, SourceView } from "./types";

/** Node kinds that get a page of their own (the kinds table's `page`); the others are shown on it. */
const PAGE_TYPES = new Set<string>(PROVISION_KINDS.filter((kind) => kind.page).map((kind) => kind.type));

export const provisionPath = (eId: string) => `/convention/${eId}`;

/** The sources cited, each once, with the passage relied on in the title. */
function sourcesOf(doc: ConventionDocument, refs: readonly SourceRef[]): SourceView[] {
  return uniqueSources(conventionSourcesOf({ sources: [...refs] }, doc)).map((source) => ({
    url: source.url,
    title: source.pinpoint ? `${source.title} (${source.pinpoint})` : source.title,
    publisher: source.publisher,
    kind: source.kind,
    accessed: source.accessed,
  }));
}

/** The coverage rows the outline and the home page show: per kind, known, with text and expected. */
export function coverageRows(document: ConventionDocument) {
  const report = coverage(document);
  return coverageKinds.map(([key, label]) => {
    const expected =
      report.expected && key in report.expected ? report.expected[key as keyof typeof report.expected] : null;
    const count: CoverageCount = report[key];
    return {
      label,
      /** Provisions of this kind the data holds (known to exist, with or without text). */
      known: count.known,
      /** Of those, how many have verified text (complete or up to where it is available). */
      verified: count.withText,
      /** How many the Convention has, where a source says so, and how that is known. */
      expected: expected?.value ?? null,
      expectedStatus: expected ? expected.status : null,
    };
  });
}

export function createLabeller() {
  return (node: Pick<ProvisionNode, "type" | "eId" | "num">, style: "short" | "long"): string => {
    try {
      return cite(node.eId, { style });
    } catch {
      // Content blocks have no citation of their own; name them by the kinds table's word.
      const name = provisionKind(node.type).word;
      return node.num ? `${name} ${node.num}` : name;
    }
  };
}

function englishText(text: ProvisionNode["text"]): { text: string | null; textIncomplete: boolean } {
  // English is the authentic text the Dutch portal holds; the Dutch translation is in the downloads.
  const version = text?.en ?? null;
  return { text: version?.value ?? null, textIncomplete: version ? !version.complete : false };
}

function subjectView(doc: ConventionDocument, subject: Subject | undefined) {
  if (!subject) return null;
  return {
    paraphrase: subject.paraphrase,
    status: subject.status,
    sources: sourcesOf(doc, subject.sources),
  };
}

/** Every node in document order (the package's walk, attachments included) and each node's parent. */
function treeOf(doc: ConventionDocument) {
  const nodes = [...walk(doc)];
  const parentOf = new Map<ProvisionNode, ProvisionNode>();
  for (const node of nodes) for (const child of node.children) parentOf.set(child, node);
  const roots = nodes.filter((node) => !parentOf.has(node));
  return { nodes, parentOf, roots };
}

/** All eIds in a subtree, the node's own first. */
export function subtreeIds(node: ProvisionNode): string[] {
  return [node.eId, ...node.children.flatMap(subtreeIds)];
}

export function metaView(doc: ConventionDocument) {
  const { meta } = doc;
  const fact = (value: Fact<string>) => value.value;
  const bwb = meta.identifiers.bwbId;
  const bwbSource = sourcesOf(doc, bwb.sources)[0];
  const identifiers = [
    { label: "BWB id (Dutch law portal)", fact: meta.identifiers.bwbId },
    { label: "Verdragenbank no.", fact: meta.identifiers.verdragenbank },
    ...meta.identifiers.tractatenblad.map((t) => ({ label: "Tractatenblad", fact: t })),
    ...meta.identifiers.parliamentaryPapers.map((t) => ({ label: "Dutch parliamentary paper", fact: t })),
  ]
    .filter((entry) => entry.fact.value !== null)
    .map((entry) => ({
      label: entry.label,
      value: `${entry.fact.value}${entry.fact.status === "unknown" ? " (cited, not yet verified)" : ""}`,
    }));
  return {
    titleEn: fact(meta.titles.en) ?? "Ljubljana–The Hague Convention",
    titleNl: fact(meta.titles.nl),
    adopted: fact(meta.adopted.date),
    adoptedPlace: fact(meta.adopted.place),
    openedForSignature: fact(meta.openedForSignature.date),
    identifiers,
    // Each candidate once, with every source of every claim made for it.
    depositary: [...new Set((meta.depositary.claims ?? []).map((claim) => String(claim.value)))].map(
      (candidate) => ({
        candidate,
        sources: sourcesOf(
          doc,
          (meta.depositary.claims ?? [])
            .filter((c) => String(c.value) === candidate)
            .flatMap((c) => c.sources),
        ),
      }),
    ),
    officialUrl: bwbSource?.url ?? `https://wetten.overheid.nl/${bwb.value ?? ""}`,
    sources: sourcesOf(doc, [
      ...meta.titles.en.sources,
      ...meta.adopted.date.sources,
      ...meta.openedForSignature.date.sources,
      ...bwb.sources,
    ]),
  };
}

/** A provision with a page, as the outline lists it. */
export type ProvisionLink = Pick<ProvisionNode, "eId"> & { label: string; path: string };

export interface OutlineItem extends ProvisionLink, Pick<ProvisionNode, "type"> {
  heading: string | null;
  status: ProvisionNode["provenance"]["status"];
  /** Whether the node or any node inside it has verified text. */
  hasText: boolean;
  hasPage: boolean;
  children: OutlineItem[];
}

/** English text, with its cross-references ("Article 5", "Annex E") linked to the provisions they name. */
type TextView = ReturnType<typeof englishText> & { textParts: TextPart[] | null };

/** A provision shown on the page that holds it (a paragraph, a point, a recital). */
export interface ProvisionNodeView extends Pick<ProvisionNode, "type" | "eId" | "num">, TextView {
  heading: string | null;
  status: ProvisionNode["provenance"]["status"];
  label: string;
  subject: ReturnType<typeof subjectView>;
  children: ProvisionNodeView[];
}

export function outlineData(doc: ConventionDocument) {
  const label = createLabeller();
  const hasText = (node: ProvisionNode): boolean =>
    Boolean(node.text?.en ?? node.text?.nl) || node.children.some(hasText);
  const item = (node: ProvisionNode): OutlineItem => ({
    eId: node.eId,
    type: node.type,
    label: label(node, "long"),
    path: provisionPath(node.eId),
    heading: node.heading?.en?.value ?? null,
    status: node.provenance.status,
    hasText: hasText(node),
    hasPage: PAGE_TYPES.has(node.type),
    children: node.children.filter((child) => PAGE_TYPES.has(child.type)).map(item),
  });
  return { meta: metaView(doc), coverage: coverageRows(doc), items: treeOf(doc).roots.map(item) };
}

export function provisionPages(
  doc: ConventionDocument,
  declarationsFor: (eIds: string[]) => DeclarationView[],
) {
  const label = createLabeller();
  const officialUrl = metaView(doc).officialUrl;
  const { nodes, parentOf } = treeOf(doc);
  const pages = nodes.filter((node) => PAGE_TYPES.has(node.type));
  const pageParent = (node: ProvisionNode): ProvisionNode | undefined => {
    let parent = parentOf.get(node);
    while (parent && !PAGE_TYPES.has(parent.type)) parent = parentOf.get(parent);
    return parent;
  };
  const articleOf = (node: ProvisionNode): string | null => {
    for (let at: ProvisionNode | undefined = node; at; at = parentOf.get(at)) {
      if (at.type === "article") return at.eId;
    }
    return null;
  };
  const byEId = new Map(nodes.map((node) => [node.eId, node]));
  // Where a provision is shown: its own page, or an anchor on the page that holds it.
  const pathOf = (eId: string): string | null => {
    const node = byEId.get(eId);
    if (!node) return null;
    if (PAGE_TYPES.has(node.type)) return provisionPath(eId);
    const page = pageParent(node);
    return page ? `${provisionPath(page.eId)}#${eId}` : null;
  };
  const withLinks = (node: ProvisionNode): TextView => {
    const english = englishText(node.text);
    return {
      ...english,
      textParts: english.text === null ? null : linkCrossReferences(english.text, pathOf, articleOf(node)),
    };
  };
  const link = (node: ProvisionNode | undefined): ProvisionLink | null =>
    node ? { eId: node.eId, label: label(node, "long"), path: provisionPath(node.eId) } : null;
  const childView = (node: ProvisionNode): ProvisionNodeView => ({
    type: node.type,
    eId: node.eId,
    num: node.num,
    heading: node.heading?.en?.value ?? null,
    ...withLinks(node),
    status: node.provenance.status,
    label: label(node, "short"),
    subject: subjectView(doc, node.subject),
    children: node.children.filter((child) => !PAGE_TYPES.has(child.type)).map(childView),
  });

  return pages.map((node, index) => ({
    eId: node.eId,
    type: node.type,
    label: label(node, "short"),
    longLabel: label(node, "long"),
    heading: node.heading?.en?.value ?? null,
    status: node.provenance.status,
    statusNote: node.provenance.note ?? null,
    ...withLinks(node),
    subject: subjectView(doc, node.subject),
    children: node.children.filter((child) => !PAGE_TYPES.has(child.type)).map(childView),
    sources: sourcesOf(doc, node.provenance.sources),
    declarations: declarationsFor(subtreeIds(node)),
    officialUrl,
    downloadPath: `/data/provisions/${node.eId}.json`,
    parent: link(pageParent(node)),
    previous: link(pages[index - 1]),
    next: link(pages[index + 1]),
  }));
}
