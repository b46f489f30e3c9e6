/**
 * The words of the data set that people read: the statuses a State can have and the bases of a
 * declaration record, with their labels. A zod-free, data-free entry (`@lhc/parties/statuses`), so
 * that a command-line parser or a page can list them without loading the data.
 */
import type { DeclarationBasis } from "./types.js";

/**
 * Every status a State can have on a date, in the order a State moves through them:
 * - `none`: not signed on that date (or never).
 * - `signed`: signed, no consent to be bound recorded on that date.
 * - `consented`: consent deposited, no entry-into-force date reached on that date.
 * - `entry-into-force-published`: on or after a date a source publishes as the entry into force for
 *   the State, which is not verified (the Convention's entry-into-force rule is not verified).
 * - `in-force`: on or after a verified entry-into-force date.
 */
export const PARTY_STATUSES = [
  "none",
  "signed",
  "consented",
  "entry-into-force-published",
  "in-force",
] as const;

export type PartyStatus = (typeof PARTY_STATUSES)[number];

/** How each status reads to a person: what the CLI, the CSV and the site print. */
export const PARTY_STATUS_LABELS: Readonly<Record<PartyStatus, string>> = {
  none: "not signed",
  signed: "signed",
  consented: "consent to be bound deposited",
  "entry-into-force-published": "entry into force published, not verified",
  "in-force": "in force (entry into force verified)",
};

/** How the source of each declaration record reads to a person. */
export const DECLARATION_BASIS_LABELS: Readonly<Record<DeclarationBasis, string>> = {
  "treaty-database-record": "the treaty database's record",
  "listed-without-text": "listed by the treaty database without its content",
  "domestic-law":
    "what the State's approving law directs (whether the deposited text says the same is not yet verified)",
};
