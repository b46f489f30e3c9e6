/**
 * Check: for each offence classified as an annex crime, do both States accept that annex on the date?
 * A State accepts an annex by a declaration under Art. 2(2); what its approving law directs, or a
 * declaration whose content is not known, leaves the answer "not verified", never yes.
 */
import {
  annexesApplicableBetween,
  type Declaration,
  inForceBetween,
  notShownToApply,
  type Party,
  stateLabel,
  stateName,
} from "@lhc/parties";
import type { Offence } from "@lhc/requests";
import { declarationBasis, declarationsListedBasis, isFromApprovingLaw } from "./basis.js";
import type { CheckInput } from "./context.js";
import type { ContextFinding, FindingBasis } from "./findings.js";
import { declarationTiming } from "./in-effect.js";

/** Declarations choosing annexes are made under Art. 2(2). */
const ANNEX_CLAUSE = "art_2__para_2";

const concernsAnnexes = (declaration: Declaration): boolean =>
  (declaration.provisions ?? []).some((p) => p === ANNEX_CLAUSE || p.startsWith(`${ANNEX_CLAUSE}__`));

interface Acceptance {
  /** `accepted`: by a recorded declaration; `not-verified`: only an approving law or unknown content says; `not-accepted`: nothing recorded. */
  kind: "accepted" | "not-verified" | "not-accepted";
  sentences: string[];
  /** For `not-accepted`: why, as a clause. */
  refusal?: string;
  basis: FindingBasis[];
}

function acceptanceOf(party: Party, annex: string, on: string): Acceptance {
  const who = stateLabel(party.code);
  const whose = `${stateName(party.code)}'s`;
  // What an approving law directs counts only from the law's date and the State's consent (see in-effect.ts).
  const inEffect = party.declarations.filter((d) => declarationTiming(party, d, on).inEffect !== false);
  const accepted: Declaration[] = [];
  const sentences: string[] = [];
  const basis: FindingBasis[] = [];
  let unknown = false;
  for (const declaration of inEffect) {
    const listed = declaration.annexes ?? [];
    if (declaration.provisions === null) {
      unknown = true;
      sentences.push(
        `${who} has reservations or declarations whose content is not verified (${declaration.id}); they may concern the annexes.`,
      );
    } else if (!concernsAnnexes(declaration)) {
      continue;
    } else if (isFromApprovingLaw(declaration)) {
      unknown = true;
      sentences.push(
        (listed as string[]).includes(annex)
          ? `${whose} approving law directs that the Convention apply to the crimes in Annex ${annex} (${declaration.id}); whether its deposited declaration says the same is not verified.`
          : `${whose} approving law lists Annexes ${listed.join(", ") || "none"}, not Annex ${annex} (${declaration.id}); whether its deposited declaration says the same is not verified.`,
      );
    } else if (declaration.annexes === null) {
      unknown = true;
      sentences.push(
        `${whose} declaration ${declaration.id} under Art. 2(2) does not say which annexes it accepts (not verified).`,
      );
    } else if ((listed as string[]).includes(annex)) {
      accepted.push(declaration);
      sentences.push(`${who} accepted Annex ${annex} by declaration ${declaration.id} under Art. 2(2).`);
    } else {
      continue;
    }
    basis.push(declarationBasis(party.code, declaration));
  }
  if (accepted.length > 0) return { kind: "accepted", sentences, basis };
  if (unknown) return { kind: "not-verified", sentences, basis };
  const none = `no declaration by ${who} accepting Annex ${annex} under Art. 2(2) is recorded${party.declarationsListed.value ? "" : " (the treaty database lists no reservation or declaration for it)"}`;
  return {
    kind: "not-accepted",
    sentences: [...sentences, `${none.charAt(0).toUpperCase()}${none.slice(1)}.`],
    refusal: none,
    basis: [...basis, declarationsListedBasis(party)],
  };
}

function checkOffence(
  input: CheckInput,
  requesting: Party,
  requested: Party,
  annex: string,
  index: number,
): ContextFinding {
  const { on } = input;
  const path = `$.offences[${index}].classification.annex`;
  const pair = `${stateLabel(requesting.code)} and ${stateLabel(requested.code)}`;
  const sides = [acceptanceOf(requesting, annex, on), acceptanceOf(requested, annex, on)];
  const sentences = sides.flatMap((side) => side.sentences);
  // The message already says why for the sides it names; the details add the other sentences.
  const rest = (message: string) => sentences.filter((sentence) => !message.includes(sentence));
  const basis = sides.flatMap((side) => side.basis);
  const refusing = sides.filter((side) => side.kind === "not-accepted");
  if (refusing.length > 0) {
    const message = `Annex ${annex} is not shown to apply between ${pair} on ${on}: ${refusing.map((side) => side.refusal).join("; ")}.`;
    return { level: "error", code: "annex-not-accepted", message, details: rest(message), path, basis };
  }
  if (sides.some((side) => side.kind === "not-verified")) {
    const message = `Whether both ${pair} accept Annex ${annex} on ${on} is not verified: ${sides
      .filter((side) => side.kind === "not-verified")
      .flatMap((side) => side.sentences)
      .join(" ")}`;
    return {
      level: "warning",
      code: "annex-not-verified",
      message,
      details: rest(message),
      path,
      basis,
    };
  }
  const between = annexesApplicableBetween(requesting.code, requested.code, on);
  if (between.unverified) {
    return {
      level: "warning",
      code: "annex-not-verified",
      message: `Whether Annex ${annex} applies between ${pair} on ${on} is not verified, though both accepted it by declaration under Art. 2(2).`,
      details: [...sentences, ...between.reasons],
      path,
      basis,
    };
  }
  if ((between.annexes as string[]).includes(annex)) {
    return {
      level: "info",
      code: "annex-applies",
      message: `Annex ${annex} applies between ${pair} on ${on}: both accepted it by declaration under Art. 2(2).`,
      details: between.reasons,
      path,
      basis,
    };
  }
  const inForce = inForceBetween(requesting.code, requested.code, on);
  // Only a recorded fact that excludes the Convention makes this an error; an absence in the sources is a warning.
  return {
    level: inForce.answer === "no" ? "error" : "warning",
    code: "annex-not-applicable",
    message:
      inForce.answer === "no"
        ? `Annex ${annex} does not apply between ${pair} on ${on}, though both accepted it: the Convention does not apply between them.`
        : `Annex ${annex} is not shown to apply between ${pair} on ${on}, though both accepted it: the Convention is ${notShownToApply(inForce.asOf)} between them.`,
    details: [...sentences, ...between.reasons],
    path,
    basis,
  };
}

export function checkAnnexes(input: CheckInput, requesting: Party, requested: Party): ContextFinding[] {
  const offences: readonly Offence[] =
    "offences" in input.request && Array.isArray(input.request.offences) ? input.request.offences : [];
  return offences.flatMap((offence, index) =>
    offence.classification.category === "annex-crime"
      ? [checkOffence(input, requesting, requested, offence.classification.annex, index)]
      : [],
  );
}
