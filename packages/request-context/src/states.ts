/** Check: the requesting and requested States are States, are among the signatories, and are two. */
import { dataset, getParty, PartiesInputError, stateLabel, stateName } from "@lhc/parties";
import { signatoriesBasis, statusBases } from "./basis.js";
import type { StateInRequest } from "./context.js";
import type { ContextFinding } from "./findings.js";

const ROLE: Record<StateInRequest["path"], string> = {
  "$.requestingState": "requesting State",
  "$.requestedState": "requested State",
};

export function readState(code: unknown, path: StateInRequest["path"]): StateInRequest {
  const text = typeof code === "string" ? code : String(code);
  try {
    stateName(text);
  } catch (error) {
    if (error instanceof PartiesInputError) return { code: text, path, isState: false, party: undefined };
    throw error;
  }
  return { code: text, path, isState: true, party: getParty(text) ?? undefined };
}

export function checkStates(requesting: StateInRequest, requested: StateInRequest): ContextFinding[] {
  const findings: ContextFinding[] = [];
  for (const state of [requesting, requested]) {
    const role = ROLE[state.path];
    if (!state.isState) {
      findings.push({
        level: "error",
        code: "unknown-state",
        message: `The ${role} "${state.code}" is not the code of any State (ISO 3166-1 alpha-2, or XK for Kosovo), so the Convention's relations cannot be checked for it.`,
        details: [],
        path: state.path,
        basis: [signatoriesBasis()],
      });
    } else if (state.party === undefined) {
      // The list of signatories shows no more than it lists, as of the data's date: an absence, not an exclusion.
      findings.push({
        level: "warning",
        code: "not-a-signatory",
        message: `The ${role}, ${stateLabel(state.code)}, is not among the signatories of the Convention, and no consent to be bound is recorded for it (data as of ${dataset.asOf}); the Convention is not shown to bind it.`,
        details: [],
        path: state.path,
        basis: [signatoriesBasis()],
      });
    }
  }
  if (requesting.isState && requesting.code === requested.code) {
    findings.push({
      level: "error",
      code: "same-state",
      message: `The requesting and the requested State are both ${stateLabel(requested.code)}; a request under the Convention goes from one State to another.`,
      details: [],
      path: requested.path,
      basis: requested.party ? statusBases(requested.party) : [signatoriesBasis()],
    });
  }
  return findings;
}
