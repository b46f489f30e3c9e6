/**
 * Lint rule: the machine-readable effects of a declaration (`declarations[i].effects`) must rest on what
 * the declaration itself rests on. Programs check requests against these effects, so an effect that
 * claims more than its declaration's source (a language read into a declaration whose text is unknown, a
 * provision the declaration does not concern) would mislead every request checked against it.
 */
import { isWithinProvision } from "../../provision-id.js";
import type { Declaration, DeclarationEffect } from "../../types.js";
import type { LintRule, Report } from "../types.js";

/** Whether `code` names a language (ISO 639) that Intl knows, e.g. `lv`; `xx` does not. */
function isKnownLanguage(code: string): boolean {
  try {
    const names = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });
    return names.of(code) !== undefined;
  } catch {
    return false;
  }
}

function lintEffect(
  declaration: Declaration,
  effect: DeclarationEffect,
  file: string,
  field: string,
  report: Report,
): void {
  const fromApprovingLaw = declaration.basis === "domestic-law";
  if (effect.status === "approving-law" && !fromApprovingLaw) {
    report(
      file,
      `${field}.status`,
      `is "approving-law" but declaration ${declaration.id} is not recorded from an approving law (basis "${declaration.basis}"); use "deposited-text" if the effect is read from its recorded text`,
    );
  }
  if (effect.status === "deposited-text") {
    if (fromApprovingLaw) {
      report(
        file,
        `${field}.status`,
        `is "deposited-text" but declaration ${declaration.id} records what an approving law directs (basis "domestic-law"), not a deposited text; use "approving-law"`,
      );
    } else if (declaration.text === null) {
      report(
        file,
        `${field}.status`,
        `is "deposited-text" but the text of declaration ${declaration.id} is not available (textStatus "${declaration.textStatus}"); record an effect only from a text or law that states it, or remove the effect`,
      );
    }
  }
  const provisions = declaration.provisions ?? [];
  if (!provisions.some((p) => isWithinProvision(effect.provision, p))) {
    report(
      file,
      `${field}.provision`,
      `${effect.provision} is not among the provisions of declaration ${declaration.id} (${provisions.length > 0 ? provisions.join(", ") : "none recorded"}); correct the provision or add it to the declaration's provisions`,
    );
  }
  const declarationUrls = new Set(declaration.sources.map((s) => s.url));
  effect.sources.forEach((source, i) => {
    if (!declarationUrls.has(source.url)) {
      report(
        file,
        `${field}.sources.${i}`,
        `${source.url} is not a source of declaration ${declaration.id}; an effect rests on its declaration's sources: cite one of them, or add this source to the declaration`,
      );
    }
  });
  if (effect.type === "request-language") {
    effect.languages.forEach((language, i) => {
      if (!isKnownLanguage(language)) {
        report(
          file,
          `${field}.languages.${i}`,
          `"${language}" is not a known ISO 639 language code; write the language's code, e.g. "lv" for Latvian`,
        );
      }
    });
    const repeated = effect.languages.filter((l, i) => effect.languages.indexOf(l) !== i);
    if (repeated.length > 0) {
      report(
        file,
        `${field}.languages`,
        `lists ${repeated.join(", ")} more than once; list each language once`,
      );
    }
  }
}

/** Every effect of every declaration rests on what its declaration rests on. */
export const declarationEffects: LintRule = {
  name: "declaration-effects",
  check({ parties }, report) {
    for (const { file, party } of parties) {
      party.declarations.forEach((declaration, i) => {
        const seen = new Map<string, number>();
        (declaration.effects ?? []).forEach((effect, j) => {
          const field = `declarations.${i}.effects.${j}`;
          lintEffect(declaration, effect, file, field, report);
          const key = `${effect.type} ${effect.provision}`;
          const earlier = seen.get(key);
          if (earlier !== undefined) {
            report(
              file,
              `${field}.type`,
              `repeats the ${effect.type} effect on ${effect.provision} of declarations.${i}.effects.${earlier}; merge them into one`,
            );
          } else {
            seen.set(key, j);
          }
        });
      });
    }
  },
};
