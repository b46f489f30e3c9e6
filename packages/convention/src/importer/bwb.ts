import {
  annexNum,
  articleNum,
  type ContainerPrefix,
  containerNum,
  isEId,
  paragraphNum,
  pointNum,
} from "../eid.js";
import { type ContainerType, kindsWithRole, provisionKind } from "../kinds.js";
import { isIsoDate } from "../iso-date.js";
import { type PreambleSlot, preambleSlots } from "../preamble.js";
import type {
  ImportedDocument,
  Lang,
  LocalizedText,
  NodeType,
  Note,
  ProvisionNode,
  Source,
} from "../types.js";
import { BwbImportError, child, childrenNamed, elements, parseXml, type XmlElement } from "./xml.js";

export interface ImportBwbOptions {
  /** Which language version to read: `en` (`tekst="authentiek"` in the Convention) or `nl` (`tekst="vertaling"`). */
  lang: Lang;
  /** ISO date on which the file was downloaded, recorded in the source; `null` (default) if unknown. */
  accessed?: string | null;
}

/** Elements that only carry metadata or numbering read elsewhere; never text. */
const SKIPPED = new Set([
  "meta-data",
  "kop",
  "lidnr",
  "li.nr",
  "officiele-inhoudsopgave",
  "redactionele-correcties",
]);

/** Element names of structural containers, with the type used when the heading label is unfamiliar. */
const CONTAINER_ELEMENTS: Record<string, ContainerType> = {
  boek: "part",
  deel: "part",
  hoofdstuk: "chapter",
  titeldeel: "title",
  afdeling: "section",
  paragraaf: "subsection",
  "sub-paragraaf": "subsection",
  divisie: "division",
};

/**
 * The visible label decides the type, because element names differ between language versions: the
 * English word of each container kind (from the kinds table) or its Dutch word.
 */
const CONTAINER_LABELS: Record<string, ContainerType> = {
  ...Object.fromEntries(kindsWithRole("container").map((kind) => [kind.word.toLowerCase(), kind.type])),
  deel: "part",
  hoofdstuk: "chapter",
  afdeling: "section",
  titel: "title",
  paragraaf: "subsection",
  divisie: "division",
};

const CONTAINER_PREFIX = (type: ContainerType) => provisionKind(type).eIdPrefix as ContainerPrefix;

// Editorial insertions (`redactie`) are the publisher's words, not the treaty's, and footnotes (`noot`)
// would break the sentence they sit in: both are kept apart from the text, in `notes`.
const ANNEX_LABEL = /^(annex|annexe|bijlage|appendix)$/i;
/** A heading such as "Annex H" or "BIJLAGE A" with no separate label; not "Annex to paragraph 2 …". */
const TITLE_ONLY_ANNEX =
  /^(?:[Aa]nnexe?|ANNEXE?|[Bb]ijlage|BIJLAGE|[Aa]ppendix|APPENDIX)\s+([A-Z]{1,2}|[0-9]{1,2})(?=$|[\s.:,;\u2013\u2014-])/;

const INLINE_SKIPPED = new Set(["meta-data", "noot", "redactie"]);
const BLOCK_ELEMENTS = new Set([
  "al",
  "li",
  "li.nr",
  "lid",
  "lidnr",
  "tussenkop",
  "considerans.al",
  "entry",
  "row",
]);

/** The text of an element with inline markup flattened and whitespace collapsed. */
function inlineText(el: XmlElement | string): string {
  const raw = (node: XmlElement | string): string => {
    if (typeof node === "string") return node;
    if (INLINE_SKIPPED.has(node.name)) return "";
    // A line break inside text is a space in the published rendering.
    if (node.name === "br") return " ";
    const inner = node.children.map(raw).join("");
    // Blocks read as one text (a preamble given as an instrument's intro) are separate words.
    return BLOCK_ELEMENTS.has(node.name) ? ` ${inner} ` : inner;
  };
  return raw(el).replace(/\s+/g, " ").trim();
}

const rawText = (el: XmlElement): string =>
  el.name === "meta-data" ? "" : el.children.map((c) => (typeof c === "string" ? c : rawText(c))).join("");

/**
 * The notes inside an element's inline text: the publisher's editorial insertions (`redactie`) and
 * footnotes (`noot`), each whitespace-normalised, in document order.
 */
