import { letterLanguages } from "@lhc/letters/languages";
import { requestTypes } from "@lhc/requests/request-types";
import { Option } from "commander";

export function requestTypeOption(flags: string, description: string): Option {
  return new Option(flags, description).choices(requestTypes);
}

/**
 * `--on DATE`, defaulting to today (UTC). The command checks it with @lhc/parties' own date check
 * (`onDate` in ../parties.ts) once it has loaded the package, so that no other command pays for it.
 */
export function dateOption(): Option {
  return new Option("--on <date>", "the date to answer for, YYYY-MM-DD (default: today, UTC)");
}

export function formatOption<const T extends string>(formats: readonly T[], fallback: T): Option {
  return new Option("--format <format>", "output format").choices(formats).default(fallback);
}

/** `--locale`: the language State names are printed in, through Intl.DisplayNames. */
export function localeOption(): Option {
  return new Option("--locale <bcp47>", "language of State names, e.g. fr or nl").default("en");
}

/** `--json`, the spelling of `--format json` that `lhc-convention check|coverage` had; not in the help. */
export function jsonOption(): Option {
  return new Option("--json", "same as --format json").hideHelp().implies({ format: "json" });
}

/**
 * `--language`: each issue as a sentence for a person in one of the languages @lhc/letters has labels
 * for (its list alone, so that offering the choice loads no catalog).
 */
export function issueLanguageOption(): Option {
  return new Option(
    "--language <language>",
    "word each issue for a person in this language, naming fields by their labels (default: the English messages of @lhc/requests)",
  ).choices(letterLanguages);
}
