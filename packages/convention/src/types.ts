/**
 * The document model, in the spirit of Akoma Ntoso. These hand-written types are what the main entry
 * ships; `./schema` holds the zod schema that validates the same shape (a compile-time check there
 * keeps the two in step).
 */

import type { NodeType } from "./kinds.js";

/** Languages the official Dutch publication holds: the English authentic text and the Dutch translation. */
export type Lang = "en" | "nl";

/** How a fact or a node is known. `unknown` means not yet verified. */
export type ProvenanceStatus = "official" | "secondary" | "unknown";

/** How a paraphrased subject is known; `inferred` is a deduction from sources, not a source. */
export type SubjectStatus = "official" | "secondary" | "inferred";

/** The type of a node: one row of the kinds table (`PROVISION_KINDS` in kinds.ts). */
export type { NodeType };

/** A published source. `accessed` is an ISO date, or `null` where the dossier does not record it. */
export interface Source {
  id: string;
  url: string;
  title: string;
  publisher: string;
  kind: "official" | "secondary";
  accessed: string | null;
  note?: string;
}

/** A reference to a {@link Source} by id, optionally pinpointing the passage relied on. */
export interface SourceRef {
  id: string;
  pinpoint?: string;
}

export interface Provenance {
  status: ProvenanceStatus;
  sources: SourceRef[];
  note?: string;
}

/**
 * Text exactly as published in one language. `complete: false` marks text that is available only up
 * to the point where `value` ends (the rest is not yet verified).
 */
export interface TextVersion {
  value: string;
  complete: boolean;
}

/** Text per language; a language that is absent has no verified text. */
export type LocalizedText = Partial<Record<Lang, TextVersion>>;

/** Table rows per language (rows of cells, each cell plain text). */
export type LocalizedTable = Partial<Record<Lang, string[][]>>;

/**
 * A description of what a provision is about, written by the editors from the cited sources. It is a
 * paraphrase and never the Convention's text; the text lives only in `text`.
 */
export interface Subject {
  paraphrase: string;
  status: SubjectStatus;
  sources: SourceRef[];
}

/** A note found inside the published text. */
export interface Note {
  kind: "editorial" | "footnote";
  /** The footnote's marker as published. */
  num?: string;
  text: string;
}

export interface ProvisionNode {
  type: NodeType;
  /** Akoma Ntoso-style id: `art_8__para_3`, `part_3`, `annex_h`, `preamble__recital_1`. */
  eId: string;
  /** The number as published (`8`, `3`, `(a)`, `III`, `H`), or `null` when unnumbered or unknown. */
  num: string | null;
  /** `null`: no heading, or the heading is not yet verified (see `provenance.note`). */
  heading: LocalizedText | null;
  /** `null`: the text is not yet verified. Never filled with a paraphrase. */
  text: LocalizedText | null;
  table?: LocalizedTable;
  /**
   * Notes kept apart from `text`, per language: the publisher's editorial insertions (BWB `redactie`,
   * not the treaty's words) and footnotes (BWB `noot`). Only imported documents have them.
   */
  notes?: Partial<Record<Lang, Note[]>>;
  subject?: Subject;
  children: ProvisionNode[];
  provenance: Provenance;
}

/** A claim about a fact made by one source, kept when sources disagree. */
export interface Claim {
  value: string | number;
  status: ProvenanceStatus | "inferred";
  sources: SourceRef[];
  note?: string;
}

/** A fact with its sources; `value: null` with status `unknown` means not yet verified. */
export interface Fact<T> {
  value: T | null;
  status: ProvenanceStatus;
  sources: SourceRef[];
  note?: string;
  claims?: Claim[];
}

export interface ConventionMeta {
  titles: { en: Fact<string>; nl: Fact<string> };
  adopted: { date: Fact<string>; place: Fact<string> };
  /** Opening for signature, and the last day the Convention was open for signature. */
  openedForSignature: { date: Fact<string>; place: Fact<string>; lastDay: Fact<string> };
  identifiers: {
    bwbId: Fact<string>;
    verdragenbank: Fact<string>;
    tractatenblad: Fact<string>[];
    parliamentaryPapers: Fact<string>[];
  };
  /** Which texts the Dutch law portal holds, and whether each is authentic there. */
  textsHeld: Fact<Array<{ lang: Lang; authentic: boolean }>>;
  authenticLanguages: Fact<string[]>;
  depositary: Fact<string>;
  /** The entry-into-force article, its rule, and whether the Convention has entered into force generally. */
  entryIntoForce: { article: Fact<string>; rule: Fact<string>; general: Fact<string> };
  counts: { articles: Fact<number>; parts: Fact<number>; annexes: Fact<number> };
  /**
   * The letters of the Convention's annexes: the one list that `@lhc/parties` and `@lhc/requests` keep
   * in step with (their tests compare). Inferred: G is named by no source. Absent for a treaty whose
   * annex letters are not recorded.
   */
  annexLetters?: {
    value: string[];
    status: "official" | "secondary" | "inferred";
    sources: SourceRef[];
    note: string;
  };
}

/** The parts of a treaty document shared by the curated data and by an imported BWB file. */
export interface TreatyBody {
  preamble: ProvisionNode | null;
  /** Parts, chapters and articles in document order. */
  body: ProvisionNode[];
  /** Closing formula and signatures, when known. */
  conclusions: ProvisionNode | null;
  annexes: ProvisionNode[];
  /** Other instruments published with the treaty: protocols, exchanges of notes, understandings. */
  attachments: ProvisionNode[];
}

/** The curated Convention: what is verified today, with sources. */
export interface ConventionDocument extends TreatyBody {
  schemaVersion: 1;
  kind: "curated";
  meta: ConventionMeta;
  sources: Source[];
}

/** Where an imported document came from. */
export interface ImportedMeta {
  format: "toestand" | "wetgeving";
  bwbId: string | null;
  /** The version date of a `<toestand>` file (`@inwerkingtreding`), else `null`. */
  versionDate: string | null;
  treatyNumber: string | null;
  lang: Lang;
  authentic: boolean;
  /** The Dutch official title (`intitule`), without metadata. */
  officialTitle: string | null;
  /** The heading of the main instrument in the imported language. */
  title: string | null;
}

/** One language version of a treaty imported from BWB XML. */
export interface ImportedDocument extends TreatyBody {
  schemaVersion: 1;
  kind: "bwb-import";
  meta: ImportedMeta;
  sources: Source[];
}

export type TreatyDocument = ConventionDocument | ImportedDocument;
