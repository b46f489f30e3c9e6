/**
 * Merges one register item into the source files, fact by fact. The same value cites the register's
 * record (corroboration); a fact the data lacks enters with that record and the weakest label the
 * register supports; a different value, a fact the data has and the register lacks, or a State the
 * register does not list, is a conflict, and a merge with a conflict writes nothing. The source files
 * are edited as JSON in place (source ids, not records), so a rewritten file differs only where the data
 * does.
 */
import type { SourceFile } from "../lint/source-files.js";
import { CONVENTION_REGISTER_ID } from "../schema.js";
import { formatJson } from "./format-json.js";
import type { RegisterItem, RegisterParty, RegisterReservation } from "./item.js";
import type { RegisterNames } from "./names.js";

export interface RegisterSource {
  id: string;
  url: string;
  title: string;
  publisher: string;
  kind: "official";
  accessed: string | null;
}

/** A fact the update adds, or one it finds equal and cites the register for. */
export interface Change {
  state: string;
  fact: string;
  value: string;
}

export interface Conflict {
  state: string;
  fact: string;
  data: string;
  register: string;
}

export interface MergeResult {
  added: Change[];
  corroborated: Change[];
  conflicts: Conflict[];
  /** Placeholder dates read as unknown, and other things a reviewer should know. */
  notes: string[];
  /** States the update creates. */
  newStates: string[];
  /** The files whose content changes, by path (`data/...`), with their new content. */
  files: Map<string, string>;
}

/** The update cannot go on at all: an unknown State name or consent type code. */
export class MergeRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MergeRefused";
  }
}

type Json = Record<string, unknown>;
type Fact = Json & { sources: string[] };

const KOSOVO_NOTE =
  "Kosovo has no ISO 3166-1 code. This data set uses XK for it; XK is not an ISO 3166-1 code.";
const PLACEHOLDER_NOTE =
  "The Dutch treaty register dates this entry 0001-01-01, a placeholder; the real date is not yet verified.";
const EUROPEAN_NETHERLANDS = "Nederland (in Europa)";

const normalise = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();

