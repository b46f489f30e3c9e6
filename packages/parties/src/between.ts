import { dataset } from "./data.js";
import { PartiesInputError } from "./errors.js";
import { type DateInput, toIsoDate, toStateCode } from "./inputs.js";
import { stateLabel, stateName } from "./names.js";
import { isWithinProvision } from "./provision-id.js";
import { statusOfParty } from "./status.js";
import type { AnnexLetter, IsoDate, PartiesDataset, Party } from "./types.js";
import {
  type BetweenAnswer,
  betweenConclusion,
  betweenVerdict,
  entryIntoForceRuleSentence,
  type ProvisionalApplicationBetween,
  provisionalApplicationSentence,
} from "./wording.js";

export type { BetweenAnswer, ProvisionalApplicationBetween } from "./wording.js";

export interface InForceBetween {
  /** `true` only when `answer` is `yes`: never on unverified grounds. */
  applies: boolean;
  answer: BetweenAnswer;
  /** The short verdict to print before the reasons (from `betweenVerdict`), e.g. "Not shown to apply on the recorded facts (data as of 2026-11-28)." */
  verdict: string;
  /** The date of the data the answer rests on: later events are not in it. */
  asOf: IsoDate;
  /**
   * Each provisional application by either State in effect on the date, with the Parts it covers and
   * whether they may apply between the two through it (`mayCover`). Never counted as entry into force:
   * `answer` ignores it.
   */
  provisionalApplication: ProvisionalApplicationBetween[];
  /** Why, in plain sentences: the conclusion first, then each State, then caveats. */
  reasons: string[];
}

export interface AnnexesBetween {
  /** Annex letters both States have accepted by deposited declaration and that apply on the date. */
  annexes: AnnexLetter[];
  /**
   * `true` when which annexes apply cannot be said: whether the Convention applies between the two
   * States is not verified, or a relevant declaration's content is not yet verified; `annexes` is then `[]`.
   */
  unverified: boolean;
  reasons: string[];
}

const ARTICLE_2_PARA_2 = "art_2__para_2";

/**
 * `excluded`: a recorded fact shows it was not bound on the date (its signature or consent is later);
 * `not-shown`: the recorded facts do not show it bound, and none excludes it.
 */
type Standing = "in-force" | "published" | "not-shown" | "excluded";

function explainState(
  data: PartiesDataset,
  code: string,
  party: Party | undefined,
  date: IsoDate,
): { standing: Standing; reason: string } {
  const who = stateLabel(code);
  const { status } = statusOfParty(party, date);
  if (!party) {
    return {
      standing: "not-shown",
      reason: `${who} has not signed the Convention and has no consent to be bound recorded (data as of ${data.asOf}), so the Convention is not shown to be in force for it.`,
    };
  }
  switch (status) {
    case "none":
      return {
        standing: "excluded",
        reason: party.signature
          ? `${who} had not yet signed on ${date} (it signed on ${party.signature.date}); the Convention is not in force for it.`
          : `${who} had neither signed nor deposited consent to be bound on ${date}; the Convention is not in force for it.`,
      };
    case "signed":
      return {
        standing: "not-shown",
        reason: `${who} signed on ${party.signature?.date}, but no consent to be bound is recorded on or before ${date}; signature alone does not put the Convention in force for it.`,
      };
    case "consented": {
      const deposit = party.consent?.depositDate;
      const published = party.entryIntoForce?.date;
      return {
        standing: "not-shown",
        reason: published
          ? `${who} deposited its consent on ${deposit}; the entry-into-force date published for it is ${published}, after ${date}.`
          : `${who} deposited its consent on ${deposit}, but no entry-into-force date is published for it, and none is computed while the Convention's rule is unverified.`,
      };
    }
    case "entry-into-force-published": {
      const publishers = (party.entryIntoForce?.sources ?? []).map((s) => s.publisher).join("; ");
      return {
        standing: "published",
        reason: `The ${publishers} publishes ${party.entryIntoForce?.date} as the date of entry into force for ${who}; that date is published, not verified.`,
      };
    }
    case "in-force":
      return {
        standing: "in-force",
        reason: `The Convention is in force for ${who} since ${party.entryIntoForce?.date} (verified).`,
      };
  }
}

