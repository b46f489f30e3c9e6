import { type ContainerPrefix, isEId, romanToInt } from "../eid.js";
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

type ContainerType = "part" | "chapter" | "section" | "title" | "subsection" | "division";

/** The visible label decides the type, because element names differ between language versions. */
const CONTAINER_LABELS: Record<string, ContainerType> = {
  part: "part",
  deel: "part",
  chapter: "chapter",
  hoofdstuk: "chapter",
  section: "section",
  afdeling: "section",
  title: "title",
  titel: "title",
  subsection: "subsection",
  paragraaf: "subsection",
  division: "division",
  divisie: "division",
};

const CONTAINER_PREFIX: Record<ContainerType, ContainerPrefix> = {
  part: "part",
  chapter: "chp",
  section: "sec",
  title: "title",
  subsection: "subsec",
  division: "dvs",
};

// Editorial insertions (`redactie`) are the publisher's words, not the treaty's, and footnotes (`noot`)
// would break the sentence they sit in: both are kept apart from the text, in `notes`.
const ANNEX_LABEL = /^(annex|annexe|bijlage|appendix)$/i;
/** A heading such as "Annex H" or "BIJLAGE A" with no separate label; not "Annex to paragraph 2 …". */
const TITLE_ONLY_ANNEX =
  /^(?:[Aa]nnexe?|ANNEXE?|[Bb]ijlage|BIJLAGE|[Aa]ppendix|APPENDIX)\s+([A-Z]{1,2}|[0-9]{1,2})(?=$|[\s.:,;\u2013\u2014-])/;

const INLINE_SKIPPED = new Set(["meta-data", "noot", "redactie"]);

