/**
 * Which facts of the parties data the treaty register confirms, and when it was read: a fact is
 * confirmed where its sources include the register's record (the one source the register update writes,
 * told apart by @lhc/parties' `isTreatyRegisterSource`); the record's `accessed` is the day it was read.
 * Where no fact cites the register, the data set says so: nothing is claimed for it.
 */
import {
  isTreatyRegisterSource,
  type PartiesDataset,
  type Party,
  type Source,
  stateName,
} from "@lhc/parties";

export interface RegisterFact {
  /** The fact in words, e.g. "Signature, 2024-02-14". */
  fact: string;
  /** The day the register was read for it, or `null` where the record does not say. */
  accessed: string | null;
}

export interface RegisterConfirmations {
  /** Whether any fact of the data set cites the treaty register. */
  read: boolean;
  /** The latest day the register was read, of those recorded; `null` when none is. */
  lastRead: string | null;
  /** Per State, the facts the register confirms (States with none are left out). */
  states: Array<{ code: string; name: string; path: string; facts: RegisterFact[] }>;
}

/** A State's facts that carry sources, each with its words. */
function factsOf(party: Party, data: PartiesDataset): Array<{ fact: string; sources: readonly Source[] }> {
  const facts: Array<{ fact: string; sources: readonly Source[] }> = [];
  if (party.signature)
    facts.push({ fact: `Signature, ${party.signature.date}`, sources: party.signature.sources });
  if (party.consent) {
    const type = party.consent.type ?? party.consent.typeInSource?.meaning ?? "consent to be bound";
    facts.push({ fact: `Deposit (${type}), ${party.consent.depositDate}`, sources: party.consent.sources });
  }
  if (party.entryIntoForce)
    facts.push({
      fact: `Entry into force, ${party.entryIntoForce.date}`,
      sources: party.entryIntoForce.sources,
    });
  facts.push({
    fact: party.declarationsListed.value
      ? "Reservations or declarations listed"
      : "No reservations or declarations listed",
    sources: party.declarationsListed.sources,
  });
  for (const declaration of party.declarations) {
    const kind = declaration.kind ?? "declaration or reservation";
    facts.push({
      fact: `${kind[0]?.toUpperCase()}${kind.slice(1)} ${declaration.id}`,
      sources: declaration.sources,
    });
  }
  for (const entry of (data.convention?.provisionalApplication ?? []).filter((e) => e.code === party.code))
    facts.push({ fact: `Provisional application from ${entry.from}`, sources: entry.sources });
  return facts;
}

/** The register's confirmations in a parties data set (the package's own, or another for a test). */
export function registerConfirmations(data: PartiesDataset): RegisterConfirmations {
  const dates: string[] = [];
  const states = data.parties.flatMap((party) => {
    const facts = factsOf(party, data).flatMap(({ fact, sources }) => {
      const record = sources.find(isTreatyRegisterSource);
      if (!record) return [];
      if (record.accessed) dates.push(record.accessed);
      return [{ fact, accessed: record.accessed }];
    });
    return facts.length > 0
      ? [
          {
            code: party.code,
            name: stateName(party.code),
            path: `/parties/${party.code.toLowerCase()}`,
            facts,
          },
        ]
      : [];
  });
  return {
    read: states.length > 0,
    lastRead: dates.sort().at(-1) ?? null,
    states,
  };
}
