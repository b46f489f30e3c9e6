import { dataset, partiesByCode } from "./data.js";
import { type DateInput, toIsoDate, toStateCode } from "./inputs.js";
import type { PartyStatus } from "./statuses.js";
import { compareEvents, eventsOfParty, type TimelineEvent } from "./timeline.js";
import type { IsoDate, Party } from "./types.js";

export interface StatusOnDate {
  code: string;
  date: IsoDate;
  status: PartyStatus;
  /** The date the status began; `null` for `none`. */
  since: IsoDate | null;
  /** The State's events on or before `date`, in date order, with sources. */
  facts: TimelineEvent[];
}

export function statusOfParty(
  party: Party | undefined,
  date: IsoDate,
): Pick<StatusOnDate, "status" | "since"> {
  if (party?.entryIntoForce && party.entryIntoForce.date <= date) {
    const verified = party.entryIntoForceStatus === "verified";
    return { status: verified ? "in-force" : "entry-into-force-published", since: party.entryIntoForce.date };
  }
  if (party?.consent && party.consent.depositDate <= date) {
    return { status: "consented", since: party.consent.depositDate };
  }
  if (party?.signature && party.signature.date <= date) {
    return { status: "signed", since: party.signature.date };
  }
  return { status: "none", since: null };
}

/**
 * The State's status under the Convention on `date`, from the recorded facts (as of the data set's
 * `asOf`). A real State with no record, such as `IT`, is `none`. Throws `PartiesInputError` for a code
 * that is no State or a date that does not exist.
 */
export function statusOn(code: string, date: DateInput): StatusOnDate {
  const stateCode = toStateCode(code, "statusOn");
  const day = toIsoDate(date, "statusOn");
  const party = partiesByCode.get(stateCode);
  const facts = party
    ? eventsOfParty(party)
        .filter((e) => e.date <= day)
        .sort(compareEvents)
    : [];
  return { code: stateCode, date: day, ...statusOfParty(party, day), facts };
}

const bySignature = (a: Party, b: Party) =>
  (a.signature?.date ?? "").localeCompare(b.signature?.date ?? "") || a.code.localeCompare(b.code);

/** Every State that signed, in order of signature (then code). */
export function listSignatories(): Party[] {
  return dataset.parties.filter((p) => p.signature !== null).sort(bySignature);
}

/**
 * States that had deposited their consent to be bound (ratification, acceptance, approval or
 * accession) on `date`, whether or not the Convention was in force for them; default: the data set's
 * `asOf`. In order of deposit (then code).
 */
export function listContractingStates(date?: DateInput): Party[] {
  const day = date === undefined ? dataset.asOf : toIsoDate(date, "listContractingStates");
  return dataset.parties
    .filter((p) => p.consent !== null && p.consent.depositDate <= day)
    .sort(
      (a, b) =>
        (a.consent?.depositDate ?? "").localeCompare(b.consent?.depositDate ?? "") ||
        a.code.localeCompare(b.code),
    );
}

/**
 * The record of a State that signed or consented, or `undefined` when there is none: for a real State
 * that never signed (`IT`) and for a code that is no State (`ZZ`) alike. Lower-case codes are accepted.
 * Throws `PartiesInputError` only when `code` is not a string.
 */
export function getParty(code: string): Party | undefined {
  if (typeof code !== "string") toStateCode(code, "getParty");
  return partiesByCode.get(code.toUpperCase());
}
