import type { ProvisionId } from "./types.js";

/**
 * The Convention's provision-ID scheme (Akoma Ntoso naming, as used by `@lhc/convention`): an article,
 * optionally a paragraph, optionally a point: `art_8`, `art_8__para_3`, `art_8__para_3__point_a`.
 * Numbers have no leading zeros.
 */
export const PROVISION_ID_PATTERN = /^art_[1-9]\d*(?:__para_[1-9]\d*(?:__point_[a-z]+)?)?$/;

export function isProvisionId(value: unknown): value is ProvisionId {
  return typeof value === "string" && PROVISION_ID_PATTERN.test(value);
}

/** True when `inner` is `outer` itself or one of its sub-provisions (`art_8__para_3` is within `art_8`). */
export function isWithinProvision(inner: ProvisionId, outer: ProvisionId): boolean {
  return inner === outer || inner.startsWith(`${outer}__`);
}
