import { convention, declarationsOf, getParty, parties, type Source, sourcesOf } from "@lhc/parties";
import type { FindingBasis } from "../src/index.js";

/**
 * The fact of @lhc/parties a basis points at, and the sources that fact carries there; `undefined`
 * when the basis points at nothing.
 */
export function resolveBasis(basis: FindingBasis): { value: unknown; sources: Source[] } | undefined {
  const signatureSources = parties.flatMap((p) => p.signature?.sources ?? []);
  switch (basis.fact) {
    case "signatories":
      return { value: parties, sources: signatureSources };
    case "entryIntoForceRule":
      return convention
        ? { value: convention.entryIntoForce, sources: convention.entryIntoForce.article.sources }
        : undefined;
    case "provisionalApplication": {
      const entry = convention?.provisionalApplication.find((e) => e.code === basis.state);
      return entry && { value: entry, sources: entry.sources };
    }
    case "declaration": {
      if (basis.state === null) return undefined;
      const declaration = declarationsOf(basis.state).find((d) => d.id === basis.declarationId);
      return declaration && { value: declaration, sources: declaration.sources };
    }
    default: {
      const party = basis.state === null ? undefined : getParty(basis.state);
      if (!party || !(basis.fact in party)) return undefined;
      // A fact recorded as absent (no consent, no entry into force) rests on the list that shows none.
      return { value: party[basis.fact], sources: [...sourcesOf(party), ...signatureSources] };
    }
  }
}
