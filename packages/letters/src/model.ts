import { citeBasis, getJsonSchema, parseRequest, type Request, type RequestType } from "@lhc/requests";
import { isLetterLanguage, type Labels, labelsFor } from "./catalog.js";
import { stateNaming } from "./names.js";
import { type LetterSectionId, letterSections, sectionOf } from "./sections.js";
import { cleanLetter, type OmittedCharacters } from "./xml-chars.js";

/** One labelled value of the letter: a leaf (with its text) or a group (with its children). */
export interface LetterNode {
  /** JSONPath of the value in the request, e.g. "$.measures[0].addressee.name". */
  path: string;
  label: string;
  /** For a leaf: its text, one entry per value (a list of codes or lines of an address has several). */
  values?: string[];
  /** For an object or a list of objects: the labelled values inside it, in the schema's order. */
  children?: LetterNode[];
  /** "Basis: …" when legal-basis notes were asked for and the field declares its basis. */
  basis?: string;
}

export interface LetterSection {
  id: LetterSectionId;
  heading: string;
  nodes: LetterNode[];
}

/** A request laid out as a letter, ready for any of the writers (HTML, DOCX, Markdown). */
export interface Letter {
  /** Language of the labels (a catalog in labels/), e.g. "fr". */
  language: string;
  requestType: RequestType;
  title: string;
  /** "From: Belgium (BE)" and "To: France (FR)", with the date of the request. */
  header: { from: string; to: string; date: string };
  sections: LetterSection[];
  /** Shown once when legal-basis notes are included: what the cited provisions are. */
  basisNote?: string;
  /** One line saying the letter was generated from request data. */
  generatedNote: string;
  /** What separates a label from its value in running text: ": " in English, " : " in French. */
  colon: string;
  /**
   * Values of the request that held characters XML 1.0 forbids (NUL and other control characters, lone
   * surrogates, U+FFFE, U+FFFF), which the letter leaves out; absent when there were none.
   */
  omitted?: OmittedCharacters[];
}

export interface LetterOptions {
  /**
   * Language of the headings and labels. Default: the request's `language` when a catalog exists for
   * it (its primary subtag, so "fr-BE" gives French), otherwise English.
   */
  language?: string;
  /** Add the provisions each field rests on ("Basis: …") under the field. Default: false. */
  basis?: boolean;
}

type Schema = Record<string, unknown>;

const schemaCache = new Map<RequestType, Schema>();
function schemaOf(requestType: RequestType): Schema {
  let schema = schemaCache.get(requestType);
  if (!schema) {
    schema = getJsonSchema(requestType);
    schemaCache.set(requestType, schema);
  }
  return schema;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

const propertiesOf = (schema: Schema): Record<string, Schema> =>
  isObject(schema.properties) ? (schema.properties as Record<string, Schema>) : {};

/** The option of a oneOf/anyOf whose constant properties (the discriminator) the value matches. */
function chooseOption(schema: Schema, value: unknown): Schema {
  const options = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
  if (!Array.isArray(options)) return schema;
  const matches = (option: Schema) =>
    Object.entries(propertiesOf(option)).every(([key, property]) => {
      if (property.const !== undefined) return isObject(value) && value[key] === property.const;
      if (Array.isArray(property.enum) && property.enum.length <= 3 && isObject(value) && key in value) {
        return property.enum.includes(value[key]);
      }
      return true;
    });
  const chosen = options.find(matches) ?? options[0] ?? {};
  // Keep the union's own annotations (title, basis) where the option has none.
  return { ...schema, oneOf: undefined, anyOf: undefined, ...chosen, basis: chosen.basis ?? schema.basis };
}

function pathOf(parent: string, key: string | number): string {
  if (typeof key === "number") return `${parent}[${key}]`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

class LetterBuilder {
  private readonly languageNames: Intl.DisplayNames | undefined;

  constructor(
    private readonly labels: Labels,
    private readonly withBasis: boolean,
  ) {
    this.languageNames = displayNames(labels.language, "language");
  }

  /**
   * A State by its name (see stateNaming): the register's name, or the kept name in the letter's
   * language; where none is recorded the letter says so rather than use the runtime's names.
   */
  country(code: string): string {
    const naming = stateNaming(code, this.labels.language);
    if (naming.from === "fallback-english") {
      return this.labels.text("stateNameInEnglish").replace("{name}", naming.name);
    }
    if (naming.from === "unknown") return this.labels.text("stateNameUnknown").replace("{code}", code);
    return naming.name;
  }

  private format(key: string, value: unknown, schema: Schema): string {
    if (typeof value === "boolean") return this.labels.text(value ? "yes" : "no");
    if (typeof value === "number") return String(value);
    if (typeof value !== "string") return JSON.stringify(value) ?? String(value);
    if (schema.enum !== undefined || schema.const !== undefined) {
      const label = this.labels.value(value);
      if (label !== undefined) return `${label} (${value})`;
    }
    if (schema.pattern === "^[A-Z]{2}$") return this.country(value);
    if (key === "language") {
      const name = safeName(this.languageNames, value);
      return name && name !== value ? `${name} (${value})` : value;
    }
    return value;
  }

  private basisOf(schema: Schema): string | undefined {
    if (!this.withBasis || !Array.isArray(schema.basis) || schema.basis.length === 0) return undefined;
    return `${this.labels.text("basis")}${this.labels.text("colon")}${(schema.basis as string[]).map(citeBasis).join("; ")}`;
  }

  node(key: string, label: string, value: unknown, rawSchema: Schema, path: string): LetterNode {
    const schema = chooseOption(rawSchema, value);
    const basis = this.basisOf(schema);
    const withBasis = (node: LetterNode): LetterNode => (basis ? { ...node, basis } : node);
    if (Array.isArray(value)) {
      const items = isObject(schema.items) ? chooseOption(schema.items as Schema, undefined) : {};
      if (value.every((item) => !isObject(item) && !Array.isArray(item))) {
        return withBasis({ path, label, values: value.map((item) => this.format(key, item, items)) });
      }
      return withBasis({
        path,
        label,
        children: value.map((item, index) =>
          this.node(
            key,
            this.labels
              .text("itemOf")
              .replace("{label}", label)
              .replace("{n}", String(index + 1)),
            item,
            isObject(schema.items) ? (schema.items as Schema) : {},
            pathOf(path, index),
          ),
        ),
      });
    }
    if (isObject(value)) {
      const properties = propertiesOf(schema);
      // The schema's order, then anything it does not name (none in a valid request), in the value's order.
      const keys = [
        ...Object.keys(properties).filter((k) => Object.hasOwn(value, k)),
        ...Object.keys(value).filter((k) => !Object.hasOwn(properties, k)),
      ];
      return withBasis({
        path,
        label,
        children: keys
          .filter((k) => value[k] !== undefined)
          .map((k) => this.node(k, this.labels.field(k), value[k], properties[k] ?? {}, pathOf(path, k))),
      });
    }
    return withBasis({ path, label, values: [this.format(key, value, schema)] });
  }
}

function displayNames(language: string, type: "region" | "language"): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames([language, "en"], { type, fallback: "code" });
  } catch {
    return undefined;
  }
}

