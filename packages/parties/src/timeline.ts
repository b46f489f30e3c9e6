import { dataset } from "./data.js";
import { stateName } from "./names.js";
import type { IsoDate, Party, Source } from "./types.js";

export type TimelineEventType =
  | "adoption"
  | "signature-period-opened"
  | "signature-period-last-day"
  | "signature"
  | "domestic-approval"
  | "consent"
  | "entry-into-force"
  | "provisional-application"
  | "declaration";

export interface TimelineEvent {
  date: IsoDate;
  /** The State concerned, or `null` for an event of the Convention itself. */
  code: string | null;
  type: TimelineEventType;
  /** One sentence in the project's words. */
  summary: string;
  sources: readonly Source[];
}

// Same-day events keep the order in which they happen in a treaty's life.
const TYPE_ORDER: readonly TimelineEventType[] = [
  "adoption",
  "signature-period-opened",
  "signature",
  "signature-period-last-day",
  "domestic-approval",
  "consent",
  "declaration",
  "provisional-application",
  "entry-into-force",
];

export function eventsOfParty(party: Party): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const { code } = party;
  const name = stateName(code);
  if (party.signature) {
    const place = party.signature.place ? ` in ${party.signature.place}` : "";
    events.push({
      date: party.signature.date,
      code,
      type: "signature",
      summary: `${name} signed the Convention${place}.`,
      sources: party.signature.sources,
    });
  }
  const approval = party.domesticApproval;
  if (approval?.adopted) {
    events.push({
      date: approval.adopted,
      code,
      type: "domestic-approval",
      summary: `${name}: ${approval.instrument} adopted.`,
      sources: approval.sources,
    });
  }
  if (approval?.proclaimed) {
    events.push({
      date: approval.proclaimed,
      code,
      type: "domestic-approval",
      summary: `${name}: ${approval.instrument} proclaimed.`,
      sources: approval.sources,
    });
  }
  if (party.consent) {
    const what = party.consent.type ?? "instrument of consent to be bound (type not yet verified)";
    events.push({
      date: party.consent.depositDate,
      code,
      type: "consent",
      summary: `${name} deposited its ${what}.`,
      sources: party.consent.sources,
    });
  }
  if (party.entryIntoForce) {
    events.push({
      date: party.entryIntoForce.date,
      code,
      type: "entry-into-force",
      summary:
        party.entryIntoForceStatus === "verified"
          ? `The Convention enters into force for ${name}.`
          : `Published date of entry into force for ${name} (published, not verified).`,
      sources: party.entryIntoForce.sources,
    });
  }
  for (const declaration of party.declarations) {
    if (declaration.date) {
      events.push({
        date: declaration.date,
        code,
        type: "declaration",
        summary: `${name}: ${declaration.kind ?? "reservation or declaration"} ${declaration.id}.`,
        sources: declaration.sources,
      });
    }
  }
  for (const entry of dataset.convention?.provisionalApplication ?? []) {
    if (entry.code === code) {
      events.push({
        date: entry.from,
        code,
        type: "provisional-application",
        summary: `${name} applies ${entry.scope} provisionally in ${entry.territory}; this is not entry into force.`,
        sources: entry.sources,
      });
    }
  }
  return events;
}

/** None for another treaty's data set: its adoption and signature period are not recorded here. */
function conventionEvents(): TimelineEvent[] {
  if (!dataset.convention) return [];
  const { adoption, signaturePeriod } = dataset.convention;
  return [
    {
      date: adoption.date,
      code: null,
      type: "adoption",
      summary: `The Convention is adopted in ${adoption.place}.`,
      sources: adoption.sources,
    },
    {
      date: signaturePeriod.opened.date,
      code: null,
      type: "signature-period-opened",
      summary: `The Convention opens for signature${signaturePeriod.opened.place ? ` in ${signaturePeriod.opened.place}` : ""}.`,
      sources: signaturePeriod.opened.sources,
    },
    {
      date: signaturePeriod.openUntil.date,
      code: null,
      type: "signature-period-last-day",
      summary: "Last day the Convention is open for signature.",
      sources: signaturePeriod.openUntil.sources,
    },
  ];
}

export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const byType = TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type);
  if (byType !== 0) return byType;
  return (a.code ?? "").localeCompare(b.code ?? "");
}

/**
 * Every dated event in date order, each with its sources: the Convention's adoption and signature
 * period, and per State its signature, domestic approval, consent, published entry into force, dated
 * declarations and provisional application. Undated declarations are not events; see `declarationsOf`.
 */
export function timeline(): TimelineEvent[] {
  return [...conventionEvents(), ...dataset.parties.flatMap(eventsOfParty)].sort(compareEvents);
}
