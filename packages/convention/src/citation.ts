import {
  CitationError,
  CONTAINER_PREFIXES,
  type ContainerPrefix,
  formatEId,
  intToRoman,
  parseEId,
  romanToInt,
  type Segment,
  splitRepeat,
} from "./eid.js";
import { kindsWithRole, type NodeType, provisionKind } from "./kinds.js";

export type CitationStyle = "short" | "long";

export interface CiteOptions {
  /** `short`: "Art. 8(3)"; `long`: "Article 8, paragraph 3". Default `short`. */
  style?: CitationStyle;
}

const CONTAINER_WORDS = Object.fromEntries(
  kindsWithRole("container").map((kind) => [kind.eIdPrefix, kind.word]),
) as Record<ContainerPrefix, string>;
const wordOf = (type: NodeType) => provisionKind(type).word;

/** A number as published: Roman numerals and letters in capitals, a repeat suffix kept ("I-2"). */
const articleLabel = (num: string) => (/^[a-z]+(?:-[0-9]+)?$/.test(num) ? num.toUpperCase() : num);
/** Parts are cited in Roman numerals (part_3 is Part III), lettered parts by their letter. */
function containerLabel(prefix: ContainerPrefix, num: string): string {
  const { base, repeat } = splitRepeat(num);
  const label = /^[0-9]+$/.test(base)
    ? prefix === "part"
      ? intToRoman(Number(base))
      : base
    : base.toUpperCase();
  return repeat > 1 ? `${label}-${repeat}` : label;
}
const pointLabel = (num: string) => `(${num})`;

function citeProvision(segments: Segment[], style: CitationStyle): string {
  const parts: string[] = [];
  let k = 0;
  const scope = segments[0] as Segment;
  if (scope.prefix === "annex") {
    parts.push(`${wordOf("annex")} ${(scope.num as string).toUpperCase()}`);
    k++;
  } else if (scope.prefix === "att") {
    parts.push(`${wordOf("attachment")} ${scope.num}`);
    k++;
  }
  const rest = segments.slice(k);
  const head = rest[0];
  if (!head) return parts.join(", ");

  if (head.prefix in CONTAINER_WORDS) {
    for (const s of rest) {
      const word = CONTAINER_WORDS[s.prefix as ContainerPrefix];
      parts.push(`${word} ${containerLabel(s.prefix as ContainerPrefix, s.num as string)}`);
    }
    return parts.join(", ");
  }

  const article = head.prefix === "art" ? head : undefined;
  const para = rest.find((s) => s.prefix === "para");
  const points = rest.filter((s) => s.prefix === "point").map((s) => s.num as string);
  if (style === "short") {
    let out = article ? `Art. ${articleLabel(article.num as string)}` : "";
    if (para) out += `(${para.num})`;
    // "(1)" straight after an article would read as a paragraph, so such points are named explicitly.
    const explicit = !para && points.length > 0 && (!article || /^[0-9]/.test(points[0] as string));
    if (explicit) {
      out += `${out ? ", " : ""}point ${points.map(pointLabel).join("")}`;
    } else {
      out += points.map(pointLabel).join("");
    }
    parts.push(out);
  } else {
    const words: string[] = [];
    if (article) words.push(`Article ${articleLabel(article.num as string)}`);
    if (para) words.push(`paragraph ${para.num}`);
    if (points.length > 0) words.push(`subparagraph ${points.map(pointLabel).join("")}`);
    parts.push(words.join(", "));
  }
  return parts.join(", ");
}

/**
 * Formats an eId as a citation: `cite("art_8__para_3")` is "Art. 8(3)", and with `{ style: "long" }`
 * "Article 8, paragraph 3". Works for any eId that follows the grammar, whether or not the provision
 * is in the data. Throws {@link CitationError} for a malformed eId or a content block (`__wrapup_1`,
 * `__table_1`, `__crossheading_1`), which is cited through its provision.
 */
