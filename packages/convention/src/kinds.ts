/**
 * The kinds of provision: the one table that the schema, the eId grammar, citations, the data directory's
 * layout, the update's summary, the importer, coverage and the site read. A new kind is one new row here;
 * everything that names kinds derives its list from this table.
 */

/** The data directory's place for a file whose root node is of this kind. */
export type DataFolder = "preamble" | "conclusions" | "parts" | "provisions" | "annexes" | "attachments";

/**
 * What a kind is in the document's structure:
 * `frame` the preamble and the closing formula; `preamble-item` a recital or formula of the preamble;
 * `container` a part, chapter, … that groups articles; `article`; `subdivision` a paragraph or point;
 * `block` text that belongs to its provision (cited through it); `scope` an annex or another instrument,
 * whose articles are numbered within it.
 */
export type KindRole =
  | "frame"
  | "preamble-item"
  | "container"
  | "article"
  | "subdivision"
  | "block"
  | "scope";

/**
 * How the number in the eId is given: `published` from the number as published (the importer's and the
 * lint's number functions, a repeat suffix where a file repeats one), `ordinal` by position, `none` for a
 * node that is the only one of its kind.
 */
export type KindNumbering = "published" | "ordinal" | "none";

export interface ProvisionKindRow {
  /** The node's `type` in the data. */
  type: string;
  /** The eId segment prefix: `art` in `art_8`. */
  eIdPrefix: string;
  /**
   * Where a file of this kind sits when it is a top-level node; `null`: never a file of its own. Free text
   * outside any article (an exchange of notes, a heading between articles) sits with the articles.
   */
  folder: DataFolder | null;
  /** The English word for one, as a label starts ("Article"). */
  word: string;
  /** The English word for several, as counts are headed ("Articles"). */
  plural: string;
  /** Whether the site gives it a page of its own (the others are shown on the page that holds them). */
  page: boolean;
  role: KindRole;
  numbering: KindNumbering;
  /** An eId of this kind, as the grammar writes one. */
  example: string;
}

/** Every kind of provision, in the order summaries list them. */
export const PROVISION_KINDS = [
  {
    type: "preamble",
    eIdPrefix: "preamble",
    folder: "preamble",
    word: "Preamble",
    plural: "Preambles",
    page: true,
    role: "frame",
    numbering: "none",
    example: "preamble",
  },
  {
    type: "formula",
    eIdPrefix: "formula",
    folder: null,
    word: "Preamble formula",
    plural: "Preamble formulas",
    page: false,
    role: "preamble-item",
    numbering: "ordinal",
    example: "preamble__formula_1",
  },
  {
    type: "recital",
    eIdPrefix: "recital",
    folder: null,
    word: "Recital",
    plural: "Recitals",
    page: false,
    role: "preamble-item",
    numbering: "ordinal",
    example: "preamble__recital_1",
  },
  {
    type: "part",
    eIdPrefix: "part",
    folder: "parts",
    word: "Part",
    plural: "Parts",
    page: true,
    role: "container",
    numbering: "published",
    example: "part_3",
  },
  {
    type: "chapter",
    eIdPrefix: "chp",
    folder: "parts",
    word: "Chapter",
    plural: "Chapters",
    page: true,
    role: "container",
    numbering: "published",
    example: "part_3__chp_1",
  },
  {
    type: "section",
    eIdPrefix: "sec",
    folder: "parts",
    word: "Section",
    plural: "Sections",
    page: true,
    role: "container",
    numbering: "published",
    example: "sec_2",
  },
  {
    type: "title",
    eIdPrefix: "title",
    folder: "parts",
    word: "Title",
    plural: "Titles",
    page: true,
    role: "container",
    numbering: "published",
    example: "title_1",
  },
  {
    type: "subsection",
    eIdPrefix: "subsec",
    folder: "parts",
    word: "Subsection",
    plural: "Subsections",
    page: true,
    role: "container",
    numbering: "published",
    example: "sec_2__subsec_1",
  },
  {
    type: "division",
    eIdPrefix: "dvs",
    folder: "parts",
    word: "Division",
    plural: "Divisions",
    page: true,
    role: "container",
    numbering: "published",
    example: "dvs_1",
  },
  {
    type: "article",
    eIdPrefix: "art",
    folder: "provisions",
    word: "Article",
    plural: "Articles",
    page: true,
    role: "article",
    numbering: "published",
    example: "art_8",
  },
  {
    type: "paragraph",
    eIdPrefix: "para",
    folder: "provisions",
    word: "Paragraph",
    plural: "Paragraphs",
    page: false,
    role: "subdivision",
    numbering: "published",
    example: "art_8__para_3",
  },
  {
    type: "point",
    eIdPrefix: "point",
    folder: "provisions",
    word: "Point",
    plural: "Points",
    page: false,
    role: "subdivision",
    numbering: "published",
    example: "art_8__para_3__point_a",
  },
  {
    type: "wrapUp",
    eIdPrefix: "wrapup",
    folder: "provisions",
    word: "Wrap-up text",
    plural: "Wrap-up texts",
    page: false,
    role: "block",
    numbering: "ordinal",
    example: "art_8__para_3__wrapup_1",
  },
  {
    type: "crossHeading",
    eIdPrefix: "crossheading",
    folder: "provisions",
    word: "Cross-heading",
    plural: "Cross-headings",
    page: false,
    role: "block",
    numbering: "ordinal",
    example: "art_8__crossheading_1",
  },
  {
    type: "table",
    eIdPrefix: "table",
    folder: "provisions",
    word: "Table",
    plural: "Tables",
    page: false,
    role: "block",
    numbering: "ordinal",
    example: "annex_a__table_1",
  },
  {
    type: "conclusions",
    eIdPrefix: "conclusions",
    folder: "conclusions",
    word: "Closing formula",
    plural: "Closing formulas",
    page: true,
    role: "frame",
    numbering: "none",
    example: "conclusions",
  },
  {
    type: "annex",
    eIdPrefix: "annex",
    folder: "annexes",
    word: "Annex",
    plural: "Annexes",
    page: true,
    role: "scope",
    numbering: "published",
    example: "annex_h",
  },
  {
    type: "attachment",
    eIdPrefix: "att",
    folder: "attachments",
    word: "Attachment",
    plural: "Attachments (other instruments: protocols, notes)",
    page: true,
    role: "scope",
    numbering: "ordinal",
    example: "att_1",
  },
] as const satisfies readonly ProvisionKindRow[];

