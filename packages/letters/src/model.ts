import {
  citeBasis,
  parseRequest as parseRequestV0,
  type Request,
  type RequestIssue,
  type RequestType,
} from "@lhc/requests";
import { requestVersionOf, validateAnyVersion } from "@lhc/requests/any-version";
import { type RequestField, requestFields } from "@lhc/requests/fields";
import {
  parseRequest as parseRequestV1,
  type RequestV1,
  referencesIn,
  schemaVersion as schemaVersionV1,
} from "@lhc/requests/v1";
import { type Labels, labelsFor, letterLanguageOf } from "./catalog.js";
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
  /**
   * The request has already been validated (it is the data `validateLetterRequest`, or a
   * `validateRequest`/`parseRequest` of @lhc/requests or @lhc/requests/v1, returned): it is not
   * validated again. Default: false, and the request is validated.
   */
  validated?: boolean;
}

/** A request `buildLetter` takes as already valid: what the validators of @lhc/requests return. */
export type LetterRequest = Request | RequestV1;

/** The version of the data model a request is written in; decided by @lhc/requests/any-version. */
export { requestVersionOf };

/**
 * Validates a request of either version of the data model, chosen by its `schemaVersion`, with the
 * validator of @lhc/requests for that version (`validateAnyVersion`); never throws. Pass the data of a
 * success to `buildLetter(data, { validated: true })` so that the request is validated once.
 */
export function validateLetterRequest(
  input: unknown,
): { success: true; data: LetterRequest } | { success: false; issues: RequestIssue[] } {
  return validateAnyVersion(input);
}

type Field = RequestField;
type Segment = string | number;

/** The fields of a request type, from the one walker of @lhc/requests/fields, indexed for the letter. */
interface FieldIndex {
  /** Fields by their path pattern ("measures[].persons[].personId"); a union's options give several. */
  byPath: Map<string, Field[]>;
  /** The fields under a path pattern, in the schema's order (each option of a union in turn). */
  children: Map<string, Field[]>;
  /** The discriminator of the union an object at a path pattern is one option of. */
  discriminators: Map<string, Field>;
}

const indexCache = new Map<string, FieldIndex>();
function fieldIndex(requestType: RequestType, version: "0.1" | "1.0"): FieldIndex {
  const cacheKey = `${version} ${requestType}`;
  const cached = indexCache.get(cacheKey);
  if (cached) return cached;
  const index: FieldIndex = { byPath: new Map(), children: new Map(), discriminators: new Map() };
  for (const field of requestFields(requestType, version)) {
    index.byPath.set(field.path, [...(index.byPath.get(field.path) ?? []), field]);
    const parent = field.path === field.name ? "" : field.path.slice(0, -(field.name.length + 1));
    index.children.set(parent, [...(index.children.get(parent) ?? []), field]);
    if (field.discriminator) index.discriminators.set(parent, field);
  }
  indexCache.set(cacheKey, index);
  return index;
}

/** The path pattern of a concrete path: list indices become "[]". */
function patternOf(segments: readonly Segment[]): string {
  let out = "";
  for (const segment of segments) {
    if (typeof segment === "number") out += "[]";
    else out = out === "" ? segment : `${out}.${segment}`;
  }
  return out;
}

/** A path pattern as segments, "[]" standing for any index: "measures[].type" → measures, [], type. */
const patternSegments = (pattern: string): string[] =>
  pattern.split(".").flatMap((part) => {
    const name = part.replace(/(\[\])+$/, "");
    const lists = (part.length - name.length) / 2;
    return [...(name ? [name] : []), ...Array.from({ length: lists }, () => "[]")];
  });

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

