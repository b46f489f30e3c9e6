/**
 * Writes a register item XML (root <Verdragenbank>, as the recorded items in test/fixtures/verdragenbank
 * are shaped) from this package's data: what the register would publish for treaty 013717 if it
 * recorded exactly what the data holds. The tests change copies of it to see how the update reacts.
 */
import type { Party, ProvisionalApplication } from "../../src/types.js";

const NIL = ' xsi:nil="true" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>';
const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const element = (name: string, value: string | null) =>
  value === null ? `<${name}${NIL}` : `<${name}>${escapeXml(value)}</${name}>`;

export interface RegisterParty {
  name: string;
  signature: string | null;
  consent: string | null;
  consentType: string | null;
  entryIntoForce: string | null;
  hasReservations: boolean;
  reservations: Array<{ date: string; text: string }>;
}

/**
 * A State the data does not hold, as the register would list it the day after it signed: Spain, with a
 * signature only (a made-up event for the tests; the data holds no such fact).
 */
export const spainSigned: RegisterParty = {
  name: "Spanje",
  signature: "2024-06-03",
  consent: null,
  consentType: null,
  entryIntoForce: null,
  hasReservations: false,
  reservations: [],
};

/** The register's view of each State in the data, in the data's order. */
export function registerPartiesOf(parties: readonly Party[]): RegisterParty[] {
  return parties.map((party) => ({
    name: party.nameInSource,
    signature: party.signature?.date ?? null,
    consent: party.consent?.depositDate ?? null,
    consentType: party.consent?.typeInSource?.code ?? null,
    entryIntoForce: party.entryIntoForce?.date ?? null,
    hasReservations: party.declarationsListed.value,
    reservations: party.declarations
      .filter((d) => d.basis === "treaty-database-record" && d.text !== null)
      .map((d) => ({ date: d.date ?? "0001-01-01", text: d.text as string })),
  }));
}

export function registerItemXml(
  parties: readonly RegisterParty[],
  provisional: readonly ProvisionalApplication[],
  options: { id?: string; modified?: string } = {},
): string {
  const nl = provisional.find((p) => p.code === "NL");
  const partij = (p: RegisterParty) =>
    [
      "<Partij>",
      element("NaamPartij", p.name),
      element("DatumOndertekenning", p.signature),
      element("DatumRatificatie", p.consent),
      element("DatumVoorlopigeToepassing", null),
      element("DatumInwerkingtreding", p.entryIntoForce),
      element("DatumTerugwerkendeKracht", null),
      element("DatumOpzegging", null),
      element("DatumBuitenwerkingtreding", null),
      element("TypeInstemming", p.consentType),
      element("IsVoorbehoud", String(p.hasReservations)),
      element("IsBezwaar", "false"),
      p.reservations.length === 0
        ? "<Voorbehouden/>"
        : `<Voorbehouden>${p.reservations
            .map(
              (r) =>
                `<Voorbehoud>${element("DatumVoorbehoud", r.date)}${element("TekstVoorbehoud", r.text)}</Voorbehoud>`,
            )
            .join("")}</Voorbehouden>`,
      "</Partij>",
    ].join("\n");
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    "<Verdragenbank>",
    "<meta><owmskern>",
    `<dcterms:identifier xmlns:dcterms="http://purl.org/dc/terms/">${options.id ?? "013717"}</dcterms:identifier>`,
    '<dcterms:language xmlns:dcterms="http://purl.org/dc/terms/">en</dcterms:language>',
    `<dcterms:modified xmlns:dcterms="http://purl.org/dc/terms/">${options.modified ?? "2026-11-28"}</dcterms:modified>`,
    "</owmskern></meta>",
    "<body><verdrag><Opmerking/>",
    "<Koninkrijksdelen><Koninkrijksdeel>",
    element("NaamKoninkrijksdeel", "Nederland (in Europa)"),
    element("DatumVoorlopigeToepassing", nl?.from ?? null),
    element("DatumInwerkingtreding", null),
    element("DatumTerugwerkendeKracht", null),
    element("DatumBuitenwerkingtreding", null),
    "</Koninkrijksdeel></Koninkrijksdelen>",
    `<Partijen>${parties.map(partij).join("\n")}</Partijen>`,
    "<DepositaireGegevens/></verdrag></body>",
    "</Verdragenbank>",
    "",
  ].join("\n");
}
