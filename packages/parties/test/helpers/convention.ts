import * as lib from "../../src/index.js";

/** The package's own data set is the Convention's, so each of its Convention facts is there. */
function known<T>(value: T | null, name: string): T {
  if (value === null) throw new Error(`${name} is null: the package's data set carries no Convention facts`);
  return value;
}

export const convention = known(lib.convention, "convention");
export const depositary = known(lib.depositary, "depositary");
export const entryIntoForceRule = known(lib.entryIntoForceRule, "entryIntoForceRule");
export const identifiers = known(lib.identifiers, "identifiers");
export const provisionalApplication = known(lib.provisionalApplication, "provisionalApplication");
export const signaturePeriod = known(lib.signaturePeriod, "signaturePeriod");
