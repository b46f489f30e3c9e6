// View models handed from the build-time plugin to the React pages. They are derived from the packages'
// own data at build time; the pages never import package data themselves (except the validator, which
// needs @lhc/requests in the browser).

import type { TextPart } from "./cross-references";

export type { TextPart };

export interface SourceView {
  url: string;
  title: string;
  publisher: string | null;
  kind: "official" | "secondary" | string;
  accessed: string | null;
}

/** A value the data leaves unknown is `null`; pages show it as "not yet verified". */
export type Maybe<T> = T | null;

export interface DeclarationView {
  id: string;
  state: string;
  stateName: string;
  /** Reservation, declaration or notification; `null` when not yet verified. */
  kind: Maybe<string>;
  /** Where the record comes from, in words (the treaty database's record, listed without text, domestic law). */
  basis: string;
  provisions: string[];
  /** Citations for the provisions, e.g. "Art. 8(3)", each with the path of its page if there is one. */
  provisionLinks: { label: string; path: Maybe<string> }[];
  annexes: string[];
  /** Verbatim text as published; never a paraphrase. */
  text: Maybe<string>;
  /** True when the published text is only partly available. */
  textIncomplete: boolean;
  /** The project's own description, shown as such and never as the text. */
  summary: Maybe<string>;
  /** Machine-readable effects in words, each saying how it is known; `[]` when none is recorded. */
  effects: string[];
  date: Maybe<string>;
  dateStatus: Maybe<string>;
  note: Maybe<string>;
  sources: SourceView[];
}

export interface SubjectView {
  paraphrase: string;
  status: string;
  sources: SourceView[];
}

export interface ProvisionNodeView {
  type: string;
  eId: string;
  num: Maybe<string>;
  heading: Maybe<string>;
  text: Maybe<string>;
  /** The text with its cross-references ("Article 5", "Annex E") linked to the provisions they name. */
  textParts: Maybe<TextPart[]>;
  textIncomplete: boolean;
  status: string;
  label: string;
  subject: Maybe<SubjectView>;
  children: ProvisionNodeView[];
}

export interface ProvisionLink {
  eId: string;
  label: string;
  path: string;
}

export interface ProvisionPageData {
  eId: string;
  type: string;
  label: string;
  longLabel: string;
  heading: Maybe<string>;
  status: string;
  statusNote: Maybe<string>;
  text: Maybe<string>;
  textParts: Maybe<TextPart[]>;
  textIncomplete: boolean;
  subject: Maybe<SubjectView>;
  children: ProvisionNodeView[];
  sources: SourceView[];
  declarations: DeclarationView[];
  officialUrl: string;
  downloadPath: string;
  parent: Maybe<ProvisionLink>;
  previous: Maybe<ProvisionLink>;
  next: Maybe<ProvisionLink>;
}

export interface OutlineItem extends ProvisionLink {
  type: string;
  heading: Maybe<string>;
  status: string;
  /** Whether the node or any node inside it has verified text. */
  hasText: boolean;
  hasPage: boolean;
  children: OutlineItem[];
}

export interface CoverageView {
  label: string;
  /** Provisions of this kind the data holds (known to exist, with or without text). */
  known: number;
  /** Of those, how many have verified text (complete or up to where it is available). */
  verified: number;
  /** How many the Convention has, where a source says so, and how that is known. */
  expected: Maybe<number>;
  expectedStatus: Maybe<string>;
}

export interface ConventionMetaView {
  titleEn: string;
  titleNl: Maybe<string>;
  adopted: Maybe<string>;
  adoptedPlace: Maybe<string>;
  openedForSignature: Maybe<string>;
  identifiers: { label: string; value: string }[];
  depositary: { candidate: string; sources: SourceView[] }[];
  officialUrl: string;
  sources: SourceView[];
}

export interface OutlineData {
  meta: ConventionMetaView;
  coverage: CoverageView[];
  items: OutlineItem[];
}

export interface PartyRow {
  code: string;
  name: string;
  codeNote: Maybe<string>;
  signature: Maybe<string>;
  consentType: Maybe<string>;
  consent: Maybe<string>;
  entryIntoForce: Maybe<string>;
  declarations: number;
  status: string;
  /** The status as people read it (from @lhc/parties). */
  statusLabel: string;
  path: string;
}

export interface PartiesCounts {
  signatories: number;
  consents: number;
  inForceForState: number;
  declarants: number;
}

export interface PartiesPageData {
  asOf: string;
  dataVersion: Maybe<string>;
  counts: PartiesCounts;
  rows: PartyRow[];
  conventionFacts: { label: string; value: string; sources: SourceView[] }[];
}

export interface TimelineEventView {
  date: string;
  /** `null` for an event of the Convention itself (adoption, signature period). */
  code: Maybe<string>;
  name: string;
  kind: string;
  label: string;
  sources: SourceView[];
}

export interface StatePageData {
  code: string;
  name: string;
  codeNote: Maybe<string>;
  status: string;
  /** The status as people read it (from @lhc/parties). */
  statusLabel: string;
  statusSince: Maybe<string>;
  asOf: string;
  /** Whether the Convention's entry-into-force rule is verified, naming its article, in @lhc/parties' words. */
  entryIntoForceRule: string;
  events: TimelineEventView[];
  declarations: DeclarationView[];
  sources: SourceView[];
  notes: string[];
}

export interface TimelineData {
  asOf: string;
  events: TimelineEventView[];
}

export interface FieldRow {
  path: string;
  type: string;
  required: boolean;
  limits: string[];
  description: Maybe<string>;
  basis: string[];
}

export interface RequestExample {
  /** The file inside @lhc/requests' examples folder, e.g. "valid/mla-service-of-documents-only.json". */
  name: string;
  title: string;
  requestType: string;
  valid: boolean;
  /** For a valid example what it shows; for an invalid one the one reason it fails. */
  explanation: string;
  /** The issue an invalid example must get, as the package records it. */
  expectedIssue: Maybe<{ path: string; code: string }>;
  json: string;
}

export interface SchemaPageData {
  requestType: string;
  title: string;
  description: Maybe<string>;
  schemaId: Maybe<string>;
  downloadPath: string;
  rows: FieldRow[];
  examples: RequestExample[];
}

export interface RequestTypeSummary {
  requestType: string;
  title: string;
  description: Maybe<string>;
  path: string;
  fields: number;
}

export interface RequestsIndexData {
  types: RequestTypeSummary[];
}

/** An example as the validator lists it: its text is downloaded only when it is chosen. */
export type ValidatorExample = Omit<RequestExample, "json"> & {
  /** Where the site serves the example file, e.g. "/data/examples/valid/mla-service-of-documents-only.json". */
  downloadPath: string;
};

export interface ValidatorData {
  types: { requestType: string; title: string }[];
  examples: ValidatorExample[];
}

export interface HomeData {
  asOf: string;
  counts: PartiesCounts;
  coverage: CoverageView[];
  titleEn: string;
  adopted: Maybe<string>;
  requestTypes: RequestTypeSummary[];
}