export function cite(eId: string, options: CiteOptions = {}): string {
  const style = options.style ?? "short";
  if (style !== "short" && style !== "long") {
    throw new CitationError(String(style), 'style must be "short" or "long"');
  }
  const segments = parseEId(eId);
  const last = segments[segments.length - 1] as Segment;
  if (last.prefix === "wrapup" || last.prefix === "crossheading" || last.prefix === "table") {
    throw new CitationError(
      eId,
      `a ${last.prefix} block has no citation of its own; cite the provision that holds it`,
    );
  }
  const first = segments[0] as Segment;
  if (first.prefix === "preamble") {
    const item = segments[1];
    return item ? `${wordOf("preamble")}, ${item.prefix} ${item.num}` : wordOf("preamble");
  }
  if (first.prefix === "conclusions") return wordOf("conclusions");
  return citeProvision(segments, style);
}

/** Reads a number written either in Arabic or Roman numerals into the Arabic form used in eIds. */
function ordinalFromText(input: string, raw: string, what: string): string {
  if (/^[1-9][0-9]*$/.test(raw)) return raw;
  const value = romanToInt(raw);
  if (value === null) {
    throw new CitationError(input, `${what} number "${raw}" must be an Arabic integer or a Roman numeral`);
  }
  return String(value);
}

/** How each container is written in citations, abbreviations included. */
const CONTAINER_PATTERNS: Record<ContainerPrefix, RegExp> = {
  part: /^part\s*/,
  chp: /^(?:chapter|chap\.|ch\.)\s*/,
  sec: /^(?:section|sect?\.)\s*/,
  title: /^title\s*/,
  subsec: /^(?:subsection|subsec\.)\s*/,
  dvs: /^division\s*/,
};
const CONTAINER_BY_WORD = CONTAINER_PREFIXES.map((prefix) => [CONTAINER_PATTERNS[prefix], prefix] as const);

/**
 * Reads a citation and returns the eId it names. Accepts the forms `cite` writes and common
 * variants: "Art. 8(3)", "article 8, paragraph 3", "art. 8 para. 3", "Art. 8(3)(a)",
 * "Article 8, paragraph 3, subparagraph (a)", "Part III", "Annex H", "Annex H, Art. 1",
 * "Preamble, recital 2", and eIds such as "art_8__para_3". It checks form, not existence: use
 * `getProvision` to find out whether the data holds the provision. Throws {@link CitationError}
 * naming the input and the rule that failed.
 */