function inlineNotes(el: XmlElement): Note[] {
  if (el.name === "meta-data") return [];
  if (el.name === "redactie") {
    const text = rawText(el).replace(/\s+/g, " ").trim();
    return text ? [{ kind: "editorial", text }] : [];
  }
  if (el.name === "noot") {
    const marker = child(el, "noot.nr");
    const num = marker ? rawText(marker).replace(/\s+/g, " ").trim() : "";
    const text = elements(el)
      .filter((e) => e.name !== "noot.nr")
      .map((e) => rawText(e).replace(/\s+/g, " ").trim())
      .filter(Boolean)
      .join("\n");
    if (!text) return [];
    return [num ? { kind: "footnote", num, text } : { kind: "footnote", text }];
  }
  return elements(el).flatMap(inlineNotes);
}

interface Heading {
  label: string | null;
  nr: string | null;
  /** The title, with the subtitle (`subtitel`) on a line of its own when there is one. */
  titel: string | null;
}

function readKop(el: XmlElement): Heading {
  const kop = child(el, "kop");
  const part = (name: string) => {
    const found = kop ? child(kop, name) : undefined;
    const text = found ? inlineText(found) : "";
    return text.length > 0 ? text : null;
  };
  const titel = [part("titel"), part("subtitel")].filter(Boolean).join("\n");
  return { label: part("label"), nr: part("nr"), titel: titel || null };
}

class Importer {
  private readonly used = new Set<string>();
  /** eIds claimed for a node that is still being read (its children need its eId first). */
  private readonly claimed = new Set<string>();
  /** For each eId asked for, the last repeat suffix given, so that claiming stays linear. */
  private readonly repeats = new Map<string, number>();
  private readonly sourceId = "BWB";

  /**
   * The eId for a node whose published number gives `base`: `base` itself, or, when the file already
   * numbered a provision of the same owner alike, `base-2`, `base-3`, … in document order.
   */
  claim(base: string): string {
    let eId = base;
    if (this.used.has(base)) {
      let k = this.repeats.get(base) ?? 1;
      do eId = `${base}-${++k}`;
      while (this.used.has(eId));
      this.repeats.set(base, k);
    }
    if (!isEId(eId)) {
      throw new Error(`internal error: the importer formed the eId "${eId}", which the grammar rejects`);
    }
    this.used.add(eId);
    this.claimed.add(eId);
    return eId;
  }

  constructor(private readonly lang: Lang) {}

  private localized(value: string | null): LocalizedText | null {
    return value ? { [this.lang]: { value, complete: true } } : null;
  }

  private node(
    type: NodeType,
    eId: string,
    num: string | null,
    el: XmlElement | null,
    fields: {
      heading?: string | null;
      text?: string[];
      notes?: Note[];
      children?: ProvisionNode[];
    } = {},
  ): ProvisionNode {
    // Every eId is claimed first (see claim), which makes it unique and valid.
    if (!this.claimed.delete(eId)) {
      throw new Error(`internal error: the ${type} "${num ?? ""}" has the unclaimed eId "${eId}"`);
    }
    const path = el?.attrs["bwb-ng-variabel-deel"];
    const lines = fields.text ?? [];
    const node: ProvisionNode = {
      type,
      eId,
      num,
      heading: this.localized(fields.heading ?? null),
      text: this.localized(lines.length > 0 ? lines.join("\n") : null),
      children: fields.children ?? [],
      provenance: {
        status: "official",
        sources: [path ? { id: this.sourceId, pinpoint: path } : { id: this.sourceId }],
      },
    };
    if (fields.notes && fields.notes.length > 0) node.notes = { [this.lang]: fields.notes };
    return node;
  }

