import { requestTypes } from "@lhc/requests/request-types";
import { Option } from "commander";
import { parseIsoDate } from "../dates.js";

export function requestTypeOption(flags: string, description: string): Option {
  return new Option(flags, description).choices(requestTypes);
}

/** `--on DATE`: validated as a real calendar date; defaults to today (UTC) where the command reads it. */
export function dateOption(): Option {
  return new Option("--on <date>", "the date to answer for, YYYY-MM-DD (default: today, UTC)").argParser(
    (value) => parseIsoDate(value, "--on"),
  );
}

export function formatOption<const T extends string>(formats: readonly T[], fallback: T): Option {
  return new Option("--format <format>", "output format").choices(formats).default(fallback);
}

/** `--locale`: the language State names are printed in, through Intl.DisplayNames. */
export function localeOption(): Option {
  return new Option("--locale <bcp47>", "language of State names, e.g. fr or nl").default("en");
}