function pathOf(parent: string, key: string | number): string {
  if (typeof key === "number") return `${parent}[${key}]`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

const jsonPathOf = (segments: readonly Segment[]): string => segments.reduce<string>(pathOf, "$");

/** The coded property that names an item of a list, where it has one (a measure's type, a person's role). */
const ITEM_KINDS = ["type", "kind", "role", "capacity", "code", "relation"] as const;

class LetterBuilder {
  private readonly languageNames: Intl.DisplayNames | undefined;
  private readonly scriptNames: Intl.DisplayNames | undefined;
  private readonly currencyNames: Intl.DisplayNames | undefined;
  /** The provisions each field rests on, for the annex: label and provisions, once each. */
  readonly basisEntries = new Map<string, { label: string; provisions: string }>();
  /** Where the request refers to an entry of persons[] or offences[] (version 1), by JSONPath. */
  private readonly references = new Map<string, "person" | "offence">();
  private readonly personNames = new Map<string, string>();
  private readonly offenceNumbers = new Map<string, number>();

  constructor(
    private readonly labels: Labels,
    private readonly withBasis: boolean,
    private readonly fields: FieldIndex,
    private readonly root: Record<string, unknown>,
  ) {
    this.languageNames = displayNames(labels.language, "language");
    this.scriptNames = displayNames(labels.language, "script");
    this.currencyNames = displayNames(labels.language, "currency");
    if (requestVersionOf(root) === schemaVersionV1) {
      for (const reference of referencesIn(root))
        this.references.set(jsonPathOf(reference.path), reference.kind);
      const persons = Array.isArray(root.persons) ? root.persons : [];
      for (const person of persons) {
        if (!isObject(person) || typeof person.id !== "string") continue;
        const name = isObject(person.name) ? person.name.fullName : person.name;
        if (typeof name === "string") this.personNames.set(person.id, name);
      }
      const offences = Array.isArray(root.offences) ? root.offences : [];
      offences.forEach((offence, i) => {
        if (isObject(offence) && typeof offence.id === "string") this.offenceNumbers.set(offence.id, i + 1);
      });
    }
  }

  /** Whether the request meets a field's conditions (its union options) at a concrete path. */
  private applies(field: Field, segments: readonly Segment[]): boolean {
    return field.when.every((condition) => {
      let value: unknown = this.root;
      for (const [i, part] of patternSegments(condition.path).entries()) {
        const key = part === "[]" ? segments[i] : part;
        value =
          key !== undefined && value !== null && typeof value === "object"
            ? (value as Record<string | number, unknown>)[key]
            : undefined;
      }
      return value === condition.value;
    });
  }

  /** The field at a concrete path: of the fields at its pattern, the one whose conditions the request meets. */
  fieldAt(segments: readonly Segment[]): Field | undefined {
    const candidates = this.fields.byPath.get(patternOf(segments)) ?? [];
    return candidates.find((field) => this.applies(field, segments)) ?? candidates[0];
  }

  /** The names of the fields of the object at a concrete path, in the order of the option it is. */
  private childNames(segments: readonly Segment[]): string[] {
    const names: string[] = [];
    for (const field of this.fields.children.get(patternOf(segments)) ?? []) {
      if (!names.includes(field.name) && this.applies(field, [...segments, field.name]))
        names.push(field.name);
    }
    return names;
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

  /**
   * A coded value by its label: a code never appears in the letter where the catalogs label it. A
   * reference to a person or an offence (version 1) names it, with its id.
   */
  format(
    key: string,
    value: unknown,
    coded: { values?: readonly unknown[]; pattern?: string } = {},
    path = "",
  ): string {
    if (typeof value === "boolean") return this.labels.text(value ? "yes" : "no");
    if (typeof value === "number") return String(value);
    if (typeof value !== "string") return JSON.stringify(value) ?? String(value);
    const reference = this.references.get(path);
    if (reference === "person") {
      const name = this.personNames.get(value);
      return name === undefined ? value : `${name} (${value})`;
    }
    if (reference === "offence") {
      const n = this.offenceNumbers.get(value);
      return n === undefined
        ? value
        : `${this.labels.text("item.offences").replace("{n}", String(n))} (${value})`;
    }
    // Another request's type (a related request of version 1) by the request type's name.
    if (key === "requestType") {
      const name = this.labels.text(`requestType.${value}`);
      if (name !== `requestType.${value}`) return name;
    }
    if (coded.values !== undefined) {
      const label = this.labels.value(value);
      if (label !== undefined) return label;
    }
    if (coded.pattern === "^[A-Z]{2}$") return this.country(value);
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

  private noteBasis(basis: readonly string[] | undefined, label: string): void {
    if (!this.withBasis || !basis || basis.length === 0) return;
    const provisions = basis.map((id) => citeBasis(id as Parameters<typeof citeBasis>[0])).join("; ");
    const id = `${label}\u0000${provisions}`;
    if (!this.basisEntries.has(id)) this.basisEntries.set(id, { label, provisions });
  }

  /** The heading of one item of a list: "Measure 2 — search and seizure", "Offence 1". */
  private itemLabel(key: string, label: string, item: unknown, segments: readonly Segment[]): string {
    const n = String((segments[segments.length - 1] as number) + 1);
    const own = this.labels.text(`item.${key}`);
    const base = own === `item.${key}` ? `${label} — ${n}` : own.replace("{n}", n);
    if (!isObject(item)) return base;
    for (const kind of ITEM_KINDS) {
      const value = item[kind];
      if (typeof value !== "string") continue;
      const labelled = this.labels.value(value);
      if (labelled !== undefined && this.fieldAt([...segments, kind])?.values !== undefined) {
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
    segments: readonly Segment[],
    trail: readonly string[] = [],
  ): LetterNode {
    const path = jsonPathOf(segments);
    const field = this.fieldAt(segments);
    this.noteBasis(field?.basis, [...trail, label].join(" › "));
    if (Array.isArray(value)) {
      if (value.every((item) => !isObject(item) && !Array.isArray(item))) {
        return {
          path,
          label,
          values: value.map((item, i) => this.format(key, item, field?.items, pathOf(path, i))),
        };
      }
      return {
        path,
        label,
        children: value.map((item, index) =>
          this.node(
            key,
            this.itemLabel(key, label, item, [...segments, index]),
            item,
            [...segments, index],
            trail,
          ),
        ),
      };
    }
    if (isObject(value)) {
      // The option of a union the object is: the provisions that option rests on.
      const union = this.fields.discriminators.get(patternOf(segments));
      if (union) {
        const chosen = union.discriminator?.find((option) => option.value === value[union.name]);
        this.noteBasis(chosen?.basis, [...trail, label].join(" › "));
      }
      const names = this.childNames(segments);
      // The schema's order, then anything it does not name (none in a valid request), in the value's order.
      const keys = [
        ...names.filter((k) => Object.hasOwn(value, k)),
        ...Object.keys(value).filter((k) => !names.includes(k)),
      ];
      return {
        path,
        label,
        children: keys
          .filter((k) => value[k] !== undefined)
          .map((k) => this.node(k, this.labels.field(k), value[k], [...segments, k], [...trail, label])),
      };
    }
    return { path, label, values: [this.format(key, value, field, path)] };
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

interface SignatureValue {
  officialName: string;
  function: string;
  date: string;
  place: string;
  sealOrStamp?: string;
  certification?: string;
}

/** The lines of a postal address: street lines, postal code and locality, region. */
function addressLines(address: AuthorityValue["address"] = {}): string[] {
  const locality = [address.postalCode, address.locality].filter(Boolean).join(" ");
  return [
    ...(address.lines ?? []),
    ...(locality ? [locality] : []),
    ...(address.region ? [address.region] : []),
  ];
}

/**
 * Lays a request out as a formal letter: letterhead, addressee, place and date, references, subject,
 * salutation, the request's values in numbered sections under labels in the letter's language, the
 * closing and the signature block. Either version of the data model is read, by the request's
 * `schemaVersion` ("1.0" for `@lhc/requests/v1`, otherwise version 0).
 *
 * The request is validated first, with the validator of its version, and `RequestValidationError`
 * (from @lhc/requests) is thrown, with the issues, when it is not valid: a letter is made only from a
 * request that validates. A caller that has just validated it (with `validateLetterRequest`, or the
 * `validateRequest`/`parseRequest` of @lhc/requests or @lhc/requests/v1) passes
 * `{ validated: true }` with the validated data, and it is not validated again.
 */
export function buildLetter(request: LetterRequest, options: LetterOptions & { validated: true }): Letter;
export function buildLetter(input: unknown, options?: LetterOptions & { validated?: false }): Letter;
export function buildLetter(input: unknown, options: LetterOptions = {}): Letter {
  const version = requestVersionOf(input);
  const request: LetterRequest =
    options.validated === true
      ? (input as LetterRequest)
      : version === "1.0"
        ? parseRequestV1(input)
        : parseRequestV0(input);
  const values = request as unknown as Record<string, unknown>;
  const requestType = request.requestType;
  const { requestingState, requestedState, dateOfRequest } = request as unknown as {
    requestingState: string;
    requestedState: string;
    dateOfRequest: string;
  };
  const labels = labelsFor(letterLanguageOf(values, options.language));
  const builder = new LetterBuilder(labels, options.basis === true, fieldIndex(requestType, version), values);
  const t = (key: string, vars: Record<string, string> = {}) => fill(labels.text(key), vars);
  const colon = labels.text("colon");

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
    const intro = labels.text(`intro.${section.id}.${requestType}`);
    const general = labels.text(`intro.${section.id}`);
    const chosen = intro !== `intro.${section.id}.${requestType}` ? intro : general;
    const nodes = (placed.get(section.id) ?? []).map((key) =>
      builder.node(key, labels.field(key), values[key], [key]),
    );
    // A section holding one group ("Requesting authority", "Offences") shows the group's contents
    // under the section's heading rather than repeat the heading; a section of several groups has
    // its own heading where the catalog gives one ("Authorities").
    const only = nodes.length === 1 ? nodes[0] : undefined;
    const several = labels.text(`section.${section.id}.several`);
    const heading =
      nodes.length > 1 && several !== `section.${section.id}.several`
        ? several
        : labels.text(`section.${section.id}`);
    return {
      id: section.id,
      heading: `${index + 1}. ${heading}`,
      ...(chosen !== `intro.${section.id}` ? { intro: chosen } : {}),
      nodes: only?.children ?? nodes,
    };
  });

  const authority = (values.requestingAuthority ?? {}) as AuthorityValue;
  const address = authority.address ?? {};
  const letterhead = [
    authority.name ?? "",
    ...addressLines(address),
    builder.country(address.country ?? requestingState),
    ...(authority.contact?.phone ? [`${labels.field("phone")}${colon}${authority.contact.phone}`] : []),
    ...(authority.contact?.email ? [`${labels.field("email")}${colon}${authority.contact.email}`] : []),
  ].filter((line) => line !== "");
  const requested = builder.country(requestedState);
  const requesting = builder.country(requestingState);
  const date = builder.longDate(dateOfRequest);
  const title = labels.text(`requestType.${requestType}`);
  // Version 1 may name the authority the letter goes to; otherwise it goes to the competent authorities.
  const requestedAuthority = isObject(values.requestedAuthority)
    ? (values.requestedAuthority as AuthorityValue)
    : undefined;
  const addressee = requestedAuthority?.name
    ? [requestedAuthority.name, ...addressLines(requestedAuthority.address), requested]
    : [t("addressee"), requested];
  const references: Letter["references"] = [];
  if (authority.reference) references.push({ label: t("ourReference"), value: authority.reference });
  if (requestedAuthority?.reference) {
    references.push({ label: t("yourReference"), value: requestedAuthority.reference });
  }
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
  // Version 1's signature block: who signs, where and when, the seal, and the certification text.
  const signed = isObject(values.signature) ? (values.signature as unknown as SignatureValue) : undefined;
  const signature = signed
    ? [
        `${signed.place}, ${builder.longDate(signed.date)}`,
        signed.officialName,
        signed.function,
        authority.name ?? "",
        requesting,
        ...(signed.sealOrStamp ? [`${labels.field("sealOrStamp")}${colon}${signed.sealOrStamp}`] : []),
      ]
    : [signatory ?? t("signatureLine"), authority.name ?? "", requesting];

  return cleanLetter(
    {
      language: labels.language,
      requestType,
      title,
      letterhead,
      addressee,
      placeAndDate: {
        text: address.locality ? `${address.locality}, ${date}` : date,
        date: dateOfRequest,
      },
      references,
      subject: `${t("subject")}${colon}${title}${categories.length > 0 ? ` — ${categories.join(", ")}` : ""}`,
      salutation: t("salutation"),
      opening: t(`opening.${requestType}`, {
        authority: authority.name ?? t("theRequestingAuthority"),
        requesting,
        requested,
      }),
      sections,
      closing: [
        t("closing"),
        ...(signed?.certification ? [signed.certification] : []),
        t("complimentaryClose"),
      ],
      signature: signature.filter((l) => l !== ""),
      ...(options.basis === true
        ? {
            annex: {
              heading: t("annex.basis"),
              note: t("basisNote"),
              entries: [...builder.basisEntries.values()],
            },
          }
        : {}),
      colon,
    },
    request,
  );
}
