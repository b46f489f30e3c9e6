/**
 * Check: does the Convention apply between the requesting and requested States on the date? The answer,
 * its wording and its reasons are `inForceBetween`'s (`@lhc/parties`); a yes on grounds the data does not
 * mark as verified is said as such, a request that may rest on a State's provisional application of the
 * Part it falls under is said to, and an error is raised only where a recorded fact excludes the
 * Convention.
 */
import {
  dataset,
  inForceBetween,
  notShownToApply,
  type Party,
  provisionallyAppliedMessage,
  stateLabel,
} from "@lhc/parties";
import { requestTypeTitles } from "@lhc/requests/request-types";
import { entryIntoForceRuleBasis, provisionalApplicationBases, statusBases } from "./basis.js";
import type { CheckInput } from "./context.js";
import type { ContextFinding, FindingBasis } from "./findings.js";
import { partsOfRequestType } from "./parts.js";

export function checkApplicability(input: CheckInput, requesting: Party, requested: Party): ContextFinding {
  const { on, request } = input;
  const between = inForceBetween(requesting.code, requested.code, on);
  const basis: FindingBasis[] = [
    ...statusBases(requesting),
    ...statusBases(requested),
    ...entryIntoForceRuleBasis(),
    ...provisionalApplicationBases([requesting.code, requested.code], on),
  ];
  const pair = `${stateLabel(requesting.code)} and ${stateLabel(requested.code)}`;
  const details = [...between.reasons];
  if (on > dataset.asOf) {
    details.push(`The data is as of ${dataset.asOf}; anything that happened after that date is not in it.`);
  }
  // Read as unknown so that an answer this package does not name is reported as not verified.
  const result = between as { applies: unknown; answer?: unknown; provisionalApplication?: unknown };
  const answer: unknown =
    result.answer ?? (result.applies === true ? "yes" : result.applies === false ? "not-shown" : undefined);
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
      code: "convention-does-not-apply",
      message: `The Convention does not apply between ${pair} on ${on}: a recorded fact excludes it (see the reasons).`,
      details,
      basis,
    };
  }
  const parts = partsOfRequestType(request.requestType);
  const provisional = (
    Array.isArray(result.provisionalApplication) ? between.provisionalApplication : []
  ).filter((p) => p.mayCover && p.parts.some((part) => parts.includes(part)));
  if (provisional.length > 0) {
    const title = requestTypeTitles[request.requestType as keyof typeof requestTypeTitles];
    return {
      level: "warning",
      code: "convention-provisionally-applied",
      message: provisionallyAppliedMessage(pair, on, title, provisional),
      details,
      basis,
    };
  }
  if (answer === "not-shown") {
    return {
      // An absence in the sources is a reason to check, not proof that the request cannot rest on the Convention.
      level: "warning",
      code: "convention-not-shown-to-apply",
      message: `Between ${pair} on ${on}, the Convention is ${notShownToApply(dataset.asOf)}; check the States' consent and entry into force before relying on it.`,
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