  /**
   * Reads block content in document order. Text before the first structured child is the owner's own
   * text; text after it becomes a wrap-up block, so that nothing is lost or reordered. `owner` is the
   * eId of the node that holds the blocks (`null` at the top of the main instrument); `scope` is the
   * instrument's prefix for articles (`annex_a__`, or "" in the main instrument).
   */
  blocks(
    items: XmlElement[],
    owner: string | null,
    scope: string,
  ): { text: string[]; notes: Note[]; children: ProvisionNode[] } {
    // Prefix of the eIds of the owner's children: `art_1__`, `annex_a__`, or "" at the top level.
    const under = owner ? `${owner}__` : scope;
    const text: string[] = [];
    const notes: Note[] = [];
    const children: ProvisionNode[] = [];
    // Ordinals per kind, counted as children are added (each child is counted once: linear cost).
    const counters = new Map<string, number>();
    const next = (kind: string) => {
      const n = (counters.get(kind) ?? 0) + 1;
      counters.set(kind, n);
      return n;
    };
    const block = (kind: string) => this.claim(`${under}${kind}_${next(kind)}`);
    const visit = (el: XmlElement): void => {
      if (SKIPPED.has(el.name)) return;
      switch (el.name) {
        case "al":
        case "tussenkop":
        case "considerans.al": {
          const value = inlineText(el);
          const found = inlineNotes(el);
          const last = children[children.length - 1];
          if (!value) {
            // A paragraph that holds only a note belongs to the owner or to the last block.
            if (found.length === 0) return;
            if (last) last.notes = { [this.lang]: [...(last.notes?.[this.lang] ?? []), ...found] };
            else notes.push(...found);
            return;
          }
          if (el.name === "tussenkop") {
            children.push(this.node("crossHeading", block("crossheading"), null, el, { text: [value] }));
          } else if (children.length === 0 && owner !== null) {
            text.push(value);
            notes.push(...found);
          } else if (last?.type === "wrapUp" && last.text?.[this.lang]) {
            const version = last.text[this.lang] as { value: string; complete: boolean };
            version.value = `${version.value}\n${value}`;
            if (found.length > 0) {
              last.notes = { [this.lang]: [...(last.notes?.[this.lang] ?? []), ...found] };
            }
          } else {
            // Text after a structured child, or free text at the top of the main instrument.
            children.push(this.node("wrapUp", block("wrapup"), null, el, { text: [value], notes: found }));
          }
          return;
        }
        case "lijst":
          for (const li of childrenNamed(el, "li"))
            children.push(this.point(li, under, scope, next("point")));
          return;
        case "lid":
          children.push(this.paragraph(el, under, scope, next("paragraph")));
          return;
        case "artikel":
        case "enig-artikel":
          children.push(this.article(el, scope, next("article")));
          return;
        case "table":
          children.push(this.table(el, block("table")));
          return;
        default:
          if (el.name in CONTAINER_ELEMENTS && (el.name !== "divisie" || child(el, "kop"))) {
            children.push(this.container(el, under, scope, next));
            return;
          }
          // Wrappers (tekst, al-groep, vrije-tekst, wettekst, divisie without heading, …) are read through.
          for (const inner of elements(el)) visit(inner);
      }
    };
    for (const el of items) visit(el);
    return { text, notes, children };
  }

  /** A numbered node (container, article, paragraph, point): its own blocks give its text, notes and children. */
  private numbered(
    type: NodeType,
    eId: string,
    num: string | null,
    el: XmlElement,
    scope: string,
    heading?: string | null,
  ): ProvisionNode {
    const { text, notes, children } = this.blocks(elements(el), eId, scope);
    const kop = child(el, "kop");
    return this.node(type, eId, num, el, {
      ...(heading === undefined ? {} : { heading }),
      text,
      // Footnotes in the heading come first, as they do in the published text.
      notes: [...(kop ? inlineNotes(kop) : []), ...notes],
      children,
    });
  }

  /** A part, chapter, section, … numbered as published, or by its place among its kind when unnumbered. */
  container(el: XmlElement, prefix: string, scope: string, next: (kind: string) => number): ProvisionNode {
    const kop = readKop(el);
    const byLabel = kop.label ? CONTAINER_LABELS[kop.label.toLowerCase().replace(/[^a-z]/g, "")] : undefined;
    const type = byLabel ?? CONTAINER_ELEMENTS[el.name] ?? "division";
    const kind = CONTAINER_PREFIX(type);
    const ordinal = next(kind);
    const eId = this.claim(`${prefix}${kind}_${containerNum(kop.nr) ?? ordinal}`);
    return this.numbered(type, eId, kop.nr, el, scope, kop.titel);
  }

  article(el: XmlElement, scope: string, ordinal: number): ProvisionNode {
    const kop = readKop(el);
    const eId = this.claim(`${scope}art_${articleNum(kop.nr) ?? ordinal}`);
    return this.numbered("article", eId, kop.nr, el, scope, kop.titel);
  }

  paragraph(el: XmlElement, prefix: string, scope: string, ordinal: number): ProvisionNode {
    const lidnr = child(el, "lidnr");
    const published = lidnr ? inlineText(lidnr) : "";
    const eId = this.claim(`${prefix}para_${paragraphNum(published) ?? ordinal}`);
    return this.numbered("paragraph", eId, published || null, el, scope);
  }