export function mergeRegister(
  files: readonly SourceFile[],
  item: RegisterItem,
  source: RegisterSource,
  names: RegisterNames,
): MergeResult {
  const result: MergeResult = {
    added: [],
    corroborated: [],
    conflicts: [],
    notes: [],
    newStates: [],
    files: new Map(),
  };
  const original = new Map(files.map((f) => [f.path, f.content]));
  const parsed = new Map<string, unknown>(files.map((f) => [f.path, JSON.parse(f.content)]));
  const registry = (parsed.get("data/sources.json") ?? []) as Array<Json & { id: string; url: string }>;
  const sameUrl = registry.find((record) => record.url === source.url);
  const id = sameUrl?.id ?? source.id;
  if (!sameUrl) {
    if (registry.some((record) => record.id === id))
      throw new MergeRefused(`data/sources.json already has a record "${id}" for another URL`);
    registry.push({ ...source, id });
  }
  parsed.set("data/sources.json", registry);
  const provisional = (parsed.get("data/provisional-application.json") ?? []) as Fact[];
  parsed.set("data/provisional-application.json", provisional);

  const states = new Map<string, { path: string; json: Json }>();
  for (const [path, json] of parsed) {
    const match = /^data\/states\/([A-Z]{2}|[A-Z]{4})\.json$/.exec(path);
    if (match?.[1]) states.set(match[1], { path, json: json as Json });
  }

  const unknownNames = item.parties.map((p) => p.name).filter((name) => !names.codes.has(name));
  if (unknownNames.length > 0) {
    const former = unknownNames.filter((name) => names.former.has(name));
    const unknown = unknownNames.filter((name) => !names.former.has(name));
    throw new MergeRefused(
      [
        unknown.length > 0
          ? `the register names State(s) the names table does not hold: ${unknown.map((n) => `"${n}"`).join(", ")}; add each, with its code, to data/register-names.json (nothing is guessed)`
          : null,
        former.length > 0
          ? `the register lists former State(s) that have no code in this data set: ${former.map((n) => `"${n}"`).join(", ")}`
          : null,
      ]
        .filter(Boolean)
        .join("; "),
    );
  }
  const unknownTypes = [
    ...new Set(
      item.parties.flatMap((p) =>
        p.consentType && !names.consentTypes.has(p.consentType) ? [p.consentType] : [],
      ),
    ),
  ];
  if (unknownTypes.length > 0) {
    throw new MergeRefused(
      `the register uses consent type code(s) ${unknownTypes.map((c) => `"${c}"`).join(", ")}, which data/register-names.json does not explain; add each code with its meaning and source`,
    );
  }

  const cite = (state: string, fact: string, value: string, target: Fact) => {
    if (!target.sources.includes(id)) target.sources.push(id);
    result.corroborated.push({ state, fact, value });
  };
  const conflict = (state: string, fact: string, data: unknown, register: unknown) =>
    result.conflicts.push({ state, fact, data: show(data), register: show(register) });

  const seen = new Set<string>();
  for (const party of item.parties) {
    const code = names.codes.get(party.name) as string;
    seen.add(code);
    for (const field of party.placeholders)
      result.notes.push(
        `${code}: ${field} is 0001-01-01, the register's placeholder; read as unknown (null)`,
      );
    const state = states.get(code);
    if (!state) {
      const json = newState(code, party, id, names);
      const path = `data/states/${code}.json`;
      parsed.set(path, json);
      states.set(code, { path, json });
      result.newStates.push(code);
      result.added.push({ state: code, fact: "State", value: party.name });
      continue;
    }
    mergeParty(code, state.json, party, id, names, {
      cite,
      conflict,
      added: result.added,
      notes: result.notes,
    });
    // Provisional application by a State is recorded once, in provisional-application.json.
    const entry = provisional.find((p) => p.code === code);
    const fromData = (entry?.from as string | undefined) ?? null;
    if (party.provisionalApplication !== null && fromData === party.provisionalApplication && entry)
      cite(code, "provisional application", fromData, entry);
    else if (
      party.provisionalApplication !== fromData &&
      !(code === "NL" && party.provisionalApplication === null)
    )
      conflict(code, "provisional application", fromData, party.provisionalApplication);
  }
  // The Kingdom's parts are checked against the Convention's provisional application by the Netherlands;
  // another treaty's data has no field for them, so they are listed for the reviewer, not recorded.
  for (const part of item.id === CONVENTION_REGISTER_ID ? [] : item.kingdomParts) {
    const dates = [
      part.provisionalApplication ? `provisional application ${part.provisionalApplication}` : null,
      part.entryIntoForce ? `entry into force ${part.entryIntoForce}` : null,
      part.end ? `end ${part.end}` : null,
    ].filter(Boolean);
    result.notes.push(
      `NL (${part.name}): ${dates.length > 0 ? dates.join(", ") : "no dates"}; not recorded (the data has no field for the Kingdom's parts)`,
    );
  }
  for (const part of item.id === CONVENTION_REGISTER_ID ? item.kingdomParts : []) {
    const entry = provisional.find((p) => p.code === "NL");
    const european = part.name === EUROPEAN_NETHERLANDS;
    if (european && entry && part.provisionalApplication === entry.from)
      cite("NL", `provisional application (${part.name})`, String(entry.from), entry);
    else if (
      part.provisionalApplication !== (european ? ((entry?.from as string | undefined) ?? null) : null)
    )
      conflict(
        "NL",
        `provisional application (${part.name})`,
        european ? entry?.from : null,
        part.provisionalApplication,
      );
    if (part.entryIntoForce !== null || part.end !== null)
      conflict("NL", `entry into force or end (${part.name})`, null, part.entryIntoForce ?? part.end);
  }
  for (const code of states.keys()) {
    if (!seen.has(code)) conflict(code, "State", "listed in data/states", "not listed by the register");
  }

  for (const [path, json] of parsed) {
    const content = formatJson(json);
    if (original.get(path) !== content) result.files.set(path, content);
  }
  return result;
}

