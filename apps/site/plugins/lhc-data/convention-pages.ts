import type { ConventionDocument, Fact, ProvisionNode, Source, SourceRef, Subject } from "@lhc/convention";
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
  walk(document: ConventionDocument): Iterable<ProvisionNode>;
  sourcesOf(item: { sources: SourceRef[] }): Array<Source & { pinpoint?: string }>;
  uniqueSources<T extends { url: string }>(sources: readonly T[]): T[];
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

/** The sources cited, each once, with the passage relied on in the title. */
function sourcesOf(api: ConventionApi, refs: readonly SourceRef[]): SourceView[] {
  return api.uniqueSources(api.sourcesOf({ sources: [...refs] })).map((source) => ({
    url: source.url,
    title: source.pinpoint ? `${source.title} (${source.pinpoint})` : source.title,
    publisher: source.publisher,
    kind: source.kind,
    accessed: source.accessed,
  }));
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

function subjectView(api: ConventionApi, subject: Subject | undefined): SubjectView | null {
  if (!subject) return null;
  return {
    paraphrase: subject.paraphrase,
    status: subject.status,
    sources: sourcesOf(api, subject.sources),
  };
}

/** Every node in document order (the package's walk, attachments included) and each node's parent. */
function treeOf(api: ConventionApi) {
  const nodes = [...api.walk(api.convention)];
  const parentOf = new Map<ProvisionNode, ProvisionNode>();
  for (const node of nodes) for (const child of node.children) parentOf.set(child, node);
  const roots = nodes.filter((node) => !parentOf.has(node));
  return { nodes, parentOf, roots };
}

/** All eIds in a subtree, the node's own first. */
export function subtreeIds(node: ProvisionNode): string[] {
  return [node.eId, ...node.children.flatMap(subtreeIds)];
}

export function metaView(api: ConventionApi): ConventionMetaView {
  const { meta } = api.convention;
  const fact = (value: Fact<string>) => value.value;
  const bwb = meta.identifiers.bwbId;
  const bwbSource = sourcesOf(api, bwb.sources)[0];
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
          api,
          (meta.depositary.claims ?? [])
            .filter((c) => String(c.value) === candidate)
            .flatMap((c) => c.sources),
        ),
      }),
    ),
    officialUrl: bwbSource?.url ?? `https://wetten.overheid.nl/${bwb.value ?? ""}`,
    sources: sourcesOf(api, [
      ...meta.titles.en.sources,
      ...meta.adopted.date.sources,
      ...meta.openedForSignature.date.sources,
      ...bwb.sources,
    ]),
  };
}

export function outlineData(api: ConventionApi): OutlineData {
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
  return { meta: metaView(api), coverage: api.coverage, items: treeOf(api).roots.map(item) };
}

export function provisionPages(
  api: ConventionApi,
  declarationsFor: (eIds: string[]) => DeclarationView[],
): ProvisionPageData[] {
  const label = createLabeller(api);
  const officialUrl = metaView(api).officialUrl;
  const { nodes, parentOf } = treeOf(api);
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
  const withLinks = (node: ProvisionNode) => {
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
    subject: subjectView(api, node.subject),
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
    subject: subjectView(api, node.subject),
    children: node.children.filter((child) => !PAGE_TYPES.has(child.type)).map(childView),
    sources: sourcesOf(api, node.provenance.sources),
    declarations: declarationsFor(subtreeIds(node)),
    officialUrl,
    downloadPath: `/data/provisions/${node.eId}.json`,
    parent: link(pageParent(node)),
    previous: link(pages[index - 1]),
    next: link(pages[index + 1]),
  }));
}
