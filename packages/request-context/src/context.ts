import type { Party } from "@lhc/parties";
import type { Request } from "@lhc/requests";

/** A State named in the request, as the checks see it. */
export interface StateInRequest {
  /** The code as the request gives it. */
  code: string;
  /** JSONPath of the field that names it. */
  path: "$.requestingState" | "$.requestedState";
  /** Whether the code is a State at all (an ISO 3166-1 alpha-2 code, or XK). */
  isState: boolean;
  /** The State's record in `@lhc/parties`; `undefined` for a State that did not sign. */
  party: Party | undefined;
}

/** What every check reads: the request, the date and the two States. */
export interface CheckInput {
  request: Request;
  on: string;
  requesting: StateInRequest;
  requested: StateInRequest;
}
