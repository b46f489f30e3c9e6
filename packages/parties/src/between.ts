import { dataset } from "./data.js";
import { PartiesInputError } from "./errors.js";
import { type DateInput, toIsoDate, toStateCode } from "./inputs.js";
import { stateName } from "./names.js";
import { isWithinProvision } from "./provision-id.js";
import { statusOfParty } from "./status.js";
import type { AnnexLetter, IsoDate, PartiesDataset, Party } from "./types.js";

/**
 * - `yes`: the Convention is in force for both States on verified entry-into-force dates.
 * - `no`: it is not in force for at least one of them on the recorded facts.
 * - `not-verified`: both have an entry-into-force date on or before the date, but at least one of these
 *   dates is only published, not verified; the answer is neither yes nor no.
 */
export type BetweenAnswer = "yes" | "no" | "not-verified";

export interface InForceBetween {
  /** `true` only when `answer` is `yes`: never on unverified grounds. */
  applies: boolean;
  answer: BetweenAnswer;
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

function label(code: string): string {
  return `${stateName(code)} (${code})`;
}

function explainState(
  data: PartiesDataset,
  code: string,
  party: Party | undefined,
  date: IsoDate,
): { standing: "in-force" | "published" | "not-in-force"; reason: string } {
  const who = label(code);
  const { status } = statusOfParty(party, date);
  if (!party) {
    return {
      standing: "not-in-force",
      reason: `${who} has not signed the Convention and has no consent to be bound recorded (data as of ${data.asOf}), so the Convention is not in force for it.`,
    };
  }
  switch (status) {
    case "none":
      return {
        standing: "not-in-force",
        reason: party.signature
          ? `${who} had not yet signed on ${date} (it signed on ${party.signature.date}); the Convention is not in force for it.`
          : `${who} had neither signed nor deposited consent to be bound on ${date}; the Convention is not in force for it.`,
      };
    case "signed":
      return {
        standing: "not-in-force",
        reason: `${who} signed on ${party.signature?.date}, but no consent to be bound is recorded on or before ${date}; signature alone does not put the Convention in force for it.`,
      };
    case "consented": {
      const deposit = party.consent?.depositDate;
      const published = party.entryIntoForce?.date;
      return {
        standing: "not-in-force",
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

function provisionalApplicationNotes(
  data: PartiesDataset,
  codes: readonly string[],
  date: IsoDate,
): string[] {
  return data.convention.provisionalApplication
    .filter((entry) => codes.includes(entry.code) && entry.from <= date)
    .map((entry) => {
      const who = label(entry.code);
      const where = entry.publication ? ` (${entry.publication})` : "";
      return `${who} applies ${entry.scope} provisionally in ${entry.territory} since ${entry.from}${where}. Provisional application is not entry into force and is not counted here.`;
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
  const notInForce = states.filter((s) => s.standing === "not-in-force").map((s) => s.code);
  const unverified = states.filter((s) => s.standing === "published").map((s) => s.code);
  const answer: BetweenAnswer = notInForce.length > 0 ? "no" : unverified.length > 0 ? "not-verified" : "yes";
  const conclusion = {
    yes: `The Convention is in force between ${codeA} and ${codeB} on ${day}: it is in force for both on verified dates.`,
    no: `The Convention does not apply between ${codeA} and ${codeB} on ${day}: it is not in force for ${notInForce.join(" or ")} on the recorded facts.`,
    "not-verified": `Whether the Convention applies between ${codeA} and ${codeB} on ${day} is not verified: an entry-into-force date is published for ${unverified.join(" and ")}, but not verified.`,
  }[answer];
  const rule = data.convention.entryIntoForce;
  const ruleCaveat =
    rule.ruleStatus === "verified"
      ? []
      : [
          `The Convention's entry-into-force rule (${rule.article.provision.replace(/^art_(\d+)$/, "Article $1")}) is not verified, so a State's entry into force is never computed and a published date is not taken as verified.`,
        ];
  return {
    applies: answer === "yes",
    answer,
    reasons: [
      conclusion,
      stateA.reason,
      stateB.reason,
      ...ruleCaveat,
      ...provisionalApplicationNotes(data, [codeA, codeB], day),
    ],
  };
}

/**
 * Whether the Convention applies between States `a` and `b` on `date`. `answer` is `yes` only when both
 * have a verified entry-into-force date on or before `date`; when a date is only published (as every
 * date is while Article 90 is unverified) the answer is `not-verified`, never a plain yes. Nothing is
 * inferred from counts of ratifications.
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
  if (between.answer === "no") {
    return {
      annexes: [],
      unverified: false,
      reasons: [
        `No annex applies between ${codeA} and ${codeB} on ${day}, because the Convention does not apply between them.`,
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