  point(el: XmlElement, prefix: string, scope: string, ordinal: number): ProvisionNode {
    const marker = child(el, "li.nr");
    const published = marker ? inlineText(marker) : "";
    // Markers such as "-" or "•" carry no number; the position in the list does.
    const eId = this.claim(`${prefix}point_${pointNum(published) ?? ordinal}`);
    return this.numbered("point", eId, published || null, el, scope);
  }

  table(el: XmlElement, eId: string): ProvisionNode {
    const rows: string[][] = [];
    const titles: string[] = [];
    const collect = (node: XmlElement): void => {
      if (node.name === "meta-data") return;
      if (node.name === "title") {
        const value = inlineText(node);
        if (value) titles.push(value);
        return;
      }
      if (node.name === "row") {
        rows.push(
          childrenNamed(node, "entry").map((entry) =>
            elements(entry).length > 0
              ? elements(entry).map(inlineText).filter(Boolean).join("\n")
              : inlineText(entry),
          ),
        );
        return;
      }
      for (const inner of elements(node)) collect(inner);
    };
    collect(el);
    // Footnotes in cells are kept with the table, as they are with any other block.
    const node = this.node("table", eId, null, el, {
      heading: titles.length > 0 ? titles.join("\n") : null,
      notes: inlineNotes(el),
    });
    node.table = { [this.lang]: rows };
    return node;
  }

  preamble(aanhef: XmlElement): ProvisionNode | null {
    // The preamble's paragraphs, in order: a treaty's `preambule`, or an act-style `considerans`.
    const paragraphs = elements(aanhef)
      .filter((e) => e.name === "preambule" || e.name === "considerans")
      .flatMap((e) => elements(e).filter((p) => p.name !== "meta-data"));
    let heading: string | null = null;
    // Paragraphs first, then their eIds: whether a paragraph is a formula or a recital depends on its
    // place in the whole preamble (see preambleSlots, shared with the curated data's lint).
    const items: Array<{ el: XmlElement; value: string; lists: XmlElement[] }> = [];
    for (const el of paragraphs) {
      if (el.name === "lijst") {
        // A list inside the preamble belongs to the paragraph before it; one that opens the preamble
        // is a paragraph of its own, so that its points are not lost.
        const last = items[items.length - 1];
        if (last) last.lists.push(el);
        else items.push({ el, value: "", lists: [el] });
        continue;
      }
      const value = inlineText(el);
      if (!value) continue;
      // Some files open the preamble with its own title as a paragraph ("Preamble", "Preambule").
      if (items.length === 0 && heading === null && /^pr[eé]ambu?le$/i.test(value)) {
        heading = value;
        continue;
      }
      items.push({ el, value, lists: [] });
    }
    const afkondiging = child(aanhef, "afkondiging");
    const closingLines = afkondiging ? childrenNamed(afkondiging, "al").map(inlineText).filter(Boolean) : [];
    const slots = preambleSlots(
      items.map((item) => item.value),
      closingLines.length > 0,
    );
    const recitals: ProvisionNode[] = items.map((item, k) => {
      const slot = slots[k] as PreambleSlot;
      const eId = this.claim(slot.eId);
      const points: ProvisionNode[] = [];
      for (const list of item.lists) {
        for (const li of childrenNamed(list, "li")) {
          points.push(this.point(li, `${eId}__`, "", points.length + 1));
        }
      }
      return this.node(slot.type, eId, null, item.el, {
        text: item.value ? [item.value] : [],
        notes: inlineNotes(item.el),
        children: points,
      });
    });
    const closingSlot = slots[items.length];
    if (afkondiging && closingSlot) {
      const eId = this.claim(closingSlot.eId);
      recitals.push(this.node("formula", eId, null, afkondiging, { text: closingLines }));
    }
    if (recitals.length === 0 && heading === null) return null;
    return this.node("preamble", this.claim("preamble"), null, aanhef, { heading, children: recitals });
  }

