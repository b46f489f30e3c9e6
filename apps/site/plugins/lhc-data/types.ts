// View models handed from the build-time plugin to the React pages. They are derived from the packages'
// own data at build time; the pages never import package data themselves (except the validator, which
// needs @lhc/requests in the browser). The Convention's and the parties' views are what the page builders
// return, so each field has its type from the package it comes from; this module only names them.

import type { Source } from "@lhc/parties";
import type { coverageRows, metaView, outlineData, provisionPages } from "./convention-pages";
import type { TextPart } from "./cross-references";
import type { declarationView, partiesCounts, partiesPage, statePages, timelinePage } from "./party-pages";

export type { OutlineItem, ProvisionLink, ProvisionNodeView } from "./convention-pages";
export type { RegisterConfirmations, RegisterFact } from "./register";
export type { TextPart };

/** A source as the pages cite it (@lhc/convention's records have the same fields). */
export type SourceView = Pick<Source, "url" | "title" | "publisher" | "kind" | "accessed">;

/** A value the data leaves unknown is `null`; pages show it as "not yet verified". */
export type Maybe<T> = T | null;

export type DeclarationView = ReturnType<typeof declarationView>;
export type SubjectView = NonNullable<ProvisionPageData["subject"]>;
export type ProvisionPageData = ReturnType<typeof provisionPages>[number];
export type CoverageView = ReturnType<typeof coverageRows>[number];
export type ConventionMetaView = ReturnType<typeof metaView>;
export type OutlineData = ReturnType<typeof outlineData>;
export type PartiesCounts = ReturnType<typeof partiesCounts>;
export type PartiesPageData = ReturnType<typeof partiesPage>;
export type PartyRow = PartiesPageData["rows"][number];
export type StatePageData = ReturnType<typeof statePages>[number];
export type TimelineData = ReturnType<typeof timelinePage>;
export type TimelineEventView = TimelineData["events"][number];

export interface FieldRow {
  path: string;
  type: string;
  required: boolean;
  limits: string[];
  description: Maybe<string>;
  basis: string[];
}

export interface RequestExample {
  /**
   * The file inside @lhc/requests' examples folder, e.g. "v1/valid/mla-full-war-crimes-investigation.json"
   * (version 1) or "valid/mla-service-of-documents-only.json" (version 0).
   */
  name: string;
  /** The version of the request data model the example is written in (its manifest's `schemaVersion`). */
  schemaVersion: string;
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
  /** The version of the request data model the page describes. */
  schemaVersion: string;
  /** Whether it is the current version (its page is /requests/<type>) or the previous one. */
  current: boolean;
  /** The page's own address. */
  path: string;
  /** The page of the same type in the other version. */
  otherVersion: { schemaVersion: string; path: string };
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
  /** The current version's JSON Schema download, e.g. /data/schemas/1.0/mla.json. */
  downloadPath: string;
  /** The page of the type in the previous version. */
  previousPath: string;
}

export interface RequestsIndexData {
  schemaVersion: string;
  previousSchemaVersion: string;
  types: RequestTypeSummary[];
}

/** An example as the validator lists it: its text is downloaded only when it is chosen. */
export type ValidatorExample = Omit<RequestExample, "json"> & {
  /** Where the site serves the example file, e.g. "/data/examples/v1/valid/mla-full-war-crimes-investigation.json". */
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
  /** The version of the request data model the request types' summaries describe. */
  requestSchemaVersion: string;
  requestTypes: RequestTypeSummary[];
}
