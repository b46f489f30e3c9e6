import type { ConventionDocument, Fact, ProvisionNode, SourceRef, Subject } from "@lhc/convention";
import { linkCrossReferences } from "./cross-references";
import type {
  ConventionMetaView,
  CoverageView,
  DeclarationView,
  OutlineData,
  OutlineItem,
  ProvisionLink,
  ProvisionNodeView,
  ProvisionPageData,
  SourceView,
  SubjectView,
} from "./types";

/** What the Convention pages need from @lhc/convention; passed in so the page builders stay pure. */
export interface ConventionApi {
  convention: ConventionDocument;
  cite(eId: string, options: { style: "short" | "long" }): string;
  coverage: CoverageView[];
}

/** Node types that get a page of their own; their paragraphs, points and recitals are shown on it. */
const PAGE_TYPES = new Set([
  "preamble",
  "part",
  "chapter",
  "section",
  "title",
  "article",
  "annex",
  "conclusions",
]);

const TYPE_NAMES: Record<string, string> = {
  preamble: "Preamble",
  part: "Part",
  chapter: "Chapter",
  section: "Section",
  title: "Title",
  article: "Article",
  paragraph: "Paragraph",
  point: "Point",
  recital: "Recital",
  annex: "Annex",
  conclusions: "Final formula",
};

export const provisionPath = (eId: string) => `/convention/${eId}`;

function sourcesOf(document: ConventionDocument, refs: readonly SourceRef[]): SourceView[] {
  const views: SourceView[] = [];
  for (const ref of refs) {
    const source = document.sources.find((candidate) => candidate.id === ref.id);
    if (!source)
      throw new Error(`@lhc/convention cites source "${ref.id}", which its sources list does not hold`);
    if (views.some((view) => view.url === source.url)) continue;
    views.push({
      url: source.url,
      title: ref.pinpoint ? `${source.title} (${ref.pinpoint})` : source.title,
      publisher: source.publisher,
      kind: source.kind,
      accessed: source.accessed,
    });
  }
  return views;
}

export function createLabeller(api: ConventionApi) {
  return (node: Pick<ProvisionNode, "type" | "eId" | "num">, style: "short" | "long"): string => {
    try {
      return api.cite(node.eId, { style });
    } catch {
      // Parts, annexes and the preamble have no citation form in every style; name them by type.
      const name = TYPE_NAMES[node.type] ?? node.type;
      return node.num ? `${name} ${node.num}` : name;
    }
  };
}

function englishText(text: ProvisionNode["text"]): { text: string | null; textIncomplete: boolean } {
  // English is the authentic text the Dutch portal holds; the Dutch translation is in the downloads.
  const version = text?.en ?? null;
  return { text: version?.value ?? null, textIncomplete: version ? !version.complete : false };
}

function subjectView(document: ConventionDocument, subject: Subject | undefined): SubjectView | null {
  if (!subject) return null;
  return {
    paraphrase: subject.paraphrase,
    status: subject.status,
    sources: sourcesOf(document, subject.sources),
  };
}

/** Every node in document order: preamble, body, conclusions, annexes. */
function topLevel(document: ConventionDocument): ProvisionNode[] {
  return [
    ...(document.preamble ? [document.preamble] : []),
    ...document.body,
    ...(document.conclusions ? [document.conclusions] : []),
    ...document.annexes,
  ];
}

function walk(
  nodes: readonly ProvisionNode[],
  visit: (node: ProvisionNode, parents: ProvisionNode[]) => void,
) {
  const go = (node: ProvisionNode, parents: ProvisionNode[]) => {
    visit(node, parents);
    for (const child of node.children) go(child, [...parents, node]);
  };
  for (const node of nodes) go(node, []);
}

/** All eIds in a subtree, the node's own first. */
export function subtreeIds(node: ProvisionNode): string[] {
  return [node.eId, ...node.children.flatMap(subtreeIds)];
}

export function pageNodes(document: ConventionDocument): ProvisionNode[] {
  const nodes: ProvisionNode[] = [];
  walk(topLevel(document), (node) => {
    if (PAGE_TYPES.has(node.type)) nodes.push(node);
  });
  return nodes;
}

export function metaView(document: ConventionDocument): ConventionMetaView {
  const { meta } = document;
  const fact = (value: Fact<string>) => value.value;
  const bwb = meta.identifiers.bwbId;
  const bwbSource = sourcesOf(document, bwb.sources)[0];
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
    depositary: (meta.depositary.claims ?? []).map((claim) => ({
      candidate: String(claim.value),
      sources: sourcesOf(document, claim.sources),
    })),
    officialUrl: bwbSource?.url ?? `https://wetten.overheid.nl/${bwb.value ?? ""}`,
    sources: sourcesOf(document, [
      ...meta.titles.en.sources,
      ...meta.adopted.date.sources,
      ...meta.openedForSignature.date.sources,
      ...bwb.sources,
    ]),
  };
}

export function outlineData(api: ConventionApi): OutlineData {
  const document = api.convention;
  const label = createLabeller(api);
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
  return { meta: metaView(document), coverage: api.coverage, items: topLevel(document).map(item) };
}

export function provisionPages(
  api: ConventionApi,
  declarationsFor: (eIds: string[]) => DeclarationView[],
): ProvisionPageData[] {
  const document = api.convention;
  const label = createLabeller(api);
  const officialUrl = metaView(document).officialUrl;
  const pages = pageNodes(document);
  const parents = new Map<string, ProvisionNode>();
  const articleOf = new Map<string, string>();
  walk(topLevel(document), (node, ancestors) => {
    const parent = [...ancestors].reverse().find((ancestor) => PAGE_TYPES.has(ancestor.type));
    if (parent) parents.set(node.eId, parent);
    const article = [...ancestors, node].reverse().find((n) => n.type === "article");
    if (article) articleOf.set(node.eId, article.eId);
  });
  // Where a provision is shown: its own page, or an anchor on the page that holds it.
  const pathOf = (eId: string): string | null => {
    if (pages.some((page) => page.eId === eId)) return provisionPath(eId);
    const page = parents.get(eId);
    return page ? `${provisionPath(page.eId)}#${eId}` : null;
  };
  const withLinks = (node: ProvisionNode) => {
    const english = englishText(node.text);
    return {
      ...english,
      textParts:
        english.text === null
          ? null
          : linkCrossReferences(english.text, pathOf, articleOf.get(node.eId) ?? null),
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
    subject: subjectView(document, node.subject),
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
    subject: subjectView(document, node.subject),
    children: node.children.filter((child) => !PAGE_TYPES.has(child.type)).map(childView),
    sources: sourcesOf(document, node.provenance.sources),
    declarations: declarationsFor(subtreeIds(node)),
    officialUrl,
    downloadPath: `/data/provisions/${node.eId}.json`,
    parent: link(parents.get(node.eId)),
    previous: link(pages[index - 1]),
    next: link(pages[index + 1]),
  }));
}