function provisionalApplicationBetween(
  data: PartiesDataset,
  states: ReadonlyArray<{ code: string; standing: Standing }>,
  date: IsoDate,
): ProvisionalApplicationBetween[] {
  const inEffect = (data.convention?.provisionalApplication ?? []).filter((entry) => entry.from <= date);
  return inEffect
    .filter((entry) => states.some((s) => s.code === entry.code))
    .map((entry) => {
      const other = states.find((s) => s.code !== entry.code) as { code: string; standing: Standing };
      const otherApplies = inEffect.some(
        (o) => o.code === other.code && entry.parts.every((part) => o.parts.includes(part)),
      );
      const mayCover = other.standing === "in-force" || other.standing === "published" || otherApplies;
      return {
        state: entry.code,
        parts: [...entry.parts],
        scope: entry.scope,
        territory: entry.territory,
        from: entry.from,
        publication: entry.publication,
        mayCover,
        sentence: provisionalApplicationSentence(
          stateLabel(entry.code),
          entry,
          mayCover,
          stateLabel(other.code),
        ),
        sources: entry.sources,
      };
    });
}

function checkPair(a: unknown, b: unknown, date: unknown, fn: string): [string, string, IsoDate] {
  const codeA = toStateCode(a, fn, "a");
  const codeB = toStateCode(b, fn, "b");
  const day = toIsoDate(date, fn);
  if (codeA === codeB) {
    throw new PartiesInputError(
      "same-state",
      "b",
      b,
      `${fn}: a and b are both ${codeA}; the question concerns two different States`,
    );
  }
  return [codeA, codeB, day];
}

const findParty = (data: PartiesDataset, code: string) => data.parties.find((p) => p.code === code);

/** `inForceBetween` over a given data set, for codes and a date already checked. */
export function inForceBetweenIn(
  data: PartiesDataset,
  codeA: string,
  codeB: string,
  day: IsoDate,
): InForceBetween {
  const stateA = explainState(data, codeA, findParty(data, codeA), day);
  const stateB = explainState(data, codeB, findParty(data, codeB), day);
  const states = [
    { code: codeA, ...stateA },
    { code: codeB, ...stateB },
  ];
  const having = (standing: Standing) => states.filter((s) => s.standing === standing).map((s) => s.code);
  const codes = {
    excluded: having("excluded"),
    notShown: having("not-shown"),
    unverified: having("published"),
  };
  const answer: BetweenAnswer =
    codes.excluded.length > 0
      ? "no"
      : codes.notShown.length > 0
        ? "not-shown"
        : codes.unverified.length > 0
          ? "not-verified"
          : "yes";
  const rule = data.convention?.entryIntoForce;
  const ruleCaveat =
    rule?.ruleStatus === "verified"
      ? []
      : [
          `${entryIntoForceRuleSentence(rule ?? null)}, so a State's entry into force is never computed and a published date is not taken as verified.`,
        ];
  const provisionalApplication = provisionalApplicationBetween(data, states, day);
  return {
    applies: answer === "yes",
    answer,
    verdict: betweenVerdict({ answer, asOf: data.asOf, provisionalApplication }),
    asOf: data.asOf,
    provisionalApplication,
    reasons: [
      betweenConclusion(answer, codeA, codeB, day, data.asOf, codes),
      stateA.reason,
      stateB.reason,
      ...ruleCaveat,
      ...provisionalApplication.map((p) => p.sentence),
    ],
  };
}

/**
 * Whether the Convention applies between States `a` and `b` on `date`. `answer` is `yes` only when both
 * have a verified entry-into-force date on or before `date`; when a date is only published (as every
 * date is while the entry-into-force rule is unverified) the answer is `not-verified`, never a plain yes;
 * `not-shown` when the recorded facts (as of `asOf`) do not show it in force for one of them, and `no`
 * only when a recorded fact excludes it. `provisionalApplication` says which Parts may nonetheless apply
 * provisionally, by which State, with its source. Nothing is inferred from counts of ratifications.
 */
export function inForceBetween(a: string, b: string, date: DateInput): InForceBetween {
  return inForceBetweenIn(dataset, ...checkPair(a, b, date, "inForceBetween"));
}

interface AcceptedAnnexes {
  annexes: AnnexLetter[];
  unknown: boolean;
  notes: string[];
}

