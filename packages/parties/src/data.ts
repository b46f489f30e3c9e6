import { dataset as generatedDataset, stateCodes } from "../generated/dataset.js";
import type { PartiesDataset, Party } from "./types.js";

// Frozen so that a caller who mutates a returned record cannot change later answers.
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

export const dataset: PartiesDataset = deepFreeze(generatedDataset);

export const partiesByCode: ReadonlyMap<string, Party> = new Map(dataset.parties.map((p) => [p.code, p]));

/** Every code the queries accept as a State: assigned ISO 3166-1 alpha-2 codes plus XK (Kosovo). */
export const knownStateCodes: ReadonlySet<string> = new Set(stateCodes);
