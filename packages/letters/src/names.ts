import { stateNames } from "../generated/state-names.js";

/** How a State is named in a letter, and where the name comes from. */
export interface StateNaming {
  name: string;
  /**
   * "register": the name the register of signatories gives (`nameInSource` in @lhc/parties);
   * "kept": the kept ISO 3166-1 names file of @lhc/parties, in the letter's language;
   * "fallback-english": no name is recorded in the letter's language, so the English one is shown
   * and the letter says so; "unknown": no name is recorded at all, so the code is shown and the
   * letter says so.
   */
  from: "register" | "kept" | "fallback-english" | "unknown";
}

/**
 * A name kept in its sort form ("Netherlands, the Kingdom of the", "Moldova, République de") in
 * reading order ("the Kingdom of the Netherlands", "République de Moldova"). Only a tail that ends in
 * a linking word is moved, so that "Taiwan, Province of China" or "Virgin Islands, British" stay.
 */
export function readingOrder(name: string): string {
  const match = /^(.+?), (.+)$/.exec(name);
  if (!match) return name;
  const [, head = "", tail = ""] = match;
  if (/ d'$/.test(tail)) return `${tail}${head}`;
  if (/(?:^|\s)(?:of|of the|de|du|des|de la)$/i.test(tail)) return `${tail} ${head}`;
  return name;
}

/**
 * The name of a State in `language`. English: the register's name for a State in the register, the
 * kept ISO name for any other State. Another language: the kept name in that language, else the
 * English name marked as such. Never the runtime's `Intl` names: they vary with the runtime and give
 * short forms such as "Congo - Kinshasa".
 */
export function stateNaming(code: string, language: string): StateNaming {
  const entry = Object.hasOwn(stateNames, code) ? stateNames[code] : undefined;
  if (language === "en" && entry?.register !== undefined) {
    return { name: readingOrder(entry.register), from: "register" };
  }
  // "register" is a key of the table, not a language.
  const own = language === "register" ? undefined : entry?.[language];
  if (own !== undefined) return { name: readingOrder(own), from: "kept" };
  const english = entry?.register ?? entry?.en;
  if (english === undefined) return { name: code, from: "unknown" };
  return { name: readingOrder(english), from: language === "en" ? "kept" : "fallback-english" };
}
