/**
 * The eId grammar (Akoma Ntoso naming). It is independent of the data: any article, paragraph or point
 * can be addressed, whether or not its text is in the package, because States declare and cite
 * provisions whose text is not yet verified here.
 *
 *   eId        = "preamble" ["__" ("recital" | "formula") "_" N *("__" point)]
 *              | "conclusions" *("__" point)
 *              | [scope "__"] containers ["__" para] *("__" point)
 *              | [scope "__"] article ["__" para] *("__" point)
 *              | scope "__" para *("__" point)
 *              | [scope "__"] point *("__" point)
 *   scope      = "annex_" ALNUM | "att_" N
 *   containers = container *("__" container)
 *   container  = ("part" | "chp" | "sec" | "title" | "subsec" | "dvs") "_" (N | LETTERS)  (not Roman: part_3)
 *   article    = "art_" (N [a-z]* | LETTERS)     para = "para_" N [a-z]*      point = "point_" ALNUM
 *   N          = [1-9][0-9]*     LETTERS = [a-z]+ (a Roman numeral or a letter)     ALNUM = [0-9a-z]+
 *
 * Lists may stand directly in a part, a division, a recital or the body of a treaty, as they do in real
 * treaty files. The number of an annex, container, article, paragraph or point may carry a repeat suffix "-K" (K >= 2): real files number two provisions of
 * one owner alike (two lists restarting at "(a)", a chapter I twice, an annex 1 twice), and the K-th
 * provision with that number in document order is told apart by it (`chp_1-2`, `point_a-2`).
 *
 * Content blocks that are part of a provision's text (`wrapup_N`, `crossheading_N`, `table_N`) may
 * follow any of these; they have eIds but are cited through their provision.
 */

import {
  type BlockPrefix,
  type ContainerPrefix,
  kindsWithRole,
  PROVISION_KINDS,
  type SegmentPrefix,
} from "./kinds.js";

/** The eId prefixes of containers (part, chp, sec, title, subsec, dvs), from the kinds table. */
export const CONTAINER_PREFIXES: readonly ContainerPrefix[] = kindsWithRole("container").map(
  (kind) => kind.eIdPrefix as ContainerPrefix,
);
export type { BlockPrefix, ContainerPrefix, SegmentPrefix };

/** The eId prefixes of content blocks (wrapup, crossheading, table), from the kinds table. */
export const BLOCK_PREFIXES: readonly BlockPrefix[] = kindsWithRole("block").map(
  (kind) => kind.eIdPrefix as BlockPrefix,
);

export interface Segment {
  prefix: SegmentPrefix;
  /** Normalised number as it appears in the eId; `null` for `preamble` and `conclusions`. */
  num: string | null;
}

const ORDINAL = /^[1-9][0-9]*$/;
const ARTICLE_NUM = /^(?:[1-9][0-9]*[a-z]*|[a-z]+)$/;
/** Arabic, or letters that are not a Roman numeral (Part III is part_3), single C, D, L and M aside. */
const CONTAINER_NUM = {
  test: (num: string) =>
    /^[1-9][0-9]*$/.test(num) || (/^[a-z]+$/.test(num) && (/^[cdlm]$/.test(num) || romanToInt(num) === null)),
};
/** A number's repeat suffix: `1-2` is the second provision numbered 1 in its owner. */
const REPEAT = /-([2-9]|[1-9][0-9]+)$/;

/** Splits a segment number into the published number and its repeat count (1 when none). */
export function splitRepeat(num: string): { base: string; repeat: number } {
  const match = REPEAT.exec(num);
  return match ? { base: num.slice(0, match.index), repeat: Number(match[1]) } : { base: num, repeat: 1 };
}
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

const SEGMENT_RULES: Record<
  Exclude<SegmentPrefix, "preamble" | "conclusions">,
  [{ test(num: string): boolean }, string]
> = {
  recital: [ORDINAL, "a recital number is a positive integer without leading zeros"],
  formula: [ORDINAL, "a formula number is a positive integer without leading zeros"],
  annex: [ALNUM, "an annex number is lower-case letters or digits, e.g. annex_h"],
  att: [ORDINAL, "an attachment number is a positive integer"],
  part: [
    CONTAINER_NUM,
    "a part number is an Arabic integer (Part III is part_3) or lower-case letters (Part A is part_a)",
  ],
  chp: [CONTAINER_NUM, "a chapter number is an Arabic integer or lower-case letters"],
  sec: [CONTAINER_NUM, "a section number is an Arabic integer or lower-case letters"],
  title: [CONTAINER_NUM, "a title number is an Arabic integer or lower-case letters"],
  subsec: [CONTAINER_NUM, "a subsection number is an Arabic integer or lower-case letters"],
  dvs: [CONTAINER_NUM, "a division number is an Arabic integer or lower-case letters"],
  art: [
    ARTICLE_NUM,
    "an article number is an integer with an optional letter suffix (8, 8bis), a Roman numeral or letters (art_a)",
  ],
  para: [PARAGRAPH_NUM, "a paragraph number is an integer with an optional letter suffix"],
  point: [ALNUM, "a point number is lower-case letters or digits without brackets, e.g. point_a"],
  wrapup: [ORDINAL, "a wrap-up number is a positive integer"],
  crossheading: [ORDINAL, "a cross-heading number is a positive integer"],
  table: [ORDINAL, "a table number is a positive integer"],
};

