/**
 * The eId grammar (Akoma Ntoso naming). It is independent of the data: any article, paragraph or point
 * can be addressed, whether or not its text is in the package, because States declare and cite
 * provisions whose text is not yet verified here.
 *
 *   eId        = "preamble" ["__" ("recital" | "formula") "_" N]
 *              | "conclusions"
 *              | [scope "__"] containers
 *              | [scope "__"] article ["__" para] *("__" point)
 *              | scope *("__" point)
 *   scope      = "annex_" ALNUM | "att_" N
 *   containers = container *("__" container)
 *   container  = ("part" | "chp" | "sec" | "title" | "subsec" | "dvs") "_" N
 *   article    = "art_" (N [a-z]* | roman)      para = "para_" N [a-z]*      point = "point_" ALNUM
 *   N          = [1-9][0-9]*                    ALNUM = [0-9a-z]+
 *
 * Content blocks that are part of a provision's text (`wrapup_N`, `crossheading_N`, `table_N`) may
 * follow any of these; they have eIds but are cited through their provision.
 */

export const CONTAINER_PREFIXES = ["part", "chp", "sec", "title", "subsec", "dvs"] as const;
export type ContainerPrefix = (typeof CONTAINER_PREFIXES)[number];

export const BLOCK_PREFIXES = ["wrapup", "crossheading", "table"] as const;
export type BlockPrefix = (typeof BLOCK_PREFIXES)[number];

export type SegmentPrefix =
  | "preamble"
  | "recital"
  | "formula"
  | "conclusions"
  | "annex"
  | "att"
  | ContainerPrefix
  | "art"
  | "para"
  | "point"
  | BlockPrefix;

export interface Segment {
  prefix: SegmentPrefix;
  /** Normalised number as it appears in the eId; `null` for `preamble` and `conclusions`. */
  num: string | null;
}

const ORDINAL = /^[1-9][0-9]*$/;
const ARTICLE_NUM = /^(?:[1-9][0-9]*[a-z]*|[ivxlcdm]+)$/;
const PARAGRAPH_NUM = /^[1-9][0-9]*[a-z]*$/;
const ALNUM = /^[0-9a-z]+$/;

/** Thrown when an eId or a citation does not follow the grammar; names the input and the rule. */
export class CitationError extends Error {
  readonly input: string;
  readonly rule: string;
  constructor(input: string, rule: string) {
    super(`Cannot read ${JSON.stringify(input)}: ${rule}`);
    this.name = "CitationError";
    this.input = input;
    this.rule = rule;
  }
}

const SEGMENT_RULES: Record<Exclude<SegmentPrefix, "preamble" | "conclusions">, [RegExp, string]> = {
  recital: [ORDINAL, "a recital number is a positive integer without leading zeros"],
  formula: [ORDINAL, "a formula number is a positive integer without leading zeros"],
  annex: [ALNUM, "an annex number is lower-case letters or digits, e.g. annex_h"],
  att: [ORDINAL, "an attachment number is a positive integer"],
  part: [ORDINAL, "a part number is an Arabic integer in the eId (Part III is part_3)"],
  chp: [ORDINAL, "a chapter number is an Arabic integer"],
  sec: [ORDINAL, "a section number is an Arabic integer"],
  title: [ORDINAL, "a title number is an Arabic integer"],
  subsec: [ORDINAL, "a subsection number is an Arabic integer"],
  dvs: [ORDINAL, "a division number is an Arabic integer"],
  art: [
    ARTICLE_NUM,
    "an article number is an integer with an optional letter suffix (8, 8bis) or a Roman numeral",
  ],
  para: [PARAGRAPH_NUM, "a paragraph number is an integer with an optional letter suffix"],
  point: [ALNUM, "a point number is lower-case letters or digits without brackets, e.g. point_a"],
  wrapup: [ORDINAL, "a wrap-up number is a positive integer"],
  crossheading: [ORDINAL, "a cross-heading number is a positive integer"],
  table: [ORDINAL, "a table number is a positive integer"],
};

const isContainer = (p: SegmentPrefix): p is ContainerPrefix =>
  (CONTAINER_PREFIXES as readonly string[]).includes(p);
const isBlock = (p: SegmentPrefix): p is BlockPrefix => (BLOCK_PREFIXES as readonly string[]).includes(p);

