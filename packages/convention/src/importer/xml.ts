import { XMLParser, XMLValidator } from "fast-xml-parser";

/** An element of the parsed XML, in document order. Text children are strings. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: Array<XmlElement | string>;
}

/** Thrown by the importer; `code` says what kind of input problem it is. */
export class BwbImportError extends Error {
  readonly code:
    | "malformed-xml"
    | "unsupported-encoding"
    | "not-bwb"
    | "not-a-treaty"
    | "language-not-found"
    | "no-instruments"
    | "duplicate-eid";
  constructor(code: BwbImportError["code"], message: string) {
    super(message);
    this.name = "BwbImportError";
    this.code = code;
  }
}

const PREDEFINED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * XML 1.0 (Fifth Edition) §2.2, production [2] Char: tab, line feed, carriage return, U+0020–U+D7FF,
 * U+E000–U+FFFD and U+10000–U+10FFFF. With the `u` flag a lone surrogate is one code point of its own,
 * so this class matches exactly the characters the production leaves out.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the rule is about exactly these characters.
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/u;
const CHAR_RULE =
  "XML 1.0 allows only tab, line feed, carriage return and U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF (§2.2, production Char)";

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;

function lineAndColumn(text: string, index: number): string {
  const before = text.slice(0, index);
  const line = before.split("\n").length;
  return `line ${line}, column ${index - before.lastIndexOf("\n")}`;
}

/**
 * Refuses characters and character references that XML 1.0 forbids. Raw characters are checked in the
 * whole document; references only where they are references (not inside comments, CDATA sections,
 * processing instructions or the DOCTYPE, whose text is blanked out first, keeping every offset).
 */
function checkCharacters(xml: string): void {
  const raw = NOT_XML_CHAR.exec(xml);
  if (raw) {
    throw new BwbImportError(
      "malformed-xml",
      `the input is not well-formed XML (${lineAndColumn(xml, raw.index)}): it holds the character ${hex(
        raw[0].codePointAt(0) as number,
      )}, which ${CHAR_RULE}`,
    );
  }
  const markup = xml.replace(
    /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>/g,
    (m) => " ".repeat(m.length),
  );
  for (const match of markup.matchAll(/&#(x[0-9a-fA-F]+|[0-9]+);/g)) {
    const ref = match[1] as string;
    const cp = ref.startsWith("x") ? Number.parseInt(ref.slice(1), 16) : Number.parseInt(ref, 10);
    const legal = cp <= 0x10ffff && !NOT_XML_CHAR.test(String.fromCodePoint(cp));
    if (!legal) {
      const what =
        cp > 0x10ffff ? "a number beyond U+10FFFF, the last code point" : `the character ${hex(cp)}`;
      throw new BwbImportError(
        "malformed-xml",
        `the input is not well-formed XML (${lineAndColumn(xml, match.index)}): the character reference ${match[0]} names ${what}; a reference must name a character that ${CHAR_RULE.replace("XML 1.0 allows only", "XML 1.0 allows:")} (well-formedness constraint Legal Character, §4.1)`,
      );
    }
  }
}

/**
 * Decodes character references and the five predefined XML entities. The parser is configured not to
 * process entities, so that a DOCTYPE's entity declarations are never resolved; any other named
 * entity is therefore an error rather than silently kept or expanded. References were checked to name
 * legal characters before parsing (checkCharacters).
 */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9._-]*);/g, (whole, ref: string) => {
    if (ref.startsWith("#x")) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
    const predefined = PREDEFINED[ref];
    if (predefined !== undefined) return predefined;
    throw new BwbImportError(
      "malformed-xml",
      `the XML uses the entity ${whole}, which is not one of the five predefined XML entities; DOCTYPE entity declarations are never resolved`,
    );
  });
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstBadUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const [len, min, max] =
      b < 0x80
        ? [1, 0, 0]
        : b >= 0xc2 && b <= 0xdf
          ? [2, 0x80, 0xbf]
          : b === 0xe0
            ? [3, 0xa0, 0xbf]
            : b === 0xed
              ? [3, 0x80, 0x9f]
              : b >= 0xe1 && b <= 0xef
                ? [3, 0x80, 0xbf]
                : b === 0xf0
                  ? [4, 0x90, 0xbf]
                  : b === 0xf4
                    ? [4, 0x80, 0x8f]
                    : b >= 0xf1 && b <= 0xf3
                      ? [4, 0x80, 0xbf]
                      : [0, 0, 0];
    if (len === 0) return i;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? min : 0x80) || c > (k === 1 ? max : 0xbf)) return i;
    }
    i += len;
  }
  return -1;
}