type Row = (typeof PROVISION_KINDS)[number];

/** The type of a node: one row of {@link PROVISION_KINDS}. */
export type NodeType = Row["type"];
/** A kind as the table describes it. */
export type ProvisionKind = ProvisionKindRow & { type: NodeType };
/** The kinds that group articles: part, chapter, section, title, subsection, division. */
export type ContainerType = Extract<Row, { role: "container" }>["type"];
/** Their eId prefixes: part, chp, sec, title, subsec, dvs. */
export type ContainerPrefix = Extract<Row, { role: "container" }>["eIdPrefix"];
/** Prefixes of text blocks that belong to a provision: wrapup, crossheading, table. */
export type BlockPrefix = Extract<Row, { role: "block" }>["eIdPrefix"];
/** Every eId segment prefix. */
export type SegmentPrefix = Row["eIdPrefix"];

/** Every node type, in the table's order. */
export const NODE_TYPES = PROVISION_KINDS.map((kind) => kind.type) as [NodeType, ...NodeType[]];

const byType = new Map<string, ProvisionKind>(PROVISION_KINDS.map((kind) => [kind.type, kind]));
const byPrefix = new Map<string, ProvisionKind>(PROVISION_KINDS.map((kind) => [kind.eIdPrefix, kind]));

/** The row of a node type; throws for a type the table does not hold (data that bypassed the schema). */
export function provisionKind(type: string): ProvisionKind {
  const kind = byType.get(type);
  if (!kind) throw new Error(`"${type}" is not a kind of provision (one of ${NODE_TYPES.join(", ")})`);
  return kind;
}

/** The row of an eId segment prefix (`art` → article), or `undefined`. */
export function kindOfPrefix(prefix: string): ProvisionKind | undefined {
  return byPrefix.get(prefix);
}

/** The kinds with this role, in the table's order. */
export function kindsWithRole(role: KindRole): ProvisionKind[] {
  return PROVISION_KINDS.filter((kind) => kind.role === role);
}

/** True for a part, chapter, section, title, subsection or division. */
export function isContainerType(type: string): type is ContainerType {
  return byType.get(type)?.role === "container";
}

/** The node types whose files the folder holds. */
export function typesInFolder(folder: DataFolder): NodeType[] {
  return PROVISION_KINDS.filter((kind) => kind.folder === folder).map((kind) => kind.type);
}
