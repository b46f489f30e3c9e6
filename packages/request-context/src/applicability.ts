/**
 * Check: does the Convention apply between the requesting and requested States on the date? The answer
 * and its reasons are `inForceBetween`'s; a yes on grounds the data does not mark as verified is said as
 * such and never reported as a plain yes.
 */
import { dataset, inForceBetween, type Party } from "@lhc/parties";
import { entryIntoForceRuleBasis, provisionalApplicationBases, stateLabel, statusBases } from "./basis.js";
import type { CheckInput } from "./context.js";
import type { ContextFinding, FindingBasis } from "./findings.js";

export function checkApplicability(input: CheckInput, requesting: Party, requested: Party): ContextFinding {
  const { on } = input;
  const between = inForceBetween(requesting.code, requested.code, on);
  const basis: FindingBasis[] = [
    ...statusBases(requesting),
    ...statusBases(requested),
    entryIntoForceRuleBasis(),
    ...provisionalApplicationBases([requesting.code, requested.code], on),
  ];
  const pair = `${stateLabel(requesting.code)} and ${stateLabel(requested.code)}`;
  const details = [...between.reasons];
  if (on > dataset.asOf) {
    details.push(`The data is as of ${dataset.asOf}; anything that happened after that date is not in it.`);
  }
  // `answer` ("yes" | "no" | "not-verified") where @lhc/parties gives one; otherwise read from `applies`.
  // Read as unknown so that an answer this package does not name is reported as not verified.
  const result = between as { applies: unknown; answer?: unknown };
  const answer: unknown =
    result.answer ?? (result.applies === true ? "yes" : result.applies === false ? "no" : undefined);
  const unverified = basis.filter((b) => b.fact === "entryIntoForce" && !b.verified);
  if (answer === "yes" && unverified.length === 0) {
    return {
      level: "info",
      code: "convention-applies",
      message: `The Convention applies between ${pair} on ${on}.`,
      details,
      basis,
    };
  }
  if (answer === "yes") {
    return {
      level: "warning",
      code: "convention-applies-unverified",
      message: `The Convention may apply between ${pair} on ${on}, but only on entry-into-force dates that are published, not verified (${unverified.map((b) => b.state).join(", ")}); check them before relying on the Convention.`,
      details,
      basis,
    };
  }
  if (answer === "no") {
    return {
      level: "error",
      code: "convention-not-shown-to-apply",
      message: `The Convention is not shown to apply between ${pair} on ${on}: the recorded facts do not put it in force for both.`,
      details,
      basis,
    };
  }
  return {
    level: "warning",
    code: "convention-applies-unverified",
    message: `Whether the Convention applies between ${pair} on ${on} is not verified${unverified.length > 0 ? `: the entry-into-force dates of ${unverified.map((b) => b.state).join(" and ")} are not verified` : ""}.`,
    details,
    basis,
  };
}