  conclusions(wetsluiting: XmlElement, eId: string): ProvisionNode | null {
    const lines: string[] = [];
    const collect = (el: XmlElement): void => {
      if (el.name === "meta-data") return;
      if (el.name === "al") {
        const value = inlineText(el);
        if (value) lines.push(value);
        return;
      }
      const leaves = elements(el);
      if (leaves.length === 0) {
        const value = inlineText(el);
        if (value) lines.push(value);
        return;
      }
      for (const inner of leaves) collect(inner);
    };
    collect(wetsluiting);
    return lines.length > 0
      ? this.node("conclusions", this.claim(eId), null, wetsluiting, {
          text: lines,
          notes: inlineNotes(wetsluiting),
        })
      : null;
  }

  /** Body content of an instrument: everything except its heading, preamble and closing formula. */
  instrumentContent(verdragtekst: XmlElement, owner: string | null, scope: string) {
    const body = elements(verdragtekst).filter(
      (e) => !["kop", "aanhef", "wetsluiting", "meta-data", "bijlage"].includes(e.name),
    );
    return this.blocks(body, owner, scope);
  }

  main(verdragtekst: XmlElement) {
    const aanhef = child(verdragtekst, "aanhef");
    const wetsluiting = child(verdragtekst, "wetsluiting");
    const preamble = aanhef ? this.preamble(aanhef) : null;
    // Free text directly in the main instrument (outside any article) becomes top-level wrap-up blocks.
    const content = this.instrumentContent(verdragtekst, null, "");
    const conclusions = wetsluiting ? this.conclusions(wetsluiting, "conclusions") : null;
    return { title: readKop(verdragtekst).titel, preamble, body: content.children, conclusions };
  }

  /** An annex (`annex_a`) or another instrument (`att_1`), with its own articles scoped by its eId. */
  instrument(
    verdragtekst: XmlElement,
    type: "annex" | "attachment",
    eId: string,
    num: string | null,
    heading: string | null,
  ) {
    const content = this.instrumentContent(verdragtekst, eId, `${eId}__`);
    const children = content.children;
    const kop = child(verdragtekst, "kop");
    const aanhef = child(verdragtekst, "aanhef");
    const intro: string[] = [];
    if (aanhef) {
      for (const el of elements(aanhef)) {
        if (el.name === "meta-data") continue;
        const value = inlineText(el);
        if (value) intro.push(value);
      }
    }
    const node = this.node(type, eId, num, verdragtekst, {
      heading,
      text: [...intro, ...content.text],
      notes: [...(kop ? inlineNotes(kop) : []), ...(aanhef ? inlineNotes(aanhef) : []), ...content.notes],
      children,
    });
    const wetsluiting = child(verdragtekst, "wetsluiting");
    if (wetsluiting) {
      const closing = this.conclusions(
        wetsluiting,
        `${eId}__wrapup_${children.filter((c) => c.type === "wrapUp").length + 1}`,
      );
      if (closing) node.children.push({ ...closing, type: "wrapUp" });
    }
    return node;
  }

  source(
    meta: { bwbId: string | null; versionDate: string | null; title: string | null; vastDeel: string | null },
    accessed: string | null,
  ): Source {
    const url = meta.vastDeel?.startsWith("http")
      ? meta.vastDeel
      : `https://wetten.overheid.nl/${meta.bwbId ?? ""}${meta.bwbId && meta.versionDate ? `/${meta.versionDate}` : ""}`;
    return {
      id: this.sourceId,
      url,
      title: meta.title ?? meta.bwbId ?? "BWB XML",
      publisher: "wetten.overheid.nl (Basis Wettenbestand, KOOP)",
      kind: "official",
      accessed,
    };
  }
}

/**
 * Reads one language version of a treaty from official BWB XML (the `<toestand>` repository format or
 * the older `<wetgeving>` export) into the package's document model. The same input always gives the
 * same output. Throws {@link BwbImportError} for malformed XML, a file that is not a BWB treaty, or a
 * language the file does not hold.
 */
