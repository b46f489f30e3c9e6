import { dataset } from "./data.js";
import { PartiesInputError } from "./errors.js";
import { type DateInput, toIsoDate, toStateCode } from "./inputs.js";
import { stateName } from "./names.js";
import { isWithinProvision } from "./provision-id.js";
import { statusOfParty } from "./status.js";
import type { AnnexLetter, IsoDate, PartiesDataset, Party } from "./types.js";

export interface InForceBetween {
  applies: boolean;
  /** Why, in plain sentences: the conclusion first, then each State, then caveats. */
  reasons: string[];
}

export interface AnnexesBetween {
  /** Annex letters both States have accepted by deposited declaration and that apply on the date. */
  annexes: AnnexLetter[];
  /**
   * `true` when the Convention applies between the two States but which annexes apply cannot be said,
   * because a relevant declaration's content is not yet verified; `annexes` is then `[]`.
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
): { inForce: boolean; reason: string } {
  const who = label(code);
  const { status } = statusOfParty(party, date);
  if (!party) {
    return {
      inForce: false,
      reason: `${who} has not signed the Convention and has no consent to be bound recorded (data as of ${data.asOf}), so the Convention is not in force for it.`,
    };
  }
  switch (status) {
    case "none":
      return {
        inForce: false,
        reason: party.signature
          ? `${who} had not yet signed on ${date} (it signed on ${party.signature.date}); the Convention is not in force for it.`
          : `${who} had neither signed nor deposited consent to be bound on ${date}; the Convention is not in force for it.`,
      };
    case "signed":
      return {
        inForce: false,
        reason: `${who} signed on ${party.signature?.date}, but no consent to be bound is recorded on or before ${date}; signature alone does not put the Convention in force for it.`,
      };
    case "consented": {
      const deposit = party.consent?.depositDate;
      const published = party.entryIntoForce?.date;
      return {
        inForce: false,
        reason: published
          ? `${who} deposited its consent on ${deposit}; the entry-into-force date published for it is ${published}, after ${date}.`
          : `${who} deposited its consent on ${deposit}, but no entry-into-force date is published for it, and none is computed while the Convention's rule is unverified.`,
      };
    }
    case "in-force": {
      const titles = (party.entryIntoForce?.sources ?? []).map((s) => s.publisher).join("; ");
      return {
        inForce: true,
        reason: `The Convention is in force for ${who} since ${party.entryIntoForce?.date}, as published by the ${titles}.`,
      };
    }
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
  const applies = stateA.inForce && stateB.inForce;
  const notFor = [stateA, stateB].flatMap((s, i) => (s.inForce ? [] : [i === 0 ? codeA : codeB]));
  const conclusion = applies
    ? `The Convention is in force between ${codeA} and ${codeB} on ${day}: it is in force for both on published dates.`
    : `The Convention does not apply between ${codeA} and ${codeB} on ${day}: it is not in force for ${notFor.join(" or ")} on the published facts.`;
  return {
    applies,
    reasons: [
      conclusion,
      stateA.reason,
      stateB.reason,
      "The Convention's general entry-into-force rule (Article 90) is not verified, so only entry-into-force dates published for each State are used; none is computed.",
      ...provisionalApplicationNotes(data, [codeA, codeB], day),
    ],
  };
}

/**
 * Whether the Convention applies between States `a` and `b` on `date`, on published facts only: both
 * must have an entry-into-force date published for them on or before `date`. While the general rule
 * (Article 90) is unverified, nothing is inferred from counts of ratifications.
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
  if (!between.applies) {
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
