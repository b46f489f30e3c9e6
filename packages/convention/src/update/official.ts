/**
 * The official text of a treaty as one bilingual tree: every language version a BWB file holds (for the
 * Convention, the English authentic text and the Dutch translation) read by the importer and joined
 * node by node, citing one source for the file.
 */
import { importBwb } from "../importer/bwb.js";
import { BwbImportError, childrenNamed, parseXml } from "../importer/xml.js";
import type { ImportedDocument, Lang, ProvisionNode, Source, TreatyBody } from "../types.js";

export interface OfficialText extends TreatyBody {
  bwbId: string;
  /** `{date}_{n}` from the repository, or the file's version date, or `null` (2012 exports have none). */
  version: string | null;
  languages: Array<{ lang: Lang; authentic: boolean }>;
  title: { en: string | null; nl: string | null };
  officialTitle: string | null;
  treatyNumber: string | null;
  source: Source;
}

/** The file is of another treaty than the one asked for. */
export class WrongTreatyError extends Error {
  constructor(
    readonly expected: string,
    readonly found: string | null,
  ) {
    super(
      found
        ? `the file is ${found}, not ${expected}: it is another treaty (pass --id ${found} if that is the treaty you mean)`
        : `the file names no BWB id (bwb-id), so it cannot be checked to be ${expected}`,
    );
    this.name = "WrongTreatyError";
  }
}

const CONTAINERS = new Set(["part", "chapter", "section", "title", "subsection", "division"]);

function languagesOf(xml: string): Array<{ lang: Lang; authentic: boolean }> {
  const root = parseXml(xml);
  const wetgeving = root.name === "toestand" ? childrenNamed(root, "wetgeving")[0] : root;
  const found: Array<{ lang: Lang; authentic: boolean }> = [];
  for (const verdrag of wetgeving ? childrenNamed(wetgeving, "verdrag") : []) {
    const lang = verdrag.attrs["xml:lang"];
    if ((lang === "en" || lang === "nl") && !found.some((f) => f.lang === lang)) {
      found.push({ lang, authentic: verdrag.attrs.tekst === "authentiek" });
    }
  }
  // The authentic text gives the structure; a translation is joined onto it.
  return found.sort((a, b) => Number(b.authentic) - Number(a.authentic));
}

/** Joins a translation's node onto the authentic text's node with the same place in the tree. */
function join(primary: ProvisionNode, other: ProvisionNode, lang: Lang, sourceId: string): ProvisionNode {
  const node: ProvisionNode = { ...primary };
  if (other.heading?.[lang]) node.heading = { ...(primary.heading ?? {}), [lang]: other.heading[lang] };
  if (other.text?.[lang]) node.text = { ...(primary.text ?? {}), [lang]: other.text[lang] };
  if (other.table?.[lang]) node.table = { ...(primary.table ?? {}), [lang]: other.table[lang] };
  if (other.notes?.[lang]) node.notes = { ...(primary.notes ?? {}), [lang]: other.notes[lang] };
  const refs = [...primary.provenance.sources, ...other.provenance.sources].map((ref) => ({
    ...ref,
    id: sourceId,
  }));
  node.provenance = { ...primary.provenance, sources: uniqueRefs(refs) };
  node.children = joinLists(primary.children, other.children, lang, sourceId, primary.eId);
  return node;
}

