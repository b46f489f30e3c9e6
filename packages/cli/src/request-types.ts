/**
 * The request types of @lhc/requests, listed here so that `--help` and option checks work without
 * loading the schemas (importing @lhc/requests loads zod, which costs start-up time on every `lhc`
 * call). A test keeps this list equal to @lhc/requests' own `requestTypes`.
 */
export const requestTypes = [
  "mla",
  "extradition",
  "provisional-arrest",
  "transfer-of-sentenced-person",
] as const;

export type RequestTypeName = (typeof requestTypes)[number];
