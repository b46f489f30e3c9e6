/**
 * Reads one item XML of the Dutch treaty register (Verdragenbank, root `<Verdragenbank>`) into plain
 * values: the treaty's identifier and modified date, its parties with their dates and reservations, and
 * its Kingdom parts. Shapes as recorded in test/fixtures/verdragenbank/SOURCES.md. Hostile input (a
 * DOCTYPE or entity declaration, malformed or truncated XML, an oversize file, another treaty's record)
 * is refused with a RegisterError that says what is wrong.
 */
import { XMLValidator } from "fast-xml-parser";
import { isIsoDate } from "../iso-date.js";
import { hasDeclarations, registerXmlParser } from "./xml.js";

/** Larger than any register item seen (000004, with 44 parties and long reservations, is 67 KB). */
export const MAX_ITEM_BYTES = 5 * 1024 * 1024;

/** A refusal of the register input; `code` says which kind. */
export class RegisterError extends Error {
  constructor(
    readonly code: "too-large" | "doctype" | "malformed-xml" | "not-an-item" | "wrong-treaty",
    message: string,
  ) {
    super(message);
    this.name = "RegisterError";
  }
}

/** The register's placeholder for a date it does not know; read as null, with a note. */
export const PLACEHOLDER_DATE = "0001-01-01";

export interface RegisterReservation {
  /** null when the register gives none or prints the placeholder (see `placeholderDate`). */
  date: string | null;
  placeholderDate: boolean;
  text: string | null;
}

export interface RegisterParty {
  name: string;
  signature: string | null;
  consent: string | null;
  consentType: string | null;
  provisionalApplication: string | null;
  entryIntoForce: string | null;
  retroactiveEffect: string | null;
  denunciation: string | null;
  end: string | null;
  hasReservations: boolean;
  reservations: RegisterReservation[];
  /** The fields that held the placeholder date 0001-01-01, read as null. */
  placeholders: string[];
}

export interface RegisterKingdomPart {
  name: string;
  provisionalApplication: string | null;
  entryIntoForce: string | null;
  end: string | null;
}

export interface RegisterItem {
  id: string;
  title: string | null;
  modified: string | null;
  language: string | null;
  parties: RegisterParty[];
  kingdomParts: RegisterKingdomPart[];
}

type Node = Record<string, unknown>;

const parser = registerXmlParser(["Partij", "Voorbehoud", "Koninkrijksdeel"]);

const PREDEFINED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9._-]*);/g, (whole, ref: string) => {
    if (ref.startsWith("#x")) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
    const predefined = PREDEFINED[ref];
    if (predefined === undefined)
      throw new RegisterError("malformed-xml", `the XML uses the entity ${whole}, which is not defined`);
    return predefined;
  });
}

/** The text of an element, or null when it is empty or `xsi:nil="true"`. */
function textOf(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return value.length > 0 ? decode(value).replace(/\r\n?/g, "\n") : null;
  if (typeof value === "object") {
    const node = value as Node;
    if (node["@_nil"] === "true") return null;
    const text = node["#text"];
    return typeof text === "string" && text.length > 0 ? decode(text).replace(/\r\n?/g, "\n") : null;
  }
  return String(value);
}

export function readRegisterItem(xml: string | Buffer, expectedId?: string): RegisterItem {
  const size = typeof xml === "string" ? Buffer.byteLength(xml) : xml.byteLength;
  if (size > MAX_ITEM_BYTES) {
    throw new RegisterError(
      "too-large",
      `the file is ${size} bytes, over the limit of ${MAX_ITEM_BYTES} bytes for a register item; it is not a register item`,
    );
  }
  const text = typeof xml === "string" ? xml : xml.toString("utf8");
  if (hasDeclarations(text)) {
    throw new RegisterError(
      "doctype",
      "the XML has a DOCTYPE or entity declaration; register items have none, and declarations are never processed",
    );
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    throw new RegisterError(
      "malformed-xml",
      `the input is not well-formed XML (line ${line}, column ${col}): ${msg}; a truncated download looks like this`,
    );
  }
  const root = (parser.parse(text) as Node).Verdragenbank as Node | undefined;
  if (!root || typeof root !== "object") {
    throw new RegisterError(
      "not-an-item",
      "the root element is not <Verdragenbank>: this is not a register item",
    );
  }
  const meta = (root.meta ?? {}) as Node;
  const kern = (meta.owmskern ?? {}) as Node;
  const id = textOf(kern.identifier);
  if (!id) throw new RegisterError("not-an-item", "meta/owmskern has no dcterms:identifier");
  if (expectedId !== undefined && id !== expectedId) {
    throw new RegisterError(
      "wrong-treaty",
      `the item is treaty ${id}, not ${expectedId}: refusing to merge another treaty's record`,
    );
  }
  const verdrag = ((root.body as Node | undefined)?.verdrag ?? {}) as Node;
  const list = (value: unknown, name: string): Node[] =>
    value && typeof value === "object" ? (((value as Node)[name] as Node[] | undefined) ?? []) : [];

  const parties = list(verdrag.Partijen, "Partij").map((partij): RegisterParty => {
    const placeholders: string[] = [];
    const date = (field: string): string | null => {
      const value = textOf(partij[field]);
      if (value === null) return null;
      if (!isIsoDate(value))
        throw new RegisterError(
          "not-an-item",
          `Partij ${field} is "${value}", not a calendar date YYYY-MM-DD`,
        );
      if (value === PLACEHOLDER_DATE) {
        placeholders.push(field);
        return null;
      }
      return value;
    };
    const name = textOf(partij.NaamPartij);
    if (!name) throw new RegisterError("not-an-item", "a Partij has no NaamPartij");
    return {
      name,
      signature: date("DatumOndertekenning"),
      consent: date("DatumRatificatie"),
      consentType: textOf(partij.TypeInstemming),
      provisionalApplication: date("DatumVoorlopigeToepassing"),
      entryIntoForce: date("DatumInwerkingtreding"),
      retroactiveEffect: date("DatumTerugwerkendeKracht"),
      denunciation: date("DatumOpzegging"),
      end: date("DatumBuitenwerkingtreding"),
      hasReservations: textOf(partij.IsVoorbehoud) === "true",
      reservations: list(partij.Voorbehouden, "Voorbehoud").map((v) => {
        const raw = textOf(v.DatumVoorbehoud);
        const placeholderDate = raw === PLACEHOLDER_DATE;
        return { date: placeholderDate ? null : raw, placeholderDate, text: textOf(v.TekstVoorbehoud) };
      }),
      placeholders,
    };
  });
  const kingdomParts = list(verdrag.Koninkrijksdelen, "Koninkrijksdeel").map((deel) => ({
    name: textOf(deel.NaamKoninkrijksdeel) ?? "",
    provisionalApplication: textOf(deel.DatumVoorlopigeToepassing),
    entryIntoForce: textOf(deel.DatumInwerkingtreding),
    end: textOf(deel.DatumBuitenwerkingtreding),
  }));
  return {
    id,
    title: textOf(kern.title),
    modified: textOf(kern.modified),
    language: textOf(kern.language),
    parties,
    kingdomParts,
  };
}
