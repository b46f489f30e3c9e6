import type { Source } from "@lhc/parties";
import { CliError } from "./errors.js";

export type PartiesModule = typeof import("@lhc/parties");

/** Loaded on use, so that commands about requests or the text do not load the parties data. */
export const loadParties = (): Promise<PartiesModule> => import("@lhc/parties");

/**
 * Runs a query of @lhc/parties and turns its input errors into one-line usage errors. Its messages
 * start with the function name ("statusOn: …"), which means nothing to a user of the CLI.
 */
export function queryParties<T>(lib: PartiesModule, query: () => T): T {
  try {
    return query();
  } catch (error) {
    if (error instanceof lib.PartiesInputError) {
      throw new CliError(error.message.replace(/^[A-Za-z]+: /, ""));
    }
    throw error;
  }
}

/**
 * Checks that a command-line argument names a State, and returns its code in capitals. A real State
 * that has no record (IT) is accepted; a code that is no State (ZZ) is a usage error.
 */
export function stateCode(lib: PartiesModule, text: string, argument: string, on: string): string {
  const code = text.trim().toUpperCase();
  try {
    // statusOn is the query that tells "no State" (ZZ) from "a State with no record" (IT).
    lib.statusOn(code, on);
  } catch (error) {
    if (error instanceof lib.PartiesInputError) {
      const rule =
        error.code === "unknown-state-code"
          ? "it is not the ISO 3166-1 alpha-2 code of any State (XK stands for Kosovo)"
          : "use a two-letter ISO 3166-1 alpha-2 code such as LV, or XK for Kosovo";
      throw new CliError(`${argument} "${text}" is not a State: ${rule}`);
    }
    throw error;
  }
  return code;
}

/**
 * The date of `--on` (default: today), checked by @lhc/parties: a real calendar date written
 * YYYY-MM-DD; anything else (2025-02-30, 28/08/2025) is a usage error naming the option.
 */
export function onDate(lib: PartiesModule, text: string | undefined, today: string): string {
  return text === undefined ? today : isoDateOption(lib, "--on", text);
}

/** A date option checked by @lhc/parties' `isIsoDate`; anything else is a usage error naming the option. */
export function isoDateOption(lib: PartiesModule, option: string, text: string): string {
  if (lib.isIsoDate(text)) return text;
  throw new CliError(`${option} must be a real calendar date written YYYY-MM-DD, got "${text}"`);
}

export function describeSource(source: Source): string {
  const accessed = source.accessed ? `, accessed ${source.accessed}` : "";
  return `${source.title} — ${source.publisher} (${source.kind}${accessed})\n      ${source.url}`;
}
