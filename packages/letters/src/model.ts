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
}

/** A numbered part of the body of the letter ("1. Legal basis"), holding the request's values. */
export interface LetterSection {
  id: LetterSectionId;
  /** The heading with its number, e.g. "2. Facts and proceeding". */
  heading: string;
  /** A sentence that opens the section, where the catalog has one. */
  intro?: string;
  nodes: LetterNode[];
}

/** The annex listing the provisions of comparable instruments each field rests on (`basis: true`). */
export interface LetterAnnex {
  heading: string;
  /** What the cited provisions are (not the Convention's text). */
  note: string;
  /** One line per field: its label and the provisions. */
  entries: { label: string; provisions: string }[];
}

/**
 * A request laid out as a formal letter, ready for any of the writers (HTML, DOCX, Markdown): the
 * letterhead of the requesting authority, the addressee, place and date, references, the subject,
 * the salutation, the request in numbered sections, the closing and the signature block.
 */
export interface Letter {
  /** Language of the labels (a catalog in labels/), e.g. "fr". */
  language: string;
  requestType: RequestType;
  /** The kind of request, e.g. "Request for mutual legal assistance". */
  title: string;
  /** The requesting authority: its name first, then its address and contact lines. */
  letterhead: string[];
  /** To whom the letter goes: the competent authorities of the requested State. */
  addressee: string[];
  /** "Rotterdam, 14 September 2026": the authority's locality, where known, and the date of the request. */
  placeAndDate: { text: string; date: string };
  /** "Our reference: …" and the like. */
  references: { label: string; value: string }[];
  /** "Subject: Request for mutual legal assistance — war crimes". */
  subject: string;
  salutation: string;
  /** The opening paragraph: who asks what of whom. */
  opening: string;
  sections: LetterSection[];
  /** The closing paragraphs, the complimentary close last. */
  closing: string[];
  /** The signature block: the signatory (or a line to sign on) and the authority. */
  signature: string[];
  /** Present when legal-basis notes were asked for. */
  annex?: LetterAnnex;
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
  /**
   * Add an annex listing, for each field, the provisions of comparable instruments it rests on (as
   * @lhc/requests records them). They are not the Convention's text. Default: false.
   */
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

/** The coded property that names an item of a list, where it has one (a measure's type, a person's role). */
const ITEM_KINDS = ["type", "kind", "role", "capacity"] as const;

class LetterBuilder {
  private readonly languageNames: Intl.DisplayNames | undefined;
  private readonly scriptNames: Intl.DisplayNames | undefined;
  private readonly currencyNames: Intl.DisplayNames | undefined;
  /** The provisions each field rests on, for the annex: label and provisions, once each. */
  readonly basisEntries = new Map<string, { label: string; provisions: string }>();