interface Helpers {
  cite: (state: string, fact: string, value: string, target: Fact) => void;
  conflict: (state: string, fact: string, data: unknown, register: unknown) => void;
  added: Change[];
  notes: string[];
}

function mergeParty(
  code: string,
  json: Json,
  party: RegisterParty,
  id: string,
  names: RegisterNames,
  h: Helpers,
) {
  const add = (fact: string, value: string) => h.added.push({ state: code, fact, value });
  const signature = json.signature as (Fact & { date: string }) | null;
  if (signature && party.signature === signature.date) h.cite(code, "signature", signature.date, signature);
  else if (!signature && party.signature) {
    json.signature = newSignature(party.signature, id);
    add("signature", party.signature);
  } else if ((signature?.date ?? null) !== party.signature)
    h.conflict(code, "signature", signature?.date, party.signature);

  const consent = json.consent as (Fact & { depositDate: string; typeInSource: Json | null }) | null;
  if (consent && party.consent === consent.depositDate) {
    const dataCode = (consent.typeInSource?.code as string | undefined) ?? null;
    if (dataCode !== null && dataCode !== party.consentType)
      h.conflict(code, "consent type code", dataCode, party.consentType);
    else h.cite(code, "consent", `${consent.depositDate} (${party.consentType ?? "no type code"})`, consent);
  } else if (!consent && party.consent) {
    json.consentStatus = "recorded";
    json.consent = newConsent(party, id, names);
    add("consent", `${party.consent} (${party.consentType ?? "no type code"})`);
  } else if ((consent?.depositDate ?? null) !== party.consent)
    h.conflict(code, "consent", consent?.depositDate, party.consent);

  const inForce = json.entryIntoForce as (Fact & { date: string }) | null;
  if (inForce && party.entryIntoForce === inForce.date)
    h.cite(code, "entry into force", inForce.date, inForce);
  else if (!inForce && party.entryIntoForce) {
    json.entryIntoForceStatus = "published";
    json.entryIntoForce = newEntryIntoForce(party.entryIntoForce, id);
    add("entry into force", party.entryIntoForce);
  } else if ((inForce?.date ?? null) !== party.entryIntoForce)
    h.conflict(code, "entry into force", inForce?.date, party.entryIntoForce);

  // The data has no field for these; a value in the register needs a maintainer's decision.
  for (const [fact, value] of [
    ["denunciation", party.denunciation],
    ["end of application", party.end],
    ["retroactive effect", party.retroactiveEffect],
  ] as const) {
    if (value !== null) h.conflict(code, fact, null, value);
  }

  const listed = json.declarationsListed as Fact & { value: boolean };
  if (listed.value === party.hasReservations)
    h.cite(code, "reservations or declarations listed", String(listed.value), listed);
  else if (!listed.value && party.hasReservations) {
    listed.value = true;
    if (!listed.sources.includes(id)) listed.sources.push(id);
    add("reservations or declarations listed", "true");
  } else h.conflict(code, "reservations or declarations listed", listed.value, party.hasReservations);

  const declarations = json.declarations as Array<Fact & { id: string; basis: string; text: string | null }>;
  const matched = new Set<string>();
  for (const reservation of party.reservations) {
    if (reservation.text === null) continue;
    const found = declarations.find(
      (d) => d.basis === "treaty-database-record" && normalise(d.text) === normalise(reservation.text),
    );
    if (found) {
      matched.add(found.id);
      h.cite(code, `declaration ${found.id}`, "text", found);
      mergeDeclarationDate(code, found, reservation, h);
      continue;
    }
    const next = Math.max(0, ...declarations.map((d) => Number(d.id.split("-")[1]))) + 1;
    const declarationId = `${code}-${next}`;
    declarations.push(newDeclaration(declarationId, reservation, id) as (typeof declarations)[number]);
    matched.add(declarationId);
    add(
      `declaration ${declarationId}`,
      `text (${reservation.text.length} characters), date ${reservation.date ?? "unknown"}`,
    );
  }
  for (const d of declarations) {
    if (d.basis === "treaty-database-record" && !matched.has(d.id))
      h.conflict(code, `declaration ${d.id}`, `text "${normalise(d.text).slice(0, 60)}…"`, null);
  }
}

