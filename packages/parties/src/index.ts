/**
 * @lhc/parties: signatures, consents to be bound, entry into force and declarations under the
 * Ljubljana–The Hague Convention, each with its sources, and queries over them. The data ships already
 * validated; this entry does not load zod (the schema is at `@lhc/parties/schema`).
 */
import { dataset } from "./data.js";
import type { ConventionFacts, DatasetTreaty, Party } from "./types.js";

export {
  type AnnexesBetween,
  annexesApplicableBetween,
  type BetweenAnswer,
  type InForceBetween,
  inForceBetween,
  type ProvisionalApplicationBetween,
} from "./between.js";
export { type DeclarationsQuery, declarationsOf } from "./declarations.js";
export { PartiesInputError, type PartiesInputErrorCode } from "./errors.js";
export type { DateInput } from "./inputs.js";
export { isIsoDate } from "./iso-date.js";
export { stateLabel, stateName } from "./names.js";
export { isProvisionId, PROVISION_ID_PATTERN } from "./provision-id.js";
export { isTreatyRegisterSource, TREATY_REGISTER_PUBLISHER } from "./register-source.js";
export { sourcesOf, uniqueSources } from "./sources.js";
export {
  getParty,
  listContractingStates,
  listSignatories,
  type StatusOnDate,
  statusOn,
} from "./status.js";
export {
  DECLARATION_BASIS_LABELS,
  PARTY_STATUS_LABELS,
  PARTY_STATUSES,
  type PartyStatus,
} from "./statuses.js";
export { type TimelineEvent, type TimelineEventType, timeline } from "./timeline.js";
export type * from "./types.js";
export {
  articleLabel,
  betweenConclusion,
  betweenVerdict,
  entryIntoForceRuleSentence,
  notShownToApply,
  provisionalApplicationSentence,
  provisionallyAppliedMessage,
} from "./wording.js";

/** The whole published data set, as in `@lhc/parties/parties.json`. */
export { dataset };

/** One record per State that signed, sorted by code. */
export const parties: readonly Party[] = dataset.parties;

/** The date the data set was last compiled from its sources; answers reflect the sources as of then. */
export const asOf: string = dataset.asOf;

/** The package version the data was released with. */
export const dataVersion: string = dataset.dataVersion;

/** The treaty the data set is about: its Dutch treaty register number and the title the register gives. */
export const treaty: DatasetTreaty = dataset.treaty;

/**
 * Convention-level facts: title, adoption, identifiers, signature period, depositary, entry-into-force
 * rule, provisional application. `null` when the data set is another treaty's (see `treaty`), and so is
 * each of the exports below that reads from it.
 */
export const convention: ConventionFacts | null = dataset.convention;

/** The depositary: `value` stays `null` while sources conflict; each candidate carries its claims and sources. */
export const depositary: ConventionFacts["depositary"] | null = convention?.depositary ?? null;

/** The entry-into-force article and the conflicting claims about its rule, each with sources; `rule` is `null` (unverified). */
export const entryIntoForceRule: ConventionFacts["entryIntoForce"] | null =
  convention?.entryIntoForce ?? null;

/** Provisional application by a State before it is bound. Not entry into force. */
export const provisionalApplication: ConventionFacts["provisionalApplication"] | null =
  convention?.provisionalApplication ?? null;

/** Opening date and place, and the last day the Convention was open for signature. */
export const signaturePeriod: ConventionFacts["signaturePeriod"] | null = convention?.signaturePeriod ?? null;

/** Verdragenbank number, BWB id, Tractatenblad and parliamentary references. */
export const identifiers: ConventionFacts["identifiers"] | null = convention?.identifiers ?? null;