export function uniqueRefs<T extends { id: string; pinpoint?: string }>(refs: T[]): T[] {
  const seen = new Set<string>();
  return refs.filter((ref) => {
    const key = `${ref.id}\u0000${ref.pinpoint ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Pairs two lists of nodes. Language versions may use different containers for the same level (the
 * ECHR's "SECTION" is `afdeling` in English and "TITEL" in Dutch), so lists of the same shape pair by
 * position; provisions must then agree on their eIds.
 */
function joinLists(
  primary: ProvisionNode[],
  other: ProvisionNode[],
  lang: Lang,
  sourceId: string,
  where: string,
): ProvisionNode[] {
  const samePlace = (a: ProvisionNode, b: ProvisionNode) =>
    a.eId === b.eId || (CONTAINERS.has(a.type) && CONTAINERS.has(b.type));
  if (
    primary.length === other.length &&
    primary.every((node, k) => samePlace(node, other[k] as ProvisionNode))
  ) {
    return primary.map((node, k) => join(node, other[k] as ProvisionNode, lang, sourceId));
  }
  const byEId = new Map(other.map((node) => [node.eId, node]));
  const onlyOther = other.filter((node) => !primary.some((p) => p.eId === node.eId));
  if (onlyOther.length > 0) {
    throw new BwbImportError(
      "duplicate-eid",
      `the language versions differ in structure in ${where || "the treaty"}: the ${lang} text has ${onlyOther
        .map((n) => n.eId)
        .join(", ")}, which the authentic text does not`,
    );
  }
  return primary.map((node) => {
    const match = byEId.get(node.eId);
    return match ? join(node, match, lang, sourceId) : withSource(node, sourceId);
  });
}

function withSource(node: ProvisionNode, sourceId: string): ProvisionNode {
  return {
    ...node,
    provenance: {
      ...node.provenance,
      sources: uniqueRefs(node.provenance.sources.map((ref) => ({ ...ref, id: sourceId }))),
    },
    children: node.children.map((c) => withSource(c, sourceId)),
  };
}

export interface OfficialOptions {
  /** The BWB id the caller expects; another id stops the import. */
  id: string;
  /** Where the file was downloaded from; default the file's own identifier or its wetten.overheid.nl page. */
  url?: string | null;
  version?: string | null;
  accessed?: string | null;
}

/** Reads every language version of a BWB treaty file and joins them into one bilingual tree. */
export function readOfficialText(xml: string, options: OfficialOptions): OfficialText {
  const languages = languagesOf(xml);
  if (languages.length === 0) {
    throw new BwbImportError(
      "language-not-found",
      'the file holds no English or Dutch version (<verdrag xml:lang="en"> or "nl")',
    );
  }
  const docs = languages.map(({ lang }) => importBwb(xml, { lang, accessed: options.accessed ?? null }));
  const first = docs[0] as ImportedDocument;
  if (first.meta.bwbId !== options.id) throw new WrongTreatyError(options.id, first.meta.bwbId);
  const version = options.version ?? first.meta.versionDate;
  const imported = first.sources[0] as Source;
  const sourceId = `BWB-${options.id}${version ? `-${version}` : ""}`.replace(/[^A-Za-z0-9-]/g, "-");
  const source: Source = {
    ...imported,
    id: sourceId,
    url: options.url ?? imported.url,
    title: `${first.meta.officialTitle ?? first.meta.title ?? options.id} (BWB ${options.id}${
      version ? `, consolidated version ${version}` : ""
    })`,
    publisher: "wetten.overheid.nl (Basis Wettenbestand, KOOP), Government of the Netherlands",
  };
  let body: TreatyBody = {
    preamble: first.preamble ? withSource(first.preamble, sourceId) : null,
    body: first.body.map((n) => withSource(n, sourceId)),
    conclusions: first.conclusions ? withSource(first.conclusions, sourceId) : null,
    annexes: first.annexes.map((n) => withSource(n, sourceId)),
    attachments: first.attachments.map((n) => withSource(n, sourceId)),
  };
  for (const doc of docs.slice(1)) {
    const lang = doc.meta.lang;
    const one = (a: ProvisionNode | null, b: ProvisionNode | null, where: string) =>
      a && b ? (joinLists([a], [b], lang, sourceId, where)[0] as ProvisionNode) : a;
    body = {
      preamble: one(body.preamble, doc.preamble, "the preamble"),
      body: joinLists(body.body, doc.body, lang, sourceId, ""),
      conclusions: one(body.conclusions, doc.conclusions, "the closing formula"),
      annexes: joinLists(body.annexes, doc.annexes, lang, sourceId, "the annexes"),
      attachments: joinLists(body.attachments, doc.attachments, lang, sourceId, "the attachments"),
    };
  }
  const titleIn = (lang: Lang) => docs.find((d) => d.meta.lang === lang)?.meta.title ?? null;
  return {
    ...body,
    bwbId: options.id,
    version: version ?? null,
    languages,
    title: { en: titleIn("en"), nl: titleIn("nl") },
    officialTitle: first.meta.officialTitle,
    treatyNumber: first.meta.treatyNumber,
    source,
  };
}
