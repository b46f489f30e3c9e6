import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { exampleManifest, exampleSpecifier } from "@lhc/requests/examples";
import { requestFields } from "@lhc/requests/fields";
import { requestTypes } from "@lhc/requests/request-types";
import { XMLParser } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";
import { parse } from "node-html-parser";
import { labelsFor } from "../src/catalog.js";
import type { LetterRequest, validateLetterRequest } from "../src/model.js";
import { stateNaming } from "../src/names.js";

const require = createRequire(import.meta.url);

export interface LoadedExample {
  file: string;
  request: unknown;
}

const readJson = (specifier: string): unknown => JSON.parse(readFileSync(require.resolve(specifier), "utf8"));

/**
 * Every valid example request that @lhc/requests ships, of both versions of the data model, read from
 * its own file; a version-1 example's file is named "v1/…".
 */
export function validExamples(): LoadedExample[] {
  const v1 = readJson("@lhc/requests/examples/v1/index.json") as typeof exampleManifest;
  return [
    ...exampleManifest.examples
      .filter((example) => example.valid)
      .map((example) => ({ file: example.file, request: readJson(exampleSpecifier(example)) })),
    ...v1.examples
      .filter((example) => example.valid)
      .map((example) => ({
        file: `v1/${example.file}`,
        request: readJson(exampleSpecifier({ file: `v1/${example.file}` })),
      })),
  ];
}

/** Every field name and every coded value of the request schemas of both versions, from the one walker. */
export function schemaVocabulary(): { fields: Set<string>; codes: Set<string> } {
  const fields = new Set<string>();
  const codes = new Set<string>();
  for (const version of ["0.1", "1.0"] as const) {
    for (const type of requestTypes) {
      for (const field of requestFields(type, version)) {
        fields.add(field.name);
        // schemaVersion's constant and annex letters are shown as they are; every other code has a label.
        if (field.name === "schemaVersion" || field.name === "annex") continue;
        for (const value of [...(field.values ?? []), ...(field.items?.values ?? [])]) {
          if (typeof value === "string") codes.add(value);
        }
      }
    }
  }
  return { fields, codes };
}

export interface Leaf {
  path: string;
  value: string | number | boolean;
}

/** Every leaf value of a JSON document with its path. */
export function leaves(value: unknown, path = "$"): Leaf[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, `${path}[${i}]`));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, `${path}.${key}`));
  }
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? [{ path, value }]
    : [];
}

/** The text a reader sees in an HTML document, as the parser decodes it (entities resolved). */
export function htmlText(html: string): string {
  return parse(html).querySelector("body")?.textContent ?? "";
}

/**
 * The text of a DOCX file: its word/document.xml unzipped and parsed, each paragraph's runs joined
 * (a line break as "\n"), paragraphs separated by "\n".
 */
export function docxText(bytes: Uint8Array): string {
  return docxParagraphs(bytes).join("\n");
}

export function docxDocumentXml(bytes: Uint8Array): string {
  const files = unzipSync(bytes);
  const xml = files["word/document.xml"];
  if (!xml) throw new Error("the DOCX has no word/document.xml");
  return strFromU8(xml);
}

export function docxParagraphs(bytes: Uint8Array): string[] {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: true,
    trimValues: false,
    parseTagValue: false,
  });
  const tree = parser.parse(docxDocumentXml(bytes)) as unknown[];
  const paragraphs: string[] = [];
  const textOf = (nodes: unknown): string => {
    if (!Array.isArray(nodes)) return "";
    let out = "";
    for (const node of nodes as Record<string, unknown>[]) {
      for (const [tag, children] of Object.entries(node)) {
        if (tag === "#text") out += String(children);
        else if (tag === "w:br") out += "\n";
        else if (tag === "w:t") out += textOf(children);
        else if (tag !== ":@") out += textOf(children);
      }
    }
    return out;
  };
  const walk = (nodes: unknown) => {
    if (!Array.isArray(nodes)) return;
    for (const node of nodes as Record<string, unknown>[]) {
      for (const [tag, children] of Object.entries(node)) {
        if (tag === "w:p") paragraphs.push(textOf(children));
        else if (tag !== "#text" && tag !== ":@") walk(children);
      }
    }
  };
  walk(tree);
  return paragraphs;
}

/** The leaves the letter never shows: the data model's own fields. */
const RECORD_FIELDS = new Set(["requestType", "schemaVersion"]);
const DISPLAY_TYPES: Record<string, "language" | "script" | "currency"> = {
  language: "language",
  translationOf: "language",
  script: "script",
  currency: "currency",
};

/**
 * The text a leaf must show up as: a code by its label (a State by its name, a language or script by
 * its name), a boolean as the catalog's yes/no, the date of the request written out, anything else as
 * it is.
 */
export function expectedTexts(leaf: Leaf, language: string): string[] {
  const { value, path } = leaf;
  const key = /\.([A-Za-z]+)(?:\[\d+\])?$/.exec(path)?.[1] ?? "";
  if (RECORD_FIELDS.has(key) && !path.slice(2).includes(".")) return [];
  const labels = labelsFor(language);
  if (typeof value === "boolean") return [labels.text(value ? "yes" : "no")];
  if (typeof value === "string") {
    // The date of the request and the date of signature are written out.
    if (path === "$.dateOfRequest" || path === "$.signature.date") {
      const locale = language === "en" ? "en-GB" : language;
      return [
        new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(
          new Date(`${value}T00:00:00Z`),
        ),
      ];
    }
    if (/^[A-Z]{2}$/.test(value)) return [stateNaming(value, language).name];
    // Another request's type (a related request) is named as the letter names request types.
    if (key === "requestType") {
      const name = labels.text(`requestType.${value}`);
      if (name !== `requestType.${value}`) return [name];
    }
    const type = DISPLAY_TYPES[key];
    if (type) return [new Intl.DisplayNames([language, "en"], { type, fallback: "code" }).of(value) ?? value];
    const label = labels.value(value);
    if (label !== undefined) return [label];
  }
  // A value that spans lines is written line by line (DOCX line breaks, HTML pre-wrap).
  return String(value)
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== "");
}

/** A path into a request, as keys and indices. */
export type Path = (string | number)[];
/** The path of every string in a request, in document order. */
export function stringPaths(node: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => stringPaths(item, [...prefix, i]));
  if (node !== null && typeof node === "object") {
    return Object.entries(node).flatMap(([key, value]) => stringPaths(value, [...prefix, key]));
  }
  return typeof node === "string" ? [prefix] : [];
}

/** The data of a validation that succeeded (the property tests keep only those). */
export function validData(result: ReturnType<typeof validateLetterRequest>): LetterRequest {
  if (!result.success) throw new Error("the request was expected to be valid");
  return result.data;
}
