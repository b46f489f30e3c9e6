/**
 * @lhc/letters/languages: the languages the letters have label catalogs for, without the catalogs, for
 * what must offer the choice before it needs the words (a command-line option's choices).
 */
import { catalogLanguages } from "../generated/languages.js";

/** Languages that have a label catalog (a file `labels/<language>.json`), English first. */
export const letterLanguages: readonly string[] = catalogLanguages;

/** Whether `value` is one of `letterLanguages`. */
export function isLetterLanguage(value: unknown): value is string {
  return typeof value === "string" && letterLanguages.includes(value);
}
