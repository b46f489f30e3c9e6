/**
 * Which Parts of the Convention a request of each type falls under, as far as the sources show. Only
 * Part III is identified in a source, as mutual legal assistance (the subject of `part_3` in
 * `@lhc/convention`, after an official Dutch notice reproduced by the Nederlands Juristenblad); where the
 * other request types sit is not verified, so they name no Part and no provisional application of a Part
 * is taken to cover them.
 */
import type { RequestType } from "@lhc/requests/request-types";

export const REQUEST_TYPE_PARTS: Readonly<Record<RequestType, readonly string[]>> = {
  mla: ["part_3"],
  extradition: [],
  "provisional-arrest": [],
  "transfer-of-sentenced-person": [],
};

/** The Parts a request of this type falls under; `[]` for a type this package does not place. */
export function partsOfRequestType(requestType: unknown): readonly string[] {
  return typeof requestType === "string" && requestType in REQUEST_TYPE_PARTS
    ? REQUEST_TYPE_PARTS[requestType as RequestType]
    : [];
}