  constructor(
    private readonly labels: Labels,
    private readonly withBasis: boolean,
  ) {
    this.languageNames = displayNames(labels.language, "language");
    this.scriptNames = displayNames(labels.language, "script");
    this.currencyNames = displayNames(labels.language, "currency");
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

  /** A date of the request written out in the letter's language ("14 September 2026"). */
  longDate(isoDate: string): string {
    try {
      return new Intl.DateTimeFormat(this.labels.language === "en" ? "en-GB" : this.labels.language, {
        dateStyle: "long",
        timeZone: "UTC",
      }).format(new Date(`${isoDate}T00:00:00Z`));
    } catch {
      return isoDate;
    }
  }

  /** A coded value by its label: a code never appears in the letter where the catalogs label it. */
  format(key: string, value: unknown, schema: Schema): string {
    if (typeof value === "boolean") return this.labels.text(value ? "yes" : "no");
    if (typeof value === "number") return String(value);
    if (typeof value !== "string") return JSON.stringify(value) ?? String(value);
    if (schema.enum !== undefined || schema.const !== undefined) {
      const label = this.labels.value(value);
      if (label !== undefined) return label;
    }
    if (schema.pattern === "^[A-Z]{2}$") return this.country(value);
    const names =
      key === "language" || key === "translationOf"
        ? this.languageNames
        : key === "script"
          ? this.scriptNames
          : key === "currency"
            ? this.currencyNames
            : undefined;
    if (names !== undefined) return safeName(names, value) ?? value;
    return value;
  }

  private noteBasis(schema: Schema, label: string): void {
    if (!this.withBasis || !Array.isArray(schema.basis) || schema.basis.length === 0) return;
    const provisions = (schema.basis as string[]).map(citeBasis).join("; ");
    const id = `${label}\u0000${provisions}`;
    if (!this.basisEntries.has(id)) this.basisEntries.set(id, { label, provisions });
  }

  /** The heading of one item of a list: "Measure 2 — search and seizure", "Offence 1". */
  private itemLabel(key: string, label: string, item: unknown, schema: Schema, index: number): string {
    const n = String(index + 1);
    const own = this.labels.text(`item.${key}`);
    const base = own === `item.${key}` ? `${label} — ${n}` : own.replace("{n}", n);
    if (!isObject(item)) return base;
    const properties = propertiesOf(chooseOption(schema, item));
    for (const kind of ITEM_KINDS) {
      const value = item[kind];
      if (typeof value !== "string") continue;
      const labelled = this.labels.value(value);
      const property = properties[kind];
      if (
        labelled !== undefined &&
        property &&
        (property.enum !== undefined || property.const !== undefined)
      ) {
        return `${base} — ${labelled}`;
      }
    }
    return base;
  }

  /** `trail`: the labels of the groups above, so that the annex names a field by where it sits. */
  node(
    key: string,
    label: string,
    value: unknown,
    rawSchema: Schema,
    path: string,
    trail: readonly string[] = [],
  ): LetterNode {
    const schema = chooseOption(rawSchema, value);
    this.noteBasis(schema, [...trail, label].join(" › "));
    if (Array.isArray(value)) {
      const itemSchema = isObject(schema.items) ? (schema.items as Schema) : {};
      if (value.every((item) => !isObject(item) && !Array.isArray(item))) {
        const items = chooseOption(itemSchema, undefined);
        return { path, label, values: value.map((item) => this.format(key, item, items)) };
      }
      return {
        path,
        label,
        children: value.map((item, index) =>
          this.node(
            key,
            this.itemLabel(key, label, item, itemSchema, index),
            item,
            itemSchema,
            pathOf(path, index),
            trail,
          ),
        ),
      };
    }
    if (isObject(value)) {
      const properties = propertiesOf(schema);
      // The schema's order, then anything it does not name (none in a valid request), in the value's order.
      const keys = [
        ...Object.keys(properties).filter((k) => Object.hasOwn(value, k)),
        ...Object.keys(value).filter((k) => !Object.hasOwn(properties, k)),
      ];
      return {
        path,
        label,
        children: keys
          .filter((k) => value[k] !== undefined)
          .map((k) =>
            this.node(k, this.labels.field(k), value[k], properties[k] ?? {}, pathOf(path, k), [
              ...trail,
              label,
            ]),
          ),
      };
    }
    return { path, label, values: [this.format(key, value, schema)] };
  }
}

function displayNames(
  language: string,
  type: "language" | "script" | "currency",
): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames([language, "en"], { type, fallback: "none" });
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

/** Fields the letter shows in its own parts (letterhead, addressee, date, signature) or not at all. */
const HEADER_SECTIONS: readonly LetterSectionId[] = ["request", "signature", "record"];

const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

interface AuthorityValue {
  name?: string;
  reference?: string;
  address?: { lines?: string[]; locality?: string; postalCode?: string; region?: string; country?: string };
  contact?: { name?: string; phone?: string; email?: string; fax?: string };
}

/**
 * Lays a request out as a formal letter: letterhead, addressee, place and date, references, subject,
 * salutation, the request's values in numbered sections under labels in the letter's language, the
 * closing and the signature block. Throws `RequestValidationError` (from @lhc/requests), with the
 * issues, when the input is not a valid request: a letter is made only from a request that validates.
 */
export function buildLetter(input: unknown, options: LetterOptions = {}): Letter {
  const request: Request = parseRequest(input);
  const labels = labelsFor(letterLanguageOf(request, options.language));
  const builder = new LetterBuilder(labels, options.basis === true);
  const schema = schemaOf(request.requestType);
  const properties = propertiesOf(schema);
  const values = request as unknown as Record<string, unknown>;
  const t = (key: string, vars: Record<string, string> = {}) => fill(labels.text(key), vars);

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
  const bodySections = letterSections.filter(
    (section) => !HEADER_SECTIONS.includes(section.id) && (placed.get(section.id) ?? []).length > 0,
  );
  const sections: LetterSection[] = bodySections.map((section, index) => {
    const intro = labels.text(`intro.${section.id}.${request.requestType}`);
    const general = labels.text(`intro.${section.id}`);
    const chosen = intro !== `intro.${section.id}.${request.requestType}` ? intro : general;
    const nodes = (placed.get(section.id) ?? []).map((key) =>
      builder.node(key, labels.field(key), values[key], properties[key] ?? {}, pathOf("$", key)),
    );
    // A section holding one group ("Requesting authority", "Offences") shows the group's contents
    // under the section's heading rather than repeat the heading.
    const only = nodes.length === 1 ? nodes[0] : undefined;
    return {
      id: section.id,
      heading: `${index + 1}. ${labels.text(`section.${section.id}`)}`,
      ...(chosen !== `intro.${section.id}` ? { intro: chosen } : {}),
      nodes: only?.children ?? nodes,
    };
  });

  const authority = (values.requestingAuthority ?? {}) as AuthorityValue;
  const address = authority.address ?? {};
  const locality = [address.postalCode, address.locality].filter(Boolean).join(" ");
  const letterhead = [
    authority.name ?? "",
    ...(address.lines ?? []),
    ...(locality ? [locality] : []),
    ...(address.region ? [address.region] : []),
    builder.country(address.country ?? request.requestingState),
    ...(authority.contact?.phone
      ? [`${labels.field("phone")}${labels.text("colon")}${authority.contact.phone}`]
      : []),
    ...(authority.contact?.email
      ? [`${labels.field("email")}${labels.text("colon")}${authority.contact.email}`]
      : []),
  ].filter((line) => line !== "");
  const requested = builder.country(request.requestedState);
  const requesting = builder.country(request.requestingState);
  const date = builder.longDate(request.dateOfRequest);
  const title = labels.text(`requestType.${request.requestType}`);
  const references: Letter["references"] = [];
  if (authority.reference) references.push({ label: t("ourReference"), value: authority.reference });
  const proceedingReference = (values.proceeding as { reference?: unknown } | undefined)?.reference;
  if (typeof proceedingReference === "string") {
    references.push({ label: t("proceedingReference"), value: proceedingReference });
  }
  const offences = Array.isArray(values.offences)
    ? (values.offences as { classification?: { category?: unknown } }[])
    : [];
  const categories = [
    ...new Set(
      offences
        .map((offence) => offence.classification?.category)
        .filter((c): c is string => typeof c === "string")
        .map((c) => labels.value(c))
        .filter((c): c is string => c !== undefined),
    ),
  ];
  const signatory = typeof values.signatory === "string" ? values.signatory : undefined;

  return cleanLetter(
    {
      language: labels.language,
      requestType: request.requestType,
      title,
      letterhead,
      addressee: [t("addressee"), requested],
      placeAndDate: {
        text: address.locality ? `${address.locality}, ${date}` : date,
        date: request.dateOfRequest,
      },
      references,
      subject: `${t("subject")}${labels.text("colon")}${title}${categories.length > 0 ? ` — ${categories.join(", ")}` : ""}`,
      salutation: t("salutation"),
      opening: t(`opening.${request.requestType}`, {
        authority: authority.name ?? t("theRequestingAuthority"),
        requesting,
        requested,
      }),
      sections,
      closing: [t("closing"), t("complimentaryClose")],
      signature: [signatory ?? t("signatureLine"), authority.name ?? "", requesting].filter((l) => l !== ""),
      ...(options.basis === true
        ? {
            annex: {
              heading: t("annex.basis"),
              note: t("basisNote"),
              entries: [...builder.basisEntries.values()],
            },
          }
        : {}),
      colon: labels.text("colon"),
    },
    request,
  );
}
