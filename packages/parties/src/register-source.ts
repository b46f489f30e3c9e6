import type { Source } from "./types.js";

/**
 * The publisher of the one source record the treaty-register update (`update:register`) writes for the
 * register item it read: the mark by which that record is told apart from every other source, in the
 * data and in the published data set (where sources are records without ids).
 */
export const TREATY_REGISTER_PUBLISHER =
  "Dutch treaty register (Verdragenbank) in the official repository (repository.overheid.nl), Ministry of Foreign Affairs of the Netherlands";

/** True for the source record of a treaty-register reading; its `accessed` is the day the register was read. */
export function isTreatyRegisterSource(source: Pick<Source, "publisher">): boolean {
  return source.publisher === TREATY_REGISTER_PUBLISHER;
}