export function parseCitation(text: string): string {
  if (typeof text !== "string") throw new CitationError(String(text), "a citation must be a string");
  const input = text;
  const trimmed = text.trim();
  if (trimmed.length === 0) throw new CitationError(input, "a citation must not be empty");
  if (/^[a-z0-9_]+$/.test(trimmed) && trimmed.includes("_")) {
    parseEId(trimmed);
    return trimmed;
  }

  // "Art. 8(3) of the Convention" names the same provision; the Convention is the only instrument here.
  let s = trimmed
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/,? of (?:the|this) convention\.?$/, "");
  const segments: Segment[] = [];
  const eat = (pattern: RegExp): RegExpExecArray | null => {
    const match = pattern.exec(s);
    if (match) s = s.slice(match[0].length).replace(/^[\s,;]+/, "");
    return match;
  };
  const fail = (rule: string): never => {
    throw new CitationError(input, `${rule}${s ? ` (could not read "${s}")` : ""}`);
  };

  let m = eat(/^(?:preamble|pmbl\.?)(?=$|[\s,])/);
  if (m) {
    segments.push({ prefix: "preamble", num: null });
    m = eat(/^(recital|rec\.|formula)\s*([1-9][0-9]*)(?=$|[\s,])/);
    if (m) segments.push({ prefix: m[1] === "formula" ? "formula" : "recital", num: m[2] as string });
    if (s) fail('after "Preamble" only "recital N" or "formula N" may follow');
    return formatEId(segments);
  }
  if (eat(/^(?:closing formula|conclusions)$/)) return "conclusions";

  m = eat(/^(?:annex|annexe|anx\.)\s*([0-9a-z]+)(?=$|[\s,])/);
  if (m) segments.push({ prefix: "annex", num: m[1] as string });
  else {
    m = eat(/^attachment\s*([1-9][0-9]*)(?=$|[\s,])/);
    if (m) segments.push({ prefix: "att", num: m[1] as string });
  }

  let matchedContainer = true;
  while (matchedContainer) {
    matchedContainer = false;
    for (const [word, prefix] of CONTAINER_BY_WORD) {
      const found = eat(new RegExp(`${word.source}([0-9]+|[ivxlcdm]+)(?=$|[\\s,])`));
      if (found) {
        segments.push({ prefix, num: ordinalFromText(input, found[1] as string, CONTAINER_WORDS[prefix]) });
        matchedContainer = true;
        break;
      }
    }
  }
  if (segments.some((seg) => seg.prefix in CONTAINER_WORDS)) {
    if (s) fail("a part, chapter or section citation ends after its number");
    return formatEId(segments);
  }

  m = eat(/^(?:article|arts?\.?)\s*([0-9]+[a-z]*|[ivxlcdm]+)(?=$|[\s,(])/);
  let hasParagraph = false;
  if (m) {
    const num = (m[1] as string).replace(/^0+(?=[0-9])/, "");
    segments.push({ prefix: "art", num });
    const firstGroup = /^\(([0-9][0-9a-z]*)\)/.exec(s);
    if (firstGroup) {
      eat(/^\([0-9][0-9a-z]*\)/);
      segments.push({ prefix: "para", num: (firstGroup[1] as string).replace(/^0+(?=[0-9])/, "") });
      hasParagraph = true;
    } else {
      const para = eat(/^(?:paragraph|para\.?|par\.?|§|lid)\s*\(?([0-9]+[a-z]*)\)?/);
      if (para) {
        segments.push({ prefix: "para", num: (para[1] as string).replace(/^0+(?=[0-9])/, "") });
        hasParagraph = true;
      }
    }
  }
  // Points: "(a)(ii)" straight after the article or paragraph, or introduced by a word.
  const readGroups = () => {
    let group = eat(/^\(([0-9a-z]+)\)/);
    while (group) {
      segments.push({ prefix: "point", num: group[1] as string });
      group = eat(/^\(([0-9a-z]+)\)/);
    }
  };
  if (segments.length > 0 && (hasParagraph || segments[segments.length - 1]?.prefix === "art")) readGroups();
  const word = eat(/^(?:subparagraph|sub-paragraph|subpara\.?|point|pt\.|sub|letter|item)\s*/);
  if (word) {
    const bare = eat(/^([0-9a-z]+)(?=$|[\s,(])/);
    if (bare) segments.push({ prefix: "point", num: bare[1] as string });
    readGroups();
    if (segments[segments.length - 1]?.prefix !== "point")
      fail('"subparagraph" or "point" must be followed by its letter, e.g. "(a)"');
  }
  if (
    segments.length === 0 ||
    segments[segments.length - 1]?.prefix === "annex" ||
    segments[segments.length - 1]?.prefix === "att"
  ) {
    // Name the number that is missing after a recognised word, rather than the whole grammar.
    if (/^(?:article|arts?\.?)(?=$|[\s\d(])/.test(s))
      fail('after "Art." or "Article" an article number is expected, e.g. 8, 8bis or XVII');
    if (/^(?:part|chapter|section|title|subsection|division)(?=$|\s)/.test(s)) {
      fail("a part, chapter or section number is expected, in Arabic or Roman numerals, e.g. Part III");
    }
  }
  if (segments.length === 0 && /^(?:annex|annexe|attachment)(?=$|\s)/.test(s)) {
    fail('"Annex" is followed by its letter or number, e.g. Annex H; "Attachment" by its number');
  }
  if (segments.length === 0) {
    fail(
      'a citation starts with "Art.", "Article", "Part", "Chapter", "Section", "Annex", "Preamble" or is an eId such as art_8__para_3',
    );
  }
  if (s) fail("unexpected text after the citation");
  const eId = formatEId(segments);
  parseEId(eId);
  return eId;
}
