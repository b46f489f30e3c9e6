/**
 * The one table from the register's State names (Dutch and English) to this data set's codes, and from
 * its consent type codes to their meaning: data/register-names.json in this package.
 */

// Bundled into the entry by tsup, so that the published package reads the table it was built with.
import namesFile from "../../data/register-names.json" with { type: "json" };
import type { ConsentType } from "../types.js";

export interface ConsentTypeCode {
  /** null: no recorded source explains the code; a consent with it keeps the code, its type not yet verified. */
  meaning: string | null;
  type: ConsentType | null;
  typeStatus: string | null;
}

export interface RegisterNames {
  codes: ReadonlyMap<string, string>;
  former: ReadonlySet<string>;
  /** The codeNote of each former State that has a code (its ISO 3166-3 code), with the code's source. */
  formerCodeNotes: ReadonlyMap<string, string>;
  consentTypes: ReadonlyMap<string, ConsentTypeCode>;
}

export interface NamesFile {
  names: Array<{ name: string; code: string }>;
  formerStates: Array<{
    name: string;
    code?: string;
    codeNote?: string;
    codeSource?: { url: string; title: string; publisher: string };
  }>;
  consentTypes: Array<ConsentTypeCode & { code: string }>;
}

const NAMES_FILE = "data/register-names.json";

export function readRegisterNames(file: NamesFile = namesFile as NamesFile): RegisterNames {
  const codes = new Map<string, string>();
  for (const { name, code } of file.names) {
    if (codes.has(name)) throw new Error(`${NAMES_FILE}: the name "${name}" is listed twice; keep one entry`);
    codes.set(name, code);
  }
  const formerCodeNotes = new Map<string, string>();
  for (const { name, code, codeNote, codeSource } of file.formerStates) {
    if (!code) continue;
    if (!codeSource)
      throw new Error(`${NAMES_FILE}: the former State "${name}" has a code but no codeSource`);
    codes.set(name, code);
    formerCodeNotes.set(
      code,
      `${codeNote ?? ""} Code source: ${codeSource.title}, ${codeSource.publisher}, <${codeSource.url}>.`.trim(),
    );
  }
  return {
    codes,
    former: new Set(file.formerStates.filter((s) => !s.code).map((s) => s.name)),
    formerCodeNotes,
    consentTypes: new Map(file.consentTypes.map(({ code, ...rest }) => [code, rest])),
  };
}
