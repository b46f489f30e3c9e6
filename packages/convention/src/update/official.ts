/**
 * The official text of a treaty as one bilingual tree: every language version a BWB file holds (for the
 * Convention, the English authentic text and the Dutch translation) read by the importer and joined
 * node by node, citing one source for the file.
 */
import { splitRepeat } from "../eid.js";
import { importBwb } from "../importer/bwb.js";
import { BwbImportError, childrenNamed, parseXml } from "../importer/xml.js";
import { isContainerType } from "../kinds.js";
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
  /**
   * Provisions a translation has and the authentic text (which defines the structure) does not: kept
   * with the translation's text only, listed by eId and language so that the update can report them.
   */
  unmatched: Array<{ lang: Lang; eIds: string[] }>;
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

/**
 * What joining a translation onto the authentic text needs across the whole tree: every eId in use (so
 * that kept translation-only nodes never take an eId of the authentic structure) and what was kept.
 */
interface JoinContext {
  lang: Lang;
  sourceId: string;
  used: Set<string>;
  unmatched: string[];
}

/** The same subtree with its eIds moved from under `from` to under `to` (a paired container). */
function rebase(node: ProvisionNode, from: string, to: string): ProvisionNode {
  if (from === to) return node;
  const move = (eId: string) =>
    eId === from ? to : eId.startsWith(`${from}__`) ? `${to}${eId.slice(from.length)}` : eId;
  const visit = (n: ProvisionNode): ProvisionNode => ({
    ...n,
    eId: move(n.eId),
    children: n.children.map(visit),
  });
  return visit(node);
}

/** Joins a translation's node onto the authentic text's node with the same place in the tree. */
function join(primary: ProvisionNode, otherNode: ProvisionNode, context: JoinContext): ProvisionNode {
  const { lang, sourceId } = context;
  const other = rebase(otherNode, otherNode.eId, primary.eId);
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
  node.children = joinLists(primary.children, other.children, context);
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
 * position; otherwise provisions pair by eId and the remaining containers in order. The authentic
 * text defines the structure: a translation's node with no counterpart is kept where the translation
 * has it, holding only the translation's text, and reported (see {@link OfficialText.unmatched}).
 */
function joinLists(primary: ProvisionNode[], other: ProvisionNode[], context: JoinContext): ProvisionNode[] {
  const samePlace = (a: ProvisionNode, b: ProvisionNode) =>
    a.eId === b.eId || (isContainerType(a.type) && isContainerType(b.type));
  if (
    primary.length === other.length &&
    primary.every((node, k) => samePlace(node, other[k] as ProvisionNode))
  ) {
    return primary.map((node, k) => join(node, other[k] as ProvisionNode, context));
  }
  // For each node of the translation, the authentic node it joins (by eId, then containers in order).
  const partner = new Map<number, number>();
  const primaryAt = new Map(primary.map((node, k) => [node.eId, k]));
  const taken = new Set<number>();
  other.forEach((node, k) => {
    const p = primaryAt.get(node.eId);
    if (p !== undefined && !taken.has(p)) {
      partner.set(k, p);
      taken.add(p);
    }
  });
  const freeContainers = primary
    .map((_n, p) => p)
    .filter((p) => !taken.has(p) && isContainerType(primary[p]?.type ?? ""));
  other.forEach((node, k) => {
    if (partner.has(k) || !isContainerType(node.type)) return;
    const p = freeContainers.shift();
    if (p === undefined) return;
    partner.set(k, p);
    taken.add(p);
  });
  // Translation-only nodes go after the authentic node that the translation's previous node joined.
  const after = new Map<number, ProvisionNode[]>();
  let lastPartner = -1;
  other.forEach((node, k) => {
    const p = partner.get(k);
    if (p !== undefined) {
      lastPartner = p;
      return;
    }
    const kept = keep(node, context);
    after.set(lastPartner, [...(after.get(lastPartner) ?? []), kept]);
  });
  const joined = new Map<number, ProvisionNode>();
  for (const [k, p] of partner)
    joined.set(p, join(primary[p] as ProvisionNode, other[k] as ProvisionNode, context));
  const result: ProvisionNode[] = [...(after.get(-1) ?? [])];
  primary.forEach((node, p) => {
    result.push(joined.get(p) ?? withSource(node, context.sourceId));
    result.push(...(after.get(p) ?? []));
  });
  return result;
}

/**
 * A translation's node that the authentic text does not have, kept with its own text. Each node keeps
 * its eId unless the authentic text already uses it; then it takes the next free one: a repeat suffix
 * for a numbered provision ("art_5-2"), the next number for a block ("wrapup_2").
 */
function keep(node: ProvisionNode, context: JoinContext): ProvisionNode {
  const kept = keepTree(node, context);
  context.unmatched.push(kept.eId);
  return withSource(kept, context.sourceId);
}

function keepTree(node: ProvisionNode, context: JoinContext): ProvisionNode {
  const eId = freeEId(node.eId, context.used);
  context.used.add(eId);
  const moved = rebase(node, node.eId, eId);
  return { ...moved, children: moved.children.map((c) => keepTree(c, context)) };
}

function freeEId(eId: string, used: Set<string>): string {
  if (!used.has(eId)) return eId;
  const block = /^(.*(?:wrapup|crossheading|table)_)([0-9]+)$/.exec(eId);
  for (let k = 2; ; k++) {
    const candidate = block ? `${block[1]}${Number(block[2]) + k - 1}` : `${splitRepeat(eId).base}-${k}`;
    if (!used.has(candidate)) return candidate;
  }
}

function* walkNode(node: ProvisionNode): Generator<ProvisionNode> {
  yield node;
  for (const c of node.children) yield* walkNode(c);
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
  const unmatched: OfficialText["unmatched"] = [];
  for (const doc of docs.slice(1)) {
    const used = new Set<string>();
    for (const list of [[body.preamble], body.body, [body.conclusions], body.annexes, body.attachments]) {
      for (const root of list) if (root) for (const n of walkNode(root)) used.add(n.eId);
    }
    const context: JoinContext = { lang: doc.meta.lang, sourceId, used, unmatched: [] };
    // A preamble or closing formula only the translation has is kept like any other unmatched node.
    const one = (a: ProvisionNode | null, b: ProvisionNode | null) =>
      a && b ? (joinLists([a], [b], context)[0] as ProvisionNode) : (a ?? (b ? keep(b, context) : null));
    body = {
      preamble: one(body.preamble, doc.preamble),
      body: joinLists(body.body, doc.body, context),
      conclusions: one(body.conclusions, doc.conclusions),
      annexes: joinLists(body.annexes, doc.annexes, context),
      attachments: joinLists(body.attachments, doc.attachments, context),
    };
    if (context.unmatched.length > 0) unmatched.push({ lang: context.lang, eIds: context.unmatched });
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
    unmatched,
  };
}
