/**
 * Check: the requested State's declarations that bear on requests. Machine-readable effects (the
 * language of requests, central authorities) are compared with the request's language, translations and
 * channel; declarations whose content is not known, or known only in part, are said to be so.
 */
import {
  type CentralAuthoritiesEffect,
  type Declaration,
  type DeclarationEffect,
  type Party,
  type RequestLanguageEffect,
  stateLabel,
  stateName,
} from "@lhc/parties";
import type { Attachment } from "@lhc/requests";
import { declarationBasis, declarationStatusLabel, isDeclarationVerified } from "./basis.js";
import type { CheckInput } from "./context.js";
import type { ContextFinding } from "./findings.js";
import { declarationTiming } from "./in-effect.js";

/** "Art. 22" for art_22, "Art. 2(2)" for art_2__para_2. */
export function citeProvision(provision: string): string {
  const match = /^art_(\d+)(?:__para_(\d+))?(?:__point_([a-z]+))?$/.exec(provision);
  if (!match) return provision;
  const [, article, paragraph, point] = match;
  return `Art. ${article}${paragraph ? `(${paragraph})` : ""}${point ? `(${point})` : ""}`;
}

/** "Latvian (lv)"; the tag alone where the runtime has no name for it. */
export function languageLabel(tag: string): string {
  try {
    const name = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" }).of(tag);
    return name ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}

const primaryLanguage = (tag: string): string => tag.split("-")[0]?.toLowerCase() ?? tag;

const list = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;

/** "known only from Latvia's approving law" and the like, for the sentence that cites the declaration. */
function howKnown(declaration: Declaration): string {
  return `declaration ${declaration.id}, ${declarationStatusLabel(declaration)}`;
}

function checkLanguage(
  input: CheckInput,
  party: Party,
  declaration: Declaration,
  effect: RequestLanguageEffect,
): ContextFinding {
  const who = stateLabel(party.code);
  const { request } = input;
  const wanted = effect.languages.map(languageLabel);
  const rule = `Requests to ${who} under ${citeProvision(effect.provision)} are to be in ${list(wanted)} (${howKnown(declaration)}).`;
  const basis = [declarationBasis(party.code, declaration)];
  const language = request.language;
  if (effect.languages.includes(primaryLanguage(language))) {
    return {
      level: "info",
      code: "request-language-accepted",
      message: `The request is in ${languageLabel(language)}, as ${who} asks. ${rule}`,
      details: [],
      path: "$.language",
      basis,
    };
  }
  const translations: readonly Attachment[] = request.translations ?? [];
  const index = translations.findIndex(
    (t) => t.language !== undefined && effect.languages.includes(primaryLanguage(t.language)),
  );
  if (index >= 0) {
    const translation = translations[index] as Attachment;
    // The declaration names the language of requests; whether a translation into it meets that is a question the data does not answer.
    return {
      level: "warning",
      code: "request-translation-not-verified",
      message: `The request is in ${languageLabel(language)}, with a translation into ${languageLabel(translation.language as string)} (translations[${index}]); whether ${who} accepts a translated request under ${citeProvision(effect.provision)} is not verified. ${rule}`,
      details: [],
      path: `$.translations[${index}].language`,
      basis,
    };
  }
  return {
    // A declaration known only from domestic law is a reason to check, not proof that the request fails.
    level: isDeclarationVerified(declaration) ? "error" : "warning",
    code: "request-language-not-accepted",
    message: `The request is in ${languageLabel(language)} and has no translation into ${list(wanted)}. ${rule}`,
    details: [],
    path: "$.language",
    basis,
  };
}

function checkCentralAuthorities(
  input: CheckInput,
  party: Party,
  declaration: Declaration,
  effect: CentralAuthoritiesEffect,
): ContextFinding {
  const who = stateLabel(party.code);
  const designated = `${stateName(party.code)}'s central authorities under ${citeProvision(effect.provision)} are: ${effect.authorities.join("; ")} (${howKnown(declaration)}).`;
  const basis = [declarationBasis(party.code, declaration)];
  const details = effect.note ? [effect.note] : [];
  if (input.request.channel === "central-authority") {
    return {
      level: "info",
      code: "central-authorities-designated",
      message: `The request goes through the central authority channel. ${designated}`,
      details,
      path: "$.channel",
      basis,
    };
  }
  return {
    level: "warning",
    code: "channel-not-central-authority",
    message: `The request goes through the ${input.request.channel} channel, not a central authority; check that ${who} accepts it. ${designated}`,
    details,
    path: "$.channel",
    basis,
  };
}

function checkEffect(
  input: CheckInput,
  party: Party,
  declaration: Declaration,
  effect: DeclarationEffect,
): ContextFinding {
  switch (effect.type) {
    case "request-language":
      return checkLanguage(input, party, declaration, effect);
    case "central-authorities":
      return checkCentralAuthorities(input, party, declaration, effect);
  }
}

export function checkRequestedStateDeclarations(input: CheckInput, requested: Party): ContextFinding[] {
  const who = stateLabel(requested.code);
  const timed = requested.declarations.map((declaration) => ({
    declaration,
    timing: declarationTiming(requested, declaration, input.on),
  }));
  // A declaration known not to apply yet on the date is left out; one whose date is unknown is checked, and says so.
  const inEffect = timed.filter((t) => t.timing.inEffect !== false).map((t) => t.declaration);
  const noteOf = (declaration: Declaration): string[] => {
    const note = timed.find((t) => t.declaration === declaration)?.timing.note;
    return note ? [note] : [];
  };
  const findings = inEffect.flatMap((declaration) =>
    (declaration.effects ?? []).map((effect) => {
      const finding = checkEffect(input, requested, declaration, effect);
      return { ...finding, details: [...finding.details, ...noteOf(declaration)] };
    }),
  );
  const unknown = inEffect.filter((d) => d.text === null && d.provisions === null);
  if (unknown.length > 0) {
    findings.push({
      level: "warning",
      code: "declarations-not-verified",
      message: `${who} has reservations or declarations whose content is not verified (${unknown.map((d) => d.id).join(", ")}); they may bear on this request.`,
      details: unknown.flatMap(noteOf),
      path: "$.requestedState",
      basis: unknown.map((d) => declarationBasis(requested.code, d)),
    });
  }
  for (const declaration of inEffect.filter((d) => d.text !== null && d.textStatus !== "complete")) {
    findings.push({
      level: "info",
      code: "declaration-text-incomplete",
      message: `Only part of the text of ${who}'s declaration ${declaration.id} is known; the rest is not verified and may bear on this request.`,
      details: declaration.note ? [declaration.note] : [],
      path: "$.requestedState",
      basis: [declarationBasis(requested.code, declaration)],
    });
  }
  return findings;
}