export function importBwb(xml: string, options: ImportBwbOptions): ImportedDocument {
  const lang = options?.lang;
  if (lang !== "en" && lang !== "nl") {
    throw new BwbImportError(
      "language-not-found",
      `options.lang must be "en" or "nl" (got ${JSON.stringify(lang)})`,
    );
  }
  const root = parseXml(xml);
  let wetgeving: XmlElement | undefined;
  let format: "toestand" | "wetgeving";
  if (root.name === "toestand") {
    format = "toestand";
    wetgeving = child(root, "wetgeving");
    if (!wetgeving)
      throw new BwbImportError(
        "not-bwb",
        "the <toestand> element has no <wetgeving> child; this is not a BWB regulation file",
      );
  } else if (root.name === "wetgeving") {
    format = "wetgeving";
    wetgeving = root;
  } else {
    throw new BwbImportError(
      "not-bwb",
      `the root element is <${root.name}>; a BWB XML file has root <toestand> (current format) or <wetgeving> (2012 export)`,
    );
  }
  const soort = wetgeving.attrs.soort;
  if (soort !== "verdrag") {
    throw new BwbImportError(
      "not-a-treaty",
      `<wetgeving soort="${soort ?? ""}"> is not a treaty; importBwb reads treaties (soort="verdrag"), such as BWBV0007040`,
    );
  }
  const versions = childrenNamed(wetgeving, "verdrag");
  const available = versions.map((v) => `${v.attrs["xml:lang"] ?? "?"} (${v.attrs.tekst ?? "?"})`);
  const matching = versions.filter((v) => v.attrs["xml:lang"] === lang);
  // Prefer the authentic text when a file holds two versions in the same language.
  const verdrag = matching.find((v) => v.attrs.tekst === "authentiek") ?? matching[0];
  if (!verdrag) {
    throw new BwbImportError(
      "language-not-found",
      `the file has no <verdrag xml:lang="${lang}">; it holds ${available.length > 0 ? available.join(", ") : "no <verdrag> elements"}`,
    );
  }
  const instruments = childrenNamed(verdrag, "verdragtekst");
  const [mainText, ...others] = instruments;
  if (!mainText)
    throw new BwbImportError(
      "no-instruments",
      `the <verdrag xml:lang="${lang}"> element holds no <verdragtekst>`,
    );

  const importer = new Importer(lang);
  const main = importer.main(mainText);
  const annexes: ProvisionNode[] = [];
  const attachments: ProvisionNode[] = [];
  const addAnnex = (el: XmlElement, kop: Heading, letter: string | null) => {
    // An unnumbered annex is numbered by its place among the annexes; a repeated number gets "-2".
    const key = annexNum(letter) ?? String(annexes.length + 1);
    annexes.push(importer.instrument(el, "annex", importer.claim(`annex_${key}`), letter, kop.titel));
  };
  for (const el of others) {
    const kop = readKop(el);
    // A <verdragtekst> that only wraps <bijlage> elements is not an instrument of its own.
    if (elements(el).every((e) => e.name === "bijlage" || e.name === "meta-data")) continue;
    const titleLetter = kop.label === null && kop.titel ? TITLE_ONLY_ANNEX.exec(kop.titel)?.[1] : undefined;
    if (kop.label !== null && ANNEX_LABEL.test(kop.label.trim())) {
      addAnnex(el, kop, kop.nr);
    } else if (titleLetter) {
      addAnnex(el, kop, titleLetter);
    } else {
      const heading = kop.titel ?? ([kop.label, kop.nr].filter(Boolean).join(" ") || null);
      attachments.push(
        importer.instrument(
          el,
          "attachment",
          importer.claim(`att_${attachments.length + 1}`),
          kop.nr,
          heading,
        ),
      );
    }
  }
  // Schema 0.36 has no <bijlage> inside <verdragtekst>, but a later schema might; read it as an annex.
  for (const el of instruments.flatMap((text) => childrenNamed(text, "bijlage"))) {
    const kop = readKop(el);
    addAnnex(el, kop, kop.nr);
  }

  const intitule = child(wetgeving, "intitule");
  const versionDate = root.attrs.inwerkingtreding ?? null;
  const meta = {
    format,
    bwbId: root.attrs["bwb-id"] ?? wetgeving.attrs["bwb-id"] ?? null,
    versionDate: isIsoDate(versionDate) ? versionDate : null,
    treatyNumber: wetgeving.attrs.verdragnummer ?? null,
    lang,
    authentic: verdrag.attrs.tekst === "authentiek",
    officialTitle: intitule ? inlineText(intitule) || null : null,
    title: main.title,
  };
  const source = importer.source(
    {
      bwbId: meta.bwbId,
      versionDate: meta.versionDate,
      title: meta.officialTitle ?? meta.title,
      vastDeel: root.attrs["bwb-ng-vast-deel"] ?? null,
    },
    options.accessed ?? null,
  );
  return {
    schemaVersion: 1,
    kind: "bwb-import",
    meta,
    sources: [source],
    preamble: main.preamble,
    body: main.body,
    conclusions: main.conclusions,
    annexes,
    attachments,
  };
}
