import { conventionFacts } from "../../src/convention-facts.js";
import type { LintResult } from "../../src/lint/index.js";
import { CONVENTION_REGISTER_ID } from "../../src/schema.js";
import type { PartiesDataset } from "../../src/types.js";

/**
 * The published data set from the linted source files. The Convention's own facts are attached only to
 * the Convention's data: another treaty's data set (data/dataset.json `treaty`) must not claim them.
 */
export function assembleDataset(data: NonNullable<LintResult["data"]>, dataVersion: string): PartiesDataset {
  return {
    dataVersion,
    asOf: data.meta.asOf,
    asOfNote: data.meta.asOfNote,
    treaty: data.treaty,
    convention:
      data.treaty.verdragenbank === CONVENTION_REGISTER_ID
        ? conventionFacts(data.provisionalApplication)
        : null,
    parties: data.parties,
  };
}
