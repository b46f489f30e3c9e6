/**
 * The words of the answer to "does the Convention apply between A and B on a date?", in one place: the
 * CLI (`lhc between`), the site (`/between`, the request builder) and the findings of
 * `@lhc/request-context` print these and write none of their own. An answer says what the recorded
 * facts show and as of when; "No" is said only where a recorded fact excludes it.
 */
import type { IsoDate, ProvisionalApplication } from "./types.js";

const capitalise = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/**
 * - `yes`: the Convention is in force for both States on verified entry-into-force dates.
 * - `not-verified`: both have an entry-into-force date on or before the date, but at least one of these
 *   dates is only published, not verified.
 * - `not-shown`: the recorded facts (as of the data set's date) do not show it in force for one of them,
 *   and none excludes it: a consent or entry into force may be missing from the sources or later.
 * - `no`: a recorded fact excludes it: on the date, one of them had not yet signed or consented (its
 *   recorded signature or consent is later).
 */
export type BetweenAnswer = "yes" | "not-verified" | "not-shown" | "no";

/** A State's provisional application of one or more Parts, as it bears on a pair of States on a date. */
export interface ProvisionalApplicationBetween {
  /** The State that applies the Parts provisionally. */
  state: string;
  /** The Parts it applies, as eIds of `@lhc/convention` (e.g. `part_3`). */
  parts: string[];
  /** The same Parts in words, as the source describes them (e.g. "Part III (mutual legal assistance)"). */
  scope: string;
  territory: string;
  from: IsoDate;
  /** Where it was published (e.g. "Trb. 2024, 39"), or `null`. */
  publication: string | null;
  /**
   * `true` when, on the recorded facts, these Parts may apply between the two States through this
   * provisional application: the other State is bound on a verified or published date, or applies the
   * same Parts provisionally. `false` when the other State is not shown to be bound, so the provisional
   * application alone does not reach it.
   */
  mayCover: boolean;
  /** The provisional application and what it means for the pair, in one sentence. */
  sentence: string;
  sources: ProvisionalApplication["sources"];
}

/** "Article 90" for `art_90`: how the Convention's articles are named in sentences. */
export function articleLabel(provision: string): string {
  return provision.replace(/^art_(\d+)$/, "Article $1");
}

/**
 * "The Convention's entry-into-force rule (Article 90) is not verified", from the data's record of the
 * rule (`convention.entryIntoForce`), so that no page or finding keeps the article number or its status.
 * `null` is another treaty's data set, which records no entry-into-force rule.
 */
export function entryIntoForceRuleSentence(
  rule: {
    article: { provision: string };
    ruleStatus: string;
  } | null,
): string {
  if (!rule) return "The treaty's entry-into-force rule is not recorded in this data set";
  return `The Convention's entry-into-force rule (${articleLabel(rule.article.provision)}) is ${rule.ruleStatus === "verified" ? "verified" : "not verified"}`;
}

/** "not shown to apply on the recorded facts (data as of 2026-11-28)": what is said instead of "no" where no fact excludes it. */
export function notShownToApply(asOf: IsoDate): string {
  return `not shown to apply on the recorded facts (data as of ${asOf})`;
}

/** The short verdict printed before the reasons: "Yes.", "Not verified.", "Not shown to apply … (data as of …)." or "No." */
export function betweenVerdict(between: {
  answer: BetweenAnswer;
  asOf: IsoDate;
  provisionalApplication: readonly ProvisionalApplicationBetween[];
}): string {
  const provisional = between.provisionalApplication.filter((p) => p.mayCover);
  const partly =
    provisional.length > 0 && between.answer !== "yes"
      ? ` ${provisional.map((p) => `${p.scope} may apply provisionally (${p.state}).`).join(" ")}`
      : "";
  switch (between.answer) {
    case "yes":
      return "Yes.";
    case "not-verified":
      return `Not verified (data as of ${between.asOf}).${partly}`;
    case "not-shown":
      return `${capitalise(notShownToApply(between.asOf))}.${partly}`;
    case "no":
      return "No: a recorded fact excludes it.";
  }
}

/** The first reason: the conclusion in a sentence that names the States and the date. */
export function betweenConclusion(
  answer: BetweenAnswer,
  a: string,
  b: string,
  on: IsoDate,
  asOf: IsoDate,
  codes: { notShown: string[]; excluded: string[]; unverified: string[] },
): string {
  switch (answer) {
    case "yes":
      return `The Convention is in force between ${a} and ${b} on ${on}: it is in force for both on verified dates.`;
    case "not-verified":
      return `Whether the Convention applies between ${a} and ${b} on ${on} is not verified: an entry-into-force date is published for ${codes.unverified.join(" and ")}, but not verified.`;
    case "not-shown":
      return `Between ${a} and ${b} on ${on}, the Convention is ${notShownToApply(asOf)}: they do not show it in force for ${codes.notShown.join(" or ")}.`;
    case "no":
      return `The Convention does not apply between ${a} and ${b} on ${on}: on that date ${codes.excluded.join(" and ")} had not yet signed or consented to be bound, on the recorded facts.`;
  }
}

/** "Netherlands (NL) applies Part III (…) provisionally in … since … (Trb. 2024, 39)." and what it means for the pair. */
export function provisionalApplicationSentence(
  who: string,
  entry: Pick<ProvisionalApplication, "scope" | "territory" | "from" | "publication">,
  mayCover: boolean,
  otherWho: string,
): string {
  const where = entry.publication ? ` (${entry.publication})` : "";
  const applies = `${who} applies ${entry.scope} provisionally in ${entry.territory} since ${entry.from}${where}.`;
  return mayCover
    ? `${applies} Requests under ${entry.scope} may therefore be covered in its relations with ${otherWho}; provisional application is not entry into force, and whether it covers a given request is not verified.`
    : `${applies} It does not reach ${otherWho}, which is not shown to be bound; provisional application is not entry into force.`;
}

/** The finding's message for a request whose type falls under a Part that one of the States applies provisionally. */
export function provisionallyAppliedMessage(
  pair: string,
  on: IsoDate,
  requestTitle: string,
  entries: readonly ProvisionalApplicationBetween[],
): string {
  const how = entries
    .map(
      (p) =>
        `${p.state} applies ${p.scope} provisionally since ${p.from}${p.publication ? ` (${p.publication})` : ""}`,
    )
    .join("; ");
  return `The Convention is not shown to be in force between ${pair} on ${on}, but ${how}, and a ${requestTitle.toLowerCase()} falls under it: the request may rest on provisional application. Check that it covers this request before relying on it.`;
}