/** The text of an element with inline markup flattened and whitespace collapsed. */
function inlineText(el: XmlElement | string): string {
  const raw = (node: XmlElement | string): string => {
    if (typeof node === "string") return node;
    if (INLINE_SKIPPED.has(node.name)) return "";
    // A line break inside text is a space in the published rendering.
    if (node.name === "br") return " ";
    return node.children.map(raw).join("");
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
  titel: string | null;
}

function readKop(el: XmlElement): Heading {
  const kop = child(el, "kop");
  const part = (name: string) => {
    const found = kop ? child(kop, name) : undefined;
    const text = found ? inlineText(found) : "";
    return text.length > 0 ? text : null;
  };
  return { label: part("label"), nr: part("nr"), titel: part("titel") };
}

class Importer {
  private readonly used = new Set<string>();
  private readonly sourceId = "BWB";

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
    if (!isEId(eId)) {
      throw new BwbImportError(
        "duplicate-eid",
        `cannot form a valid eId for ${type} "${num ?? ""}" (got "${eId}")`,
      );
    }
    if (this.used.has(eId)) {
      throw new BwbImportError(
        "duplicate-eid",
        `two provisions would share the eId "${eId}" (${type} numbered "${num ?? ""}"); the file numbers them ambiguously`,
      );
    }
    this.used.add(eId);
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
   * text; text after it becomes a wrap-up block, so that nothing is lost or reordered.
   */
  blocks(
    items: XmlElement[],
    owner: string | null,
    scope: string,
  ): { text: string[]; notes: Note[]; children: ProvisionNode[] } {
    const blockId = (kind: string, n: number) => (owner ? `${owner}__${kind}_${n}` : `${scope}${kind}_${n}`);
    const text: string[] = [];
    const notes: Note[] = [];
    const children: ProvisionNode[] = [];
    const count = (type: NodeType) => children.filter((c) => c.type === type).length;
    const visit = (el: XmlElement): void => {
      if (SKIPPED.has(el.name)) return;
      switch (el.name) {
        case "al":
        case "tussenkop": {
          const value = inlineText(el);
          const found = inlineNotes(el);
          if (!value) {
            // A paragraph that holds only a note belongs to the owner or to the last block.
            const last = children[children.length - 1];
            if (found.length === 0) return;
            if (last) last.notes = { [this.lang]: [...(last.notes?.[this.lang] ?? []), ...found] };
            else notes.push(...found);
            return;
          }
          if (el.name === "tussenkop") {
            children.push(
              this.node("crossHeading", blockId("crossheading", count("crossHeading") + 1), null, el, {
                text: [value],
              }),
            );
          } else if (children.length === 0 && owner !== null) {
            text.push(value);
            notes.push(...found);
          } else {
            const last = children[children.length - 1] as ProvisionNode;
            if (last.type === "wrapUp" && last.text?.[this.lang]) {
              const version = last.text[this.lang] as { value: string; complete: boolean };
              version.value = `${version.value}\n${value}`;
              if (found.length > 0) {
                last.notes = { [this.lang]: [...(last.notes?.[this.lang] ?? []), ...found] };
              }
            } else {
              children.push(
                this.node("wrapUp", blockId("wrapup", count("wrapUp") + 1), null, el, {
                  text: [value],
                  notes: found,
                }),
              );
            }
          }
          return;
        }
        case "lijst":
          for (const li of childrenNamed(el, "li")) {
            children.push(this.point(li, owner ?? scope.replace(/__$/, ""), scope, count("point") + 1));
          }
          return;
        case "lid":
          children.push(this.paragraph(el, owner ?? scope.replace(/__$/, ""), scope, count("paragraph") + 1));
          return;
        case "artikel":
        case "enig-artikel":
          children.push(this.article(el, scope, count("article") + 1));
          return;
        case "table":
          children.push(this.table(el, blockId("table", count("table") + 1)));
          return;
        default:
          if (el.name in CONTAINER_ELEMENTS && (el.name !== "divisie" || child(el, "kop"))) {
            children.push(this.container(el, owner ? `${owner}__` : scope, scope));
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
    return this.node(type, eId, num, el, {
      ...(heading === undefined ? {} : { heading }),
      text,
      notes,
      children,
    });
  }

  container(el: XmlElement, prefix: string, scope: string): ProvisionNode {
    const kop = readKop(el);
    const byLabel = kop.label ? CONTAINER_LABELS[kop.label.toLowerCase().replace(/[^a-z]/g, "")] : undefined;
    const type = byLabel ?? CONTAINER_ELEMENTS[el.name] ?? "division";
    const nr = kop.nr?.replace(/[.:]$/, "") ?? null;
    let num = nr && /^[1-9][0-9]*$/.test(nr) ? nr : nr ? romanToInt(nr) : null;
    if (num === null) num = String(this.countUsed(`${prefix}${CONTAINER_PREFIX[type]}_`) + 1);
    const eId = `${prefix}${CONTAINER_PREFIX[type]}_${num}`;
    return this.numbered(type, eId, kop.nr, el, scope, kop.titel);
  }

  private countUsed(prefix: string): number {
    let n = 0;
    for (const id of this.used) if (id.startsWith(prefix) && !id.slice(prefix.length).includes("__")) n++;
    return n;
  }

  article(el: XmlElement, scope: string, ordinal: number): ProvisionNode {
    const kop = readKop(el);
    const cleaned = kop.nr?.toLowerCase().replace(/[\s.:]/g, "") ?? "";
    const num = /^(?:[1-9][0-9]*[a-z]*|[ivxlcdm]+)$/.test(cleaned) ? cleaned : String(ordinal);
    const eId = `${scope}art_${num}`;
    return this.numbered("article", eId, kop.nr, el, scope, kop.titel);
  }

  paragraph(el: XmlElement, owner: string, scope: string, ordinal: number): ProvisionNode {
    const lidnr = child(el, "lidnr");
    const published = lidnr ? inlineText(lidnr) : "";
    const cleaned = published.toLowerCase().replace(/[\s.():]/g, "");
    const num = /^[1-9][0-9]*[a-z]*$/.test(cleaned) ? cleaned : String(ordinal);
    const eId = `${owner}__para_${num}`;
    return this.numbered("paragraph", eId, published || null, el, scope);
  }

  point(el: XmlElement, owner: string, scope: string, ordinal: number): ProvisionNode {
    const marker = child(el, "li.nr");
    const published = marker ? inlineText(marker) : "";
    const cleaned = published.toLowerCase().replace(/[^0-9a-z]/g, "");
    // Markers such as "-" or "•" carry no number; the position in the list does.
    const num = cleaned.length > 0 && cleaned.length <= 8 ? cleaned : String(ordinal);
    const eId = `${owner}__point_${num}`;
    return this.numbered("point", eId, published || null, el, scope);
  }

  table(el: XmlElement, eId: string): ProvisionNode {
    const rows: string[][] = [];
    const collect = (node: XmlElement): void => {
      if (node.name === "meta-data") return;
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
    const node = this.node("table", eId, null, el);
    node.table = { [this.lang]: rows };
    return node;
  }

  preamble(aanhef: XmlElement): ProvisionNode | null {
    const preambule = child(aanhef, "preambule");
    const paragraphs = preambule
      ? elements(preambule).filter((e) => e.name === "al" || e.name === "lijst")
      : [];
    let heading: string | null = null;
    // Paragraphs first, then their eIds: whether a paragraph is a formula or a recital depends on its
    // place in the whole preamble (see preambleSlots, shared with the curated data's lint).
    const items: Array<{ el: XmlElement; value: string; lists: XmlElement[] }> = [];
    for (const el of paragraphs) {
      if (el.name === "lijst") {
        // A list inside the preamble belongs to the paragraph before it.
        items[items.length - 1]?.lists.push(el);
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
      const node = this.node(slot.type, slot.eId, null, item.el, {
        text: [item.value],
        notes: inlineNotes(item.el),
      });
      for (const list of item.lists) {
        for (const li of childrenNamed(list, "li")) {
          node.children.push(this.point(li, node.eId, "", node.children.length + 1));
        }
      }
      return node;
    });
    const closingSlot = slots[items.length];
    if (afkondiging && closingSlot) {
      recitals.push(this.node("formula", closingSlot.eId, null, afkondiging, { text: closingLines }));
    }
    if (recitals.length === 0 && heading === null) return null;
    return this.node("preamble", "preamble", null, aanhef, { heading, children: recitals });
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
      ? this.node("conclusions", eId, null, wetsluiting, {
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
      notes: [...(aanhef ? inlineNotes(aanhef) : []), ...content.notes],
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
    const key = letter?.toLowerCase().replace(/[^0-9a-z]/g, "") || String(annexes.length + 1);
    annexes.push(importer.instrument(el, "annex", `annex_${key}`, letter, kop.titel));
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
        importer.instrument(el, "attachment", `att_${attachments.length + 1}`, kop.nr, heading),
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
    versionDate: versionDate && /^\d{4}-\d{2}-\d{2}$/.test(versionDate) ? versionDate : null,
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