function readSegment(eId: string, raw: string): Segment {
  if (raw === "preamble" || raw === "conclusions") return { prefix: raw, num: null };
  const cut = raw.lastIndexOf("_");
  if (cut <= 0) {
    throw new CitationError(eId, `segment "${raw}" must be prefix_number, e.g. art_8 or para_3`);
  }
  const prefix = raw.slice(0, cut);
  const num = raw.slice(cut + 1);
  if (!(prefix in SEGMENT_RULES)) {
    throw new CitationError(
      eId,
      `unknown segment prefix "${prefix}"; expected one of preamble, recital, formula, conclusions, annex, att, ${CONTAINER_PREFIXES.join(", ")}, art, para, point, ${BLOCK_PREFIXES.join(", ")}`,
    );
  }
  const [pattern, rule] = SEGMENT_RULES[prefix as keyof typeof SEGMENT_RULES];
  if (!pattern.test(num)) throw new CitationError(eId, `in segment "${raw}", ${rule}`);
  return { prefix: prefix as SegmentPrefix, num };
}

/** Splits and checks an eId against the grammar. Throws {@link CitationError} when it does not conform. */
export function parseEId(eId: string): Segment[] {
  if (eId.length === 0) throw new CitationError(eId, "an eId must not be empty");
  const segments = eId.split("__").map((raw) => readSegment(eId, raw));
  let i = 0;
  const at = () => segments[i];
  const fail = (rule: string): never => {
    throw new CitationError(eId, rule);
  };

  // Content blocks may close any addressable path; strip them before checking the provision path.
  let end = segments.length;
  while (end > 1 && isBlock((segments[end - 1] as Segment).prefix)) end--;
  // A content block may also stand alone: free text at the top level of a treaty body.
  if (end === 1 && segments.length === 1 && isBlock((segments[0] as Segment).prefix)) return segments;
  const path = segments.slice(0, end);
  const next = () => path[i];

  const first = at() as Segment;
  if (first.prefix === "preamble") {
    i++;
    const item = next();
    if (item) {
      if (item.prefix !== "recital" && item.prefix !== "formula") {
        fail("inside the preamble only recital_N or formula_N may follow");
      }
      i++;
    }
  } else if (first.prefix === "conclusions") {
    i++;
  } else {
    if (first.prefix === "annex" || first.prefix === "att") i++;
    const head = next();
    if (head && isContainer(head.prefix)) {
      while (next() && isContainer((next() as Segment).prefix)) i++;
    } else if (head?.prefix === "art") {
      i++;
      if (next()?.prefix === "para") i++;
      while (next()?.prefix === "point") i++;
    } else if (head?.prefix === "point" && i > 0) {
      while (next()?.prefix === "point") i++;
    } else if (i === 0) {
      fail(
        `an eId starts with preamble, conclusions, annex_X, att_N, a container (part_N, chp_N, …) or art_N, not "${first.prefix}"`,
      );
    }
  }
  if (i < path.length) {
    const extra = path[i] as Segment;
    const previous = path[i - 1] as Segment;
    fail(
      `"${extra.prefix}_${extra.num ?? ""}" cannot follow "${previous.prefix}${previous.num ? `_${previous.num}` : ""}"`,
    );
  }
  return segments;
}

/** True when `eId` follows the grammar. */
export function isEId(eId: string): boolean {
  try {
    parseEId(eId);
    return true;
  } catch (error) {
    if (error instanceof CitationError) return false;
    throw error;
  }
}

export function formatEId(segments: readonly Segment[]): string {
  return segments.map((s) => (s.num === null ? s.prefix : `${s.prefix}_${s.num}`)).join("__");
}

const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** Converts a well-formed Roman numeral (any case) to an integer, or `null` if it is not one. */
export function romanToInt(roman: string): number | null {
  const lower = roman.toLowerCase();
  if (!/^[ivxlcdm]+$/.test(lower)) return null;
  let total = 0;
  for (let k = 0; k < lower.length; k++) {
    const value = ROMAN_VALUES[lower[k] as string] as number;
    const following = ROMAN_VALUES[lower[k + 1] as string] ?? 0;
    total += value < following ? -value : value;
  }
  // Reject non-canonical forms such as "iiii" or "vx", so that the conversion round-trips.
  return total > 0 && intToRoman(total).toLowerCase() === lower ? total : null;
}

export function intToRoman(value: number): string {
  const table: Array<[number, string]> = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let rest = value;
  let out = "";
  for (const [n, sym] of table) {
    while (rest >= n) {
      out += sym;
      rest -= n;
    }
  }
  return out;
}