/** Segments numbered as published, where a file can repeat a number. */
const REPEATABLE = new Set<string>(
  PROVISION_KINDS.filter((kind) => kind.numbering === "published").map((kind) => kind.eIdPrefix),
);

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
      `unknown segment prefix "${prefix}"; expected one of ${PROVISION_KINDS.map((kind) => kind.eIdPrefix).join(", ")}`,
    );
  }
  const [pattern, rule] = SEGMENT_RULES[prefix as keyof typeof SEGMENT_RULES];
  const base = REPEATABLE.has(prefix) ? splitRepeat(num).base : num;
  if (!pattern.test(base)) {
    throw new CitationError(
      eId,
      `in segment "${raw}", ${rule}${REPEATABLE.has(prefix) && !REPEAT.test(num) ? ', optionally followed by a repeat suffix "-K" (K >= 2)' : ""}`,
    );
  }
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
  const points = () => {
    while (next()?.prefix === "point") i++;
  };
  if (first.prefix === "preamble") {
    i++;
    const item = next();
    if (item) {
      if (item.prefix !== "recital" && item.prefix !== "formula") {
        fail("inside the preamble only recital_N or formula_N may follow");
      }
      i++;
      points();
    }
  } else if (first.prefix === "conclusions") {
    i++;
    points();
  } else {
    if (first.prefix === "annex" || first.prefix === "att") i++;
    const head = next();
    if (head && isContainer(head.prefix)) {
      while (next() && isContainer((next() as Segment).prefix)) i++;
      if (next()?.prefix === "para") i++;
      points();
    } else if (head?.prefix === "art") {
      i++;
      if (next()?.prefix === "para") i++;
      points();
    } else if (head?.prefix === "para" && i > 0) {
      i++;
      points();
    } else if (head?.prefix === "point") {
      points();
    } else if (i === 0) {
      fail(
        `an eId starts with preamble, conclusions, annex_X, att_N, a container (part_N, chp_N, …), art_N, para_N or point_X, not "${first.prefix}"`,
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

/*
 * Published numbers → eId numbers. The importer numbers what it reads with these, and the data lint
 * checks curated and imported files with the same functions, so the two always agree. `null`: the
 * published number cannot be an eId number (none, "-", "•", "1.1"), and the position numbers the node.
 */

/** A container's number: "III" → "3", "2." → "2", "A" → "a" (Part C is lettered, not Part 100). */
export function containerNum(published: string | null): string | null {
  const nr = (published ?? "").trim().replace(/[.:]$/, "").toLowerCase();
  if (/^[1-9][0-9]*$/.test(nr)) return nr;
  if (/^[a-z]$/.test(nr) && !/^[ivx]$/.test(nr)) return nr;
  const roman = romanToInt(nr);
  if (roman !== null) return String(roman);
  return /^[a-z]+$/.test(nr) ? nr : null;
}

/** An article's number: "8" → "8", "8 bis" → "8bis", "XVII" → "xvii", "A" → "a". */
export function articleNum(published: string | null): string | null {
  const cleaned = (published ?? "").toLowerCase().replace(/[\s.:()]/g, "");
  return ARTICLE_NUM.test(cleaned) ? cleaned : null;
}

/** A paragraph's number: "1." or "(1)" → "1", "2a" → "2a". */
export function paragraphNum(published: string | null): string | null {
  const cleaned = (published ?? "").toLowerCase().replace(/[\s.():]/g, "");
  return PARAGRAPH_NUM.test(cleaned) ? cleaned : null;
}

/** A point's number: the letters and digits of its marker ("(a)", "a.", "ii)"); "-" or "•" has none. */
export function pointNum(published: string | null): string | null {
  const cleaned = (published ?? "").toLowerCase().replace(/[^0-9a-z]/g, "");
  return cleaned.length > 0 && cleaned.length <= 8 ? cleaned : null;
}

/** An annex's number: "H" → "h", "1" → "1", "I." → "i". */
export function annexNum(published: string | null): string | null {
  const cleaned = (published ?? "").toLowerCase().replace(/[^0-9a-z]/g, "");
  return cleaned.length > 0 ? cleaned : null;
}
