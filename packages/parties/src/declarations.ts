import { partiesByCode } from "./data.js";
import { PartiesInputError } from "./errors.js";
import { describeValue, toStateCode } from "./inputs.js";
import { isProvisionId, isWithinProvision } from "./provision-id.js";
import type { Declaration } from "./types.js";

export interface DeclarationsQuery {
  /**
   * Only declarations concerning this provision or one of its sub-provisions (`art_8` matches a
   * reservation on `art_8__para_3`), or made under it (`art_92__para_3` matches France's reservation).
   */
  provision?: string;
  /** Also return, when filtering by provision, records whose provisions are not yet verified. Default `false`. */
  includeUnverified?: boolean;
}

/**
 * The reservations, declarations and notifications recorded for a State, including those whose content
 * is not yet verified (`basis: "listed-without-text"`) and what a State's approving law directs
 * (`basis: "domestic-law"`). `[]` for a real State with none. Throws `PartiesInputError` for a code that
 * is no State or a malformed provision ID.
 */
export function declarationsOf(code: string, query: DeclarationsQuery = {}): Declaration[] {
  const stateCode = toStateCode(code, "declarationsOf");
  if (query === null || typeof query !== "object") {
    throw new PartiesInputError(
      "invalid-options",
      "options",
      query,
      `declarationsOf: options must be an object such as { provision: "art_8__para_3" }, received ${describeValue(query)}`,
    );
  }
  const { provision, includeUnverified = false } = query;
  if (provision !== undefined && !isProvisionId(provision)) {
    throw new PartiesInputError(
      "invalid-provision",
      "options.provision",
      provision,
      `declarationsOf: options.provision must be a provision ID such as "art_8__para_3" or "art_2__para_2", received ${describeValue(provision)}`,
    );
  }
  const declarations = partiesByCode.get(stateCode)?.declarations ?? [];
  if (provision === undefined) return [...declarations];
  return declarations.filter((d) => {
    if (d.provisions === null) return includeUnverified;
    const concerned = d.madeUnder ? [...d.provisions, d.madeUnder] : d.provisions;
    return concerned.some((p) => isWithinProvision(p, provision));
  });
}
