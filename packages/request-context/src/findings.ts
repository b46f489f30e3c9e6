import type { Source } from "@lhc/parties";

export type FindingLevel = "error" | "warning" | "info";

/** Every code a finding can carry, grouped by what it checks. */
export const findingCodes = [
  // The States named in the request.
  "unknown-state",
  "not-a-signatory",
  "same-state",
  // Whether the Convention applies between them on the date.
  "convention-applies",
  "convention-applies-unverified",
  "convention-not-shown-to-apply",
  "convention-provisionally-applied",
  "convention-does-not-apply",
  // Each offence classified as an annex crime.
  "annex-applies",
  "annex-not-applicable",
  "annex-not-accepted",
  "annex-not-verified",
  // The requested State's declarations that bear on requests.
  "request-language-accepted",
  "request-translation-not-verified",
  "request-language-not-accepted",
  "central-authorities-designated",
  "channel-not-central-authority",
  "declarations-not-verified",
  "declaration-text-incomplete",
] as const;

export type FindingCode = (typeof findingCodes)[number];

/** Which fact of `@lhc/parties` a finding rests on. */
export type BasisFact =
  /** The list of signatories (`parties`): a State is, or is not, among them. */
  | "signatories"
  /** A State's `signature`. */
  | "signature"
  /** A State's `consent` to be bound (with `consentStatus`). */
  | "consent"
  /** A State's `entryIntoForce` (with `entryIntoForceStatus`). */
  | "entryIntoForce"
  /** Whether the treaty database lists the State with reservations or declarations (`declarationsListed`). */
  | "declarationsListed"
  /** One of a State's `declarations`, by `declarationId`. */
  | "declaration"
  /** The Convention's entry-into-force rule (`convention.entryIntoForce`). */
  | "entryIntoForceRule"
  /** A provisional application (`convention.provisionalApplication`) by `state`. */
  | "provisionalApplication";

/** One fact a finding rests on: where it is in `@lhc/parties`, its status there, and its sources. */
export interface FindingBasis {
  fact: BasisFact;
  /** The State whose record holds the fact; `null` for the list of signatories and the entry-into-force rule. */
  state: string | null;
  /** The declaration's id (e.g. `LV-5`) when `fact` is `"declaration"`, otherwise `null`. */
  declarationId: string | null;
  /** The fact's status as the data records it (e.g. `entryIntoForceStatus`, a declaration's `basis`). */
  status: string;
  /** Whether the data marks the fact itself as verified. Published, listed or domestic-law facts are not. */
  verified: boolean;
  /** The fact and its status in words, e.g. "Latvia (LV): declaration LV-5, known only from its approving law". */
  label: string;
  sources: Source[];
}

export interface ContextFinding {
  level: FindingLevel;
  code: FindingCode;
  /** One sentence that stands on its own, naming the States, the date and what is or is not verified. */
  message: string;
  /** Further sentences: the reasons behind the message (e.g. those `inForceBetween` gives). */
  details: string[];
  /** JSONPath of the request field the finding is about, e.g. `$.language`; absent for the request as a whole. */
  path?: string;
  basis: FindingBasis[];
}

/** The findings for one request, with the date they answer for and the date of the data. */
export interface RequestContextReport {
  /** The date the relations were checked for (`options.on`, or the request's `dateOfRequest`). */
  on: string;
  /** The date `@lhc/parties` was compiled from its sources; later events are not in the data. */
  dataAsOf: string;
  findings: ContextFinding[];
}

/** Findings ordered most serious first; the order of checks is kept within a level. */
export const levelRank: Readonly<Record<FindingLevel, number>> = { error: 0, warning: 1, info: 2 };
