/**
 * Shapes of the published data set (`parties.json`) and of the human-edited source files it is built
 * from. Written by hand rather than inferred from the zod schema so that the main entry carries no zod
 * types or code; `src/schema.ts` checks at compile time that both stay identical.
 */

/** A calendar date in ISO 8601 form, `YYYY-MM-DD`. */
export type IsoDate = string;

/** A provision ID in the Convention's Akoma Ntoso-style scheme, e.g. `art_8__para_3`. */
export type ProvisionId = string;

/**
 * An annex of the Convention, by letter, as `@lhc/convention` records the letters (`meta.annexLetters`,
 * where the inference of an Annex G is written with its sources); test/one-home.test.ts compares.
 */
export type AnnexLetter = "A" | "B" | "C" | "D" | "E" | "F" | "G" | "H";

/** Where a fact was read. Every fact in the data carries at least one. */
export interface Source {
  url: string;
  /** A descriptive label of the page (not necessarily its own headline). */
  title: string;
  publisher: string;
  /** `official`: a government, law portal or treaty database; `secondary`: press, blogs, NGOs, encyclopedias. */
  kind: "official" | "secondary";
  /** When the page was read, if recorded; `null` when the project's dossier does not record it. */
  accessed: IsoDate | null;
  note?: string;
}

export type ConsentType = "ratification" | "acceptance" | "approval" | "accession";

export interface Signature {
  date: IsoDate;
  /** Where the State signed, when a source says so; otherwise `null` (not yet verified). */
  place: string | null;
  note: string | null;
  sources: Source[];
}

export interface Consent {
  /** `null` when the source does not say which kind of instrument it was; see `typeStatus`. */
  type: ConsentType | null;
  typeStatus: string | null;
  /** The type code as the source prints it, e.g. Verdragenbank's `R`. */
  typeInSource: { code: string; meaning: string } | null;
  depositDate: IsoDate;
  note: string | null;
  sources: Source[];
}

export interface EntryIntoForceForState {
  /** The date as published by the source; never computed. */
  date: IsoDate;
  note: string | null;
  sources: Source[];
}

export type DeclarationKind = "reservation" | "declaration" | "notification";

/**
 * - `treaty-database-record`: text recorded by the Dutch treaty database (Verdragenbank). Whether that
 *   database is the depositary's own record is not verified: who the depositary is remains disputed.
 * - `listed-without-text`: the treaty database says the State made reservations or declarations; content unknown.
 * - `domestic-law`: what the State's approving law directs; whether the deposited text says the same is unknown.
 */
export type DeclarationBasis = "treaty-database-record" | "listed-without-text" | "domestic-law";

/**
 * How a machine-readable effect of a declaration is known:
 * - `deposited-text`: read from the declaration's text as the treaty database records it;
 * - `approving-law`: what the State's approving law directs; whether the deposited declaration says the
 *   same is not yet verified.
 */
export type DeclarationEffectStatus = "deposited-text" | "approving-law";

/** Requests to the State under `provision` are to be in one of `languages`. */
export interface RequestLanguageEffect {
  type: "request-language";
  provision: ProvisionId;
  /** ISO 639 language codes, lower case, as BCP 47 primary language subtags (e.g. `lv`). */
  languages: string[];
  status: DeclarationEffectStatus;
  note: string | null;
  sources: Source[];
}

/** The State's central authorities designated under `provision`. */
export interface CentralAuthoritiesEffect {
  type: "central-authorities";
  provision: ProvisionId;
  /** The authorities' names; `note` says in which language and from which text. */
  authorities: string[];
  status: DeclarationEffectStatus;
  note: string | null;
  sources: Source[];
}

/**
 * What a declaration does, in a form programs can check requests against, recorded only where a source
 * states it. Beside the declaration's `summary`, never instead of its text.
 */
export type DeclarationEffect = RequestLanguageEffect | CentralAuthoritiesEffect;

export interface Declaration {
  /** Stable ID, `<CODE>-<n>`. */
  id: string;
  /** `null` when not yet verified. */
  kind: DeclarationKind | null;
  basis: DeclarationBasis;
  /** Provisions the record concerns or refers to; `null` when not yet verified. */
  provisions: ProvisionId[] | null;
  /** The provision under which it is made (e.g. a reservations clause), when stated. */
  madeUnder: ProvisionId | null;
  /** Annexes accepted by it; `[]` when it accepts none; `null` when not yet verified (see `annexesStatus`). */
  annexes: AnnexLetter[] | null;
  annexesStatus: string | null;
  /** Verbatim text as published; `null` when not available. Never a paraphrase. */
  text: string | null;
  textStatus: "complete" | "partial" | "not-available";
  /** A description in the project's words, never presented as the text. */
  summary: string | null;
  /** Machine-readable effects, where a source states them; absent when none is recorded. */
  effects?: DeclarationEffect[];
  note: string | null;
  date: IsoDate | null;
  dateStatus: string | null;
  sources: Source[];
}

