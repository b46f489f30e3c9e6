/**
 * From when a declaration bears on a request. A deposited declaration with a recorded date applies from
 * that date. What a State's approving law directs (`basis: "domestic-law"`) cannot apply before the law
 * exists (its proclamation) nor, as a declaration under the Convention, before the State deposits its
 * consent; where either date is not recorded, when it applies is unknown, and the finding says so
 * instead of applying it on every date.
 */
import { type Declaration, type Party, stateLabel, stateName } from "@lhc/parties";

export interface DeclarationTiming {
  /** `true`: in effect on the date; `false`: not yet; `"unknown"`: no date is recorded to tell. */
  inEffect: boolean | "unknown";
  /** The date from which it applies, where known. */
  from: string | null;
  /** Why, in a sentence (for a domestic-law effect or an unknown date); `null` for a dated deposited declaration. */
  note: string | null;
}

export function declarationTiming(party: Party, declaration: Declaration, on: string): DeclarationTiming {
  if (declaration.date !== null) {
    return { inEffect: declaration.date <= on, from: declaration.date, note: null };
  }
  const who = stateLabel(party.code);
  if (declaration.basis !== "domestic-law") {
    return {
      inEffect: "unknown",
      from: null,
      note: `The date of declaration ${declaration.id} by ${who} is not recorded, so whether it applied on ${on} is not known.`,
    };
  }
  const proclaimed = party.domesticApproval?.proclaimed ?? null;
  const consent = party.consent?.depositDate ?? null;
  if (proclaimed === null || consent === null) {
    const missing = [
      proclaimed === null ? "the date its approving law was proclaimed" : null,
      consent === null ? "the date of its consent to be bound" : null,
    ].filter((m) => m !== null);
    return {
      inEffect: "unknown",
      from: null,
      note: `What ${stateName(party.code)}'s approving law directs (${declaration.id}) cannot apply before the law is proclaimed and the State is bound; ${missing.join(" and ")} ${missing.length > 1 ? "are" : "is"} not recorded, so whether it applied on ${on} is not known.`,
    };
  }
  const from = [proclaimed, consent].sort().at(-1) as string;
  return {
    inEffect: from <= on,
    from,
    note: `What ${stateName(party.code)}'s approving law directs (${declaration.id}) applies at the earliest from ${from}: the law was proclaimed on ${proclaimed} and ${who} deposited its consent on ${consent}.`,
  };
}
