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
 * Decodes character references and the five predefined XML entities. The parser is configured not to
 * process entities, so that a DOCTYPE's entity declarations are never resolved; any other named
 * entity is therefore an error rather than silently kept or expanded.
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
    else children.push(toElement(childName, child));
  }
  return { name, attrs, children };
}

/** Parses XML into elements without ever fetching or resolving a DOCTYPE. Throws on malformed XML. */
export function parseXml(xml: string): XmlElement {
  if (typeof xml !== "string" || xml.trim().length === 0) {
    throw new BwbImportError("malformed-xml", "the input is empty; expected the text of a BWB XML file");
  }
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
  });
  const top = parser.parse(xml) as OrderedNode[];
  const roots = top
    .map((node) => [Object.keys(node).find((k) => k !== ":@"), node] as const)
    .filter(
      (entry): entry is readonly [string, OrderedNode] => entry[0] !== undefined && entry[0] !== "#text",
    );
  const root = roots[0];
  if (!root) throw new BwbImportError("malformed-xml", "the XML has no root element");
  return toElement(root[0], root[1]);
}

export const elements = (el: XmlElement): XmlElement[] =>
  el.children.filter((c): c is XmlElement => typeof c !== "string");

export const child = (el: XmlElement, name: string): XmlElement | undefined =>
  elements(el).find((c) => c.name === name);

export const childrenNamed = (el: XmlElement, name: string): XmlElement[] =>
  elements(el).filter((c) => c.name === name);