const LATIN_1 = /^(iso-8859-1|iso_8859-1|iso8859-1|latin1|latin-1|l1|iso-ir-100|cp819|ibm819)$/i;

/** ISO-8859-1 maps each byte to the code point of the same number (not windows-1252, as TextDecoder would). */
function decodeLatin1(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  }
  return text;
}

/**
 * Decodes the bytes of an XML file as XML 1.0 (§4.3.3 and Appendix F) says: a byte order mark or the
 * encoding declaration names the encoding, UTF-8 when neither does. UTF-8, UTF-16 and ISO-8859-1 (and
 * its subset US-ASCII) are read; bytes that are not valid in the encoding, and any other declared
 * encoding, are refused rather than turned into U+FFFD.
 */
export function decodeXml(bytes: Uint8Array): string {
  const starts = (...prefix: number[]) => prefix.every((b, k) => bytes[k] === b);
  let bomEncoding: "utf-8" | "utf-16le" | "utf-16be" | null = null;
  if (starts(0xef, 0xbb, 0xbf)) bomEncoding = "utf-8";
  else if (starts(0xff, 0xfe) || starts(0x3c, 0x00, 0x3f, 0x00)) bomEncoding = "utf-16le";
  else if (starts(0xfe, 0xff) || starts(0x00, 0x3c, 0x00, 0x3f)) bomEncoding = "utf-16be";
  if (bomEncoding === "utf-16le" || bomEncoding === "utf-16be") {
    try {
      return new TextDecoder(bomEncoding, { fatal: true }).decode(bytes);
    } catch {
      throw new BwbImportError(
        "malformed-xml",
        `the file starts as ${bomEncoding === "utf-16le" ? "UTF-16LE" : "UTF-16BE"} but holds bytes that are not valid in it (an unpaired surrogate or an odd byte count)`,
      );
    }
  }
  // The declaration is ASCII in every encoding read here; look at its bytes only.
  const head = decodeLatin1(bytes.subarray(bomEncoding ? 3 : 0, 200));
  const declared =
    /^<\?xml\s[^>]*?\bencoding\s*=\s*(["'])([A-Za-z][A-Za-z0-9._-]*)\1/.exec(head)?.[2] ?? null;
  const kind =
    declared === null || /^utf-?8$/i.test(declared)
      ? "utf-8"
      : LATIN_1.test(declared)
        ? "latin1"
        : /^(us-ascii|ascii)$/i.test(declared)
          ? "ascii"
          : null;
  if (kind === null || (bomEncoding === "utf-8" && kind !== "utf-8")) {
    throw new BwbImportError(
      "unsupported-encoding",
      bomEncoding === "utf-8" && kind !== null
        ? `the file starts with a UTF-8 byte order mark but declares encoding="${declared}"; the two must agree (XML 1.0 §4.3.3)`
        : `the file declares encoding="${declared}", which this importer does not read; it reads UTF-8, UTF-16 and ISO-8859-1 (BWB files are UTF-8)`,
    );
  }
  if (kind === "latin1") return decodeLatin1(bytes);
  if (kind === "ascii") {
    const bad = bytes.findIndex((b) => b > 0x7f);
    if (bad >= 0) {
      throw new BwbImportError(
        "malformed-xml",
        `the file declares encoding="${declared}" but byte ${bad} is 0x${(bytes[bad] as number).toString(16)}, which is not ASCII`,
      );
    }
    return decodeLatin1(bytes);
  }
  const bad = firstBadUtf8(bytes);
  if (bad >= 0) {
    const line = decodeLatin1(bytes.subarray(0, bad)).split("\n").length;
    throw new BwbImportError(
      "malformed-xml",
      `the file is not valid UTF-8: the byte at offset ${bad} (line ${line}) does not start or continue a UTF-8 character${
        declared ? "" : '; if it is in another encoding, it must say so in its XML declaration (encoding="…")'
      }`,
    );
  }
  return new TextDecoder("utf-8").decode(bytes);
}

type OrderedNode = Record<string, unknown> & { ":@"?: Record<string, string> };

function toElement(name: string, node: OrderedNode): XmlElement {
  const attrs: Record<string, string> = {};
  for (const [key, value] of Object.entries(node[":@"] ?? {})) {
    attrs[key.replace(/^@_/, "")] = decodeEntities(String(value));
  }
  const children: Array<XmlElement | string> = [];
  for (const child of (node[name] as OrderedNode[] | undefined) ?? []) {
    const childName = Object.keys(child).find((k) => k !== ":@");
    if (childName === undefined) continue;
    if (childName === "#text") children.push(decodeEntities(String(child["#text"])));
    // A CDATA section is literal text: `&amp;` inside it is five characters, not an ampersand.
    else if (childName === "#cdata") {
      for (const part of child["#cdata"] as OrderedNode[]) children.push(String(part["#text"] ?? ""));
    } else children.push(toElement(childName, child));
  }
  return { name, attrs, children };
}

/**
 * Parses XML into elements without ever fetching or resolving a DOCTYPE. Throws on malformed XML. Bytes
 * are decoded as their byte order mark or encoding declaration says (decodeXml); a string is taken as
 * already decoded.
 */
export function parseXml(input: string | Uint8Array): XmlElement {
  const xml = typeof input === "string" ? input : decodeXml(input);
  if (typeof xml !== "string" || xml.trim().length === 0) {
    throw new BwbImportError("malformed-xml", "the input is empty; expected the text of a BWB XML file");
  }
  checkCharacters(xml);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    throw new BwbImportError(
      "malformed-xml",
      `the input is not well-formed XML (line ${line}, column ${col}): ${msg}`,
    );
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    // Entities stay unprocessed so that DOCTYPE declarations can never inject text; see decodeEntities.
    processEntities: false,
    htmlEntities: false,
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    cdataPropName: "#cdata",
  });
  const top = parser.parse(xml) as OrderedNode[];
  const roots = top
    .map((node) => [Object.keys(node).find((k) => k !== ":@"), node] as const)
    .filter(
      (entry): entry is readonly [string, OrderedNode] => entry[0] !== undefined && entry[0] !== "#text",
    );
  const root = roots[0];
  if (!root) throw new BwbImportError("malformed-xml", "the XML has no root element");
  // The validator misses a second root when it is an empty element (`<a>…</a><b/>`).
  if (roots.length > 1) {
    throw new BwbImportError(
      "malformed-xml",
      `the input is not well-formed XML: after the root element <${root[0]}> comes another element <${
        (roots[1] as readonly [string, OrderedNode])[0]
      }>; a document has exactly one root element (XML 1.0 §2.1)`,
    );
  }
  return toElement(root[0], root[1]);
}

export const elements = (el: XmlElement): XmlElement[] =>
  el.children.filter((c): c is XmlElement => typeof c !== "string");

export const child = (el: XmlElement, name: string): XmlElement | undefined =>
  elements(el).find((c) => c.name === name);

export const childrenNamed = (el: XmlElement, name: string): XmlElement[] =>
  elements(el).filter((c) => c.name === name);