export interface DomesticApproval {
  instrument: string;
  adopted: IsoDate | null;
  proclaimed: IsoDate | null;
  note: string | null;
  sources: Source[];
}

/** One State's record: the content of `data/states/<CODE>.json`. */
export interface Party {
  /** ISO 3166-1 alpha-2, `XK` for Kosovo (a user-assigned code), or a former State's ISO 3166-3 code (see `codeKind`). */
  code: string;
  codeKind: "iso-3166-1-alpha-2" | "user-assigned" | "iso-3166-3";
  codeNote: string | null;
  /** The State's name as the main source lists it. */
  nameInSource: string;
  signature: Signature | null;
  /** `none-recorded`: the sources show no consent to be bound (not proof that none was given). */
  consentStatus: "recorded" | "none-recorded";
  consent: Consent | null;
  /**
   * `published`: a source publishes this date, which is not verified (the Convention's entry-into-force
   * rule is not verified); `verified`: checked against the verified rule; `not-yet-verified`: no date.
   */
  entryIntoForceStatus: "published" | "verified" | "not-yet-verified";
  entryIntoForce: EntryIntoForceForState | null;
  /** Whether the treaty database lists the State as having reservations or declarations. */
  declarationsListed: { value: boolean; sources: Source[] };
  declarations: Declaration[];
  domesticApproval: DomesticApproval | null;
  notes: string[];
}

export interface SourcedClaim {
  claim: string;
  quote: string | null;
  sources: Source[];
}

export interface DepositaryClaim extends SourcedClaim {
  /** `true` when the claim is the project's inference from the sources, not something a source states. */
  inference: boolean;
}

/**
 * The Convention's own facts, read at build time from `@lhc/convention` (its `data/meta.json` and
 * `data/sources.json`, where each of them is written once), with their sources resolved; only
 * `provisionalApplication` comes from this package's `data/provisional-application.json`.
 */
export interface ConventionFacts {
  title: { en: string; nl: string; note: string | null; sources: Source[] };
  adoption: { date: IsoDate; place: string; sources: Source[] };
  identifiers: Array<{
    scheme: "verdragenbank" | "bwb" | "tractatenblad" | "kamerstuk";
    value: string;
    label: string;
    status: "verified" | "cited-not-verified";
    sources: Source[];
  }>;
  signaturePeriod: {
    opened: { date: IsoDate; place: string | null; sources: Source[] };
    openUntil: { date: IsoDate; note: string | null; sources: Source[] };
  };
  depositary: {
    /** `null` until one candidate is verified. */
    value: string | null;
    status: "verified" | "disputed" | "not-yet-verified";
    note: string | null;
    /** Each State claimed to be the depositary, by name as the sources give it, with the claims. */
    candidates: Array<{ name: string; claims: DepositaryClaim[] }>;
  };
  entryIntoForce: {
    article: { provision: ProvisionId; note: string | null; quote: string | null; sources: Source[] };
    /** `null`: the rule is not verified; see `claims`. */
    rule: string | null;
    ruleStatus: "verified" | "not-yet-verified";
    claims: SourcedClaim[];
    generalDate: IsoDate | null;
    /** What the sources say about whether, and when, the Convention entered into force generally. */
    generalDateClaims: SourcedClaim[];
    generalDateStatus: "published" | "not-yet-verified";
    note: string | null;
  };
  provisionalApplication: ProvisionalApplication[];
}

/** One entry of `data/provisional-application.json`: a State applying part of the Convention before it is bound. */
export interface ProvisionalApplication {
  code: string;
  /** The Parts applied provisionally, as eIds of `@lhc/convention` (e.g. `part_3`). */
  parts: string[];
  /** The same Parts in words, as the source describes them. */
  scope: string;
  territory: string;
  from: IsoDate;
  publication: string | null;
  enablingProvision: ProvisionId | null;
  enablingProvisionStatus: "verified" | "not-yet-verified";
  note: string | null;
  sources: Source[];
}

/** The content of `data/dataset.json`. */
export interface DatasetMeta {
  asOf: IsoDate;
  asOfNote: string;
}

/** Which treaty a data set is about, by its Dutch treaty register (Verdragenbank) item. */
export interface DatasetTreaty {
  verdragenbank: string;
  title: string | null;
}

/** The published data set: `@lhc/parties/parties.json`. */
export interface PartiesDataset extends DatasetMeta {
  /** The package version the data was released with. */
  dataVersion: string;
  /**
   * The treaty the data set is about, as data/dataset.json names it: its Dutch treaty register number
   * (the Convention's, 013717, when dataset.json names none) and its title as the register gives it
   * (`null` when dataset.json records none).
   */
  treaty: DatasetTreaty;
  /** The Convention's own facts; `null` when the data set is another treaty's (see `treaty`). */
  convention: ConventionFacts | null;
  /** One record per State, sorted by code. */
  parties: Party[];
}
