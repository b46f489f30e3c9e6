/**
 * The one table from the register's State names (Dutch and English) to this data set's codes, and from
 * its consent type codes to their meaning: data/register-names.json in this package.
 */

// Bundled into the entry by tsup, so that the published package reads the table it was built with.
import namesFile from "../../data/register-names.json" with { type: "json" };
import type { ConsentType } from "../types.js";

export interface ConsentTypeCode {
  meaning: string;
  type: ConsentType | null;
  typeStatus: string | null;
}

export interface RegisterNames {
  codes: ReadonlyMap<string, string>;
  former: ReadonlySet<string>;
  consentTypes: ReadonlyMap<string, ConsentTypeCode>;
}

export interface NamesFile {
  names: Array<{ name: string; code: string }>;
  formerStates: Array<{ name: string }>;
  consentTypes: Array<ConsentTypeCode & { code: string }>;
}

const NAMES_FILE = "data/register-names.json";

export function readRegisterNames(file: NamesFile = namesFile as NamesFile): RegisterNames {
  const codes = new Map<string, string>();
  for (const { name, code } of file.names) {
    if (codes.has(name)) throw new Error(`${NAMES_FILE}: the name "${name}" is listed twice; keep one entry`);
    codes.set(name, code);
  }
  return {
    codes,
    former: new Set(file.formerStates.map((s) => s.name)),
    consentTypes: new Map(file.consentTypes.map(({ code, ...rest }) => [code, rest])),
  };
}