function mergeDeclarationDate(code: string, found: Fact, reservation: RegisterReservation, h: Helpers) {
  const dataDate = (found.date as string | null) ?? null;
  if (reservation.date === dataDate) return;
  if (dataDate === null) {
    found.date = reservation.date;
    found.dateStatus = null;
    h.added.push({
      state: code,
      fact: `declaration ${found.id as string} date`,
      value: String(reservation.date),
    });
  } else h.conflict(code, `declaration ${found.id as string} date`, dataDate, reservation.date);
}

function newSignature(date: string, id: string): Fact {
  return {
    date,
    place: null,
    note: "Only the Dutch Treaty Database (its register item) records this signature; no independent source is known.",
    sources: [id],
  };
}

function newConsent(party: RegisterParty, id: string, names: RegisterNames): Fact {
  const type = party.consentType ? names.consentTypes.get(party.consentType) : undefined;
  return {
    type: type?.type ?? null,
    typeStatus: type
      ? type.typeStatus
      : "The register gives no type code for this consent; its type is not yet verified.",
    typeInSource:
      type && party.consentType
        ? {
            code: party.consentType,
            meaning: type.meaning ?? "not yet verified (no recorded source explains the code)",
          }
        : null,
    depositDate: party.consent,
    note: null,
    sources: [id],
  };
}

function newEntryIntoForce(date: string, id: string): Fact {
  return {
    date,
    note: "As the Dutch treaty register publishes it; stored as published, not computed from the Convention's entry-into-force rule.",
    sources: [id],
  };
}

function newDeclaration(declarationId: string, reservation: RegisterReservation, id: string): Fact {
  return {
    id: declarationId,
    kind: null,
    basis: "treaty-database-record",
    provisions: null,
    madeUnder: null,
    annexes: null,
    annexesStatus: "Not yet verified.",
    text: reservation.text,
    textStatus: "complete",
    summary: null,
    note: "Recorded by the Dutch treaty register (Voorbehoud); whether it is a reservation, a declaration or a notification, and which provisions it concerns, is not yet verified.",
    date: reservation.date,
    dateStatus:
      reservation.date !== null ? null : reservation.placeholderDate ? PLACEHOLDER_NOTE : "Not yet verified.",
    sources: [id],
  };
}

function newState(code: string, party: RegisterParty, id: string, names: RegisterNames): Json {
  const declarations = party.reservations
    .filter((r): r is RegisterReservation & { text: string } => r.text !== null)
    .map((r, i) => newDeclaration(`${code}-${i + 1}`, r, id));
  if (party.hasReservations && declarations.length === 0) {
    declarations.push({
      ...newDeclaration(`${code}-1`, { date: null, placeholderDate: false, text: null }, id),
      basis: "listed-without-text",
      textStatus: "not-available",
      note: "The Dutch treaty register marks this State as having made reservations or declarations; their text is not in its record.",
    });
  }
  return {
    code,
    codeKind: code === "XK" ? "user-assigned" : code.length === 4 ? "iso-3166-3" : "iso-3166-1-alpha-2",
    codeNote: code === "XK" ? KOSOVO_NOTE : (names.formerCodeNotes.get(code) ?? null),
    nameInSource: party.name,
    signature: party.signature ? newSignature(party.signature, id) : null,
    consentStatus: party.consent ? "recorded" : "none-recorded",
    consent: party.consent ? newConsent(party, id, names) : null,
    entryIntoForceStatus: party.entryIntoForce ? "published" : "not-yet-verified",
    entryIntoForce: party.entryIntoForce ? newEntryIntoForce(party.entryIntoForce, id) : null,
    declarationsListed: { value: party.hasReservations, sources: [id] },
    declarations,
    domesticApproval: null,
    notes: [],
  };
}

function show(value: unknown): string {
  if (value === null || value === undefined) return "(none)";
  return String(value);
}