function safeName(names: Intl.DisplayNames | undefined, code: string): string | undefined {
  try {
    return names?.of(code);
  } catch {
    return undefined;
  }
}

/** The letter language for a request: the option, else the request's language if it has a catalog, else English. */
export function letterLanguageOf(request: { language?: unknown }, wanted?: string): string {
  if (wanted !== undefined) return isLetterLanguage(wanted) ? wanted : "en";
  const tag = typeof request.language === "string" ? request.language : "";
  const primary = tag.split("-")[0] ?? "";
  return isLetterLanguage(primary) ? primary : "en";
}

/**
 * Lays a request out as a letter: every value it holds, by section in a fixed order, under labels in
 * the letter's language. Throws `RequestValidationError` (from @lhc/requests), with the issues, when the
 * input is not a valid request: a letter is made only from a request that validates.
 */
export function buildLetter(input: unknown, options: LetterOptions = {}): Letter {
  const request: Request = parseRequest(input);
  const labels = labelsFor(letterLanguageOf(request, options.language));
  const builder = new LetterBuilder(labels, options.basis === true);
  const schema = schemaOf(request.requestType);
  const properties = propertiesOf(schema);
  const values = request as unknown as Record<string, unknown>;
  const placed = new Map<LetterSectionId, string[]>();
  const ordered = [
    ...letterSections.flatMap((s) => s.fields as readonly string[]),
    ...Object.keys(values).filter(
      (k) => !letterSections.some((s) => (s.fields as readonly string[]).includes(k)),
    ),
  ];
  for (const key of ordered) {
    if (!Object.hasOwn(values, key) || values[key] === undefined) continue;
    const id = sectionOf(key);
    placed.set(id, [...(placed.get(id) ?? []), key]);
  }
  const sections: LetterSection[] = letterSections
    .filter((section) => (placed.get(section.id) ?? []).length > 0)
    .map((section) => ({
      id: section.id,
      heading: labels.text(`section.${section.id}`),
      nodes: (placed.get(section.id) ?? []).map((key) =>
        builder.node(key, labels.field(key), values[key], properties[key] ?? {}, pathOf("$", key)),
      ),
    }));
  return cleanLetter({
    language: labels.language,
    requestType: request.requestType,
    title: labels.text(`requestType.${request.requestType}`),
    header: {
      from: `${labels.text("from")}${labels.text("colon")}${builder.country(request.requestingState)}`,
      to: `${labels.text("to")}${labels.text("colon")}${builder.country(request.requestedState)}`,
      date: request.dateOfRequest,
    },
    sections,
    ...(options.basis === true ? { basisNote: labels.text("basisNote") } : {}),
    generatedNote: labels.text("generated"),
    colon: labels.text("colon"),
  });
}