function acceptedAnnexes(code: string, party: Party | undefined, date: IsoDate): AcceptedAnnexes {
  const result: AcceptedAnnexes = { annexes: [], unknown: false, notes: [] };
  if (!party) return result;
  const who = stateName(code);
  for (const declaration of party.declarations) {
    const concernsAnnexes = (declaration.provisions ?? []).some((p) =>
      isWithinProvision(p, ARTICLE_2_PARA_2),
    );
    if (declaration.basis === "domestic-law" && concernsAnnexes) {
      // Before the approving law was proclaimed it directed nothing.
      const proclaimed = party.domesticApproval?.proclaimed ?? null;
      if (proclaimed !== null && date < proclaimed) continue;
      result.notes.push(
        `${who}'s approving law directs Annexes ${(declaration.annexes ?? []).join(", ")} (declaration ${declaration.id}); whether its deposited declaration says the same is not yet verified, so these are not counted.`,
      );
      continue;
    }
    if (declaration.basis === "listed-without-text") {
      result.unknown = true;
      result.notes.push(
        `${who} has reservations or declarations whose content is not yet verified (${declaration.id}); they may concern annexes.`,
      );
      continue;
    }
    if (!concernsAnnexes) continue;
    if (declaration.date !== null && declaration.date > date) continue;
    if (declaration.annexes === null) {
      result.unknown = true;
      result.notes.push(
        `${who}'s declaration ${declaration.id} under Article 2(2) does not say which annexes it accepts (not yet verified).`,
      );
    } else {
      result.annexes.push(...declaration.annexes);
    }
  }
  result.annexes = [...new Set(result.annexes)].sort();
  return result;
}

/**
 * Annex letters both States have accepted (by declarations under Article 2(2) recorded by the treaty
 * database) and that apply between them on `date`. Empty whenever the Convention does not apply between
 * them; `reasons` says why and notes declarations whose content is not verified.
 */
export function annexesApplicableBetween(a: string, b: string, date: DateInput): AnnexesBetween {
  return annexesApplicableBetweenIn(dataset, ...checkPair(a, b, date, "annexesApplicableBetween"));
}

/** `annexesApplicableBetween` over a given data set, for codes and a date already checked. */
export function annexesApplicableBetweenIn(
  data: PartiesDataset,
  codeA: string,
  codeB: string,
  day: IsoDate,
): AnnexesBetween {
  const between = inForceBetweenIn(data, codeA, codeB, day);
  const annexesA = acceptedAnnexes(codeA, findParty(data, codeA), day);
  const annexesB = acceptedAnnexes(codeB, findParty(data, codeB), day);
  const notes = [...annexesA.notes, ...annexesB.notes];
  if (between.answer === "not-verified") {
    return {
      annexes: [],
      unverified: true,
      reasons: [
        `Which annexes apply between ${codeA} and ${codeB} on ${day} is not verified, because whether the Convention applies between them is not verified.`,
        ...between.reasons.slice(1),
        ...notes,
      ],
    };
  }
  if (between.answer === "no" || between.answer === "not-shown") {
    return {
      annexes: [],
      unverified: false,
      reasons: [
        between.answer === "no"
          ? `No annex applies between ${codeA} and ${codeB} on ${day}, because the Convention does not apply between them.`
          : `No annex is shown to apply between ${codeA} and ${codeB} on ${day}, because the Convention is not shown to apply between them (data as of ${data.asOf}).`,
        ...between.reasons.slice(1),
        ...notes,
      ],
    };
  }
  if (annexesA.unknown || annexesB.unknown) {
    return {
      annexes: [],
      unverified: true,
      reasons: [`Which annexes apply between ${codeA} and ${codeB} on ${day} is not yet verified.`, ...notes],
    };
  }
  const common = annexesA.annexes.filter((letter) => annexesB.annexes.includes(letter));
  return {
    annexes: common,
    unverified: false,
    reasons: [
      common.length > 0
        ? `Annexes ${common.join(", ")} apply between ${codeA} and ${codeB} on ${day}: both accepted them by declaration under Article 2(2).`
        : `No annex accepted by both ${codeA} and ${codeB} is recorded on ${day}.`,
      ...notes,
    ],
  };
}
