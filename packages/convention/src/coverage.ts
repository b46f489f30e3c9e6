import { NODE_TYPES, provisionKind } from "./kinds.js";
import { walk } from "./query.js";
import type { Fact, Lang, NodeType, TreatyDocument } from "./types.js";

export interface CoverageCount {
  /** Nodes of this type in the data (known to exist, with or without text). */
  known: number;
  /** Nodes with verified text in at least one language (complete or up to where it is available). */
  withText: number;
  /** Nodes whose text is complete in at least one language. */
  withCompleteText: number;
  byLang: Record<Lang, { withText: number; withCompleteText: number }>;
}

export interface Coverage {
  articles: CoverageCount;
  paragraphs: CoverageCount;
  points: CoverageCount;
  recitals: CoverageCount;
  parts: CoverageCount;
  annexes: CoverageCount;
  /** How many articles, parts and annexes the Convention has, as far as verified (curated data only). */
  expected: { articles: Fact<number>; parts: Fact<number>; annexes: Fact<number> } | null;
}

const COUNTED: Record<Exclude<keyof Coverage, "expected">, NodeType> = {
  articles: "article",
  paragraphs: "paragraph",
  points: "point",
  recitals: "recital",
  parts: "part",
  annexes: "annex",
};

const emptyCount = (): CoverageCount => ({
  known: 0,
  withText: 0,
  withCompleteText: 0,
  byLang: { en: { withText: 0, withCompleteText: 0 }, nl: { withText: 0, withCompleteText: 0 } },
});

/**
 * Counts, per kind of provision, how many are in the data and how many have verified text. Text
 * counts only where it is in `text` (a paraphrased `subject` is not text).
 */
export function coverageOf(doc: TreatyDocument): Coverage {
  const counts = Object.fromEntries(Object.keys(COUNTED).map((k) => [k, emptyCount()])) as Record<
    keyof typeof COUNTED,
    CoverageCount
  >;
  const keyByType = new Map(Object.entries(COUNTED).map(([k, t]) => [t, k as keyof typeof COUNTED]));
  for (const node of walk(doc)) {
    const key = keyByType.get(node.type);
    if (!key) continue;
    const count = counts[key];
    count.known++;
    let any = false;
    let anyComplete = false;
    for (const lang of ["en", "nl"] as const) {
      const version = node.text?.[lang];
      if (!version) continue;
      any = true;
      count.byLang[lang].withText++;
      if (version.complete) {
        anyComplete = true;
        count.byLang[lang].withCompleteText++;
      }
    }
    if (any) count.withText++;
    if (anyComplete) count.withCompleteText++;
  }
  return { ...counts, expected: doc.kind === "curated" ? doc.meta.counts : null };
}

/** The kinds of provision that coverage counts, in the kinds table's order, with their English plurals. */
export const coverageKinds: ReadonlyArray<readonly [Exclude<keyof Coverage, "expected">, string]> = (
  Object.keys(COUNTED) as Array<keyof typeof COUNTED>
)
  .sort((a, b) => NODE_TYPES.indexOf(COUNTED[a]) - NODE_TYPES.indexOf(COUNTED[b]))
  .map((key) => [key, provisionKind(COUNTED[key]).plural] as const);

function expectedCell(fact: Fact<number> | undefined): string {
  if (!fact) return "";
  if (fact.value !== null) return String(fact.value);
  const claims = (fact.claims ?? []).map((c) => `${c.value} (${c.status})`).join(" / ");
  return claims ? `not yet verified: ${claims}` : "not yet verified";
}

/** A Markdown table of a {@link Coverage}, as the build prints it and the README shows it. */
export function formatCoverage(coverage: Coverage): string {
  const lines = [
    "| Kind | In the data | With text (EN) | Complete text (EN) | With text (NL) | Complete text (NL) | Total in the Convention |",
    "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
  ];
  for (const [key, label] of coverageKinds) {
    const c = coverage[key];
    const expected =
      key === "articles" || key === "parts" || key === "annexes"
        ? expectedCell(coverage.expected?.[key])
        : "";
    lines.push(
      `| ${label} | ${c.known} | ${c.byLang.en.withText} | ${c.byLang.en.withCompleteText} | ${c.byLang.nl.withText} | ${c.byLang.nl.withCompleteText} | ${expected} |`,
    );
  }
  return lines.join("\n");
}
