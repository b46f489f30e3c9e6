/**
 * The one table from the register's State names (Dutch and English) to this data set's codes, and from
 * its consent type codes to their meaning: data/register-names.json in this package.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ConsentType } from "../../src/types.js";

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

interface NamesFile {
  names: Array<{ name: string; code: string }>;
  formerStates: Array<{ name: string }>;
  consentTypes: Array<ConsentTypeCode & { code: string }>;
}

export const NAMES_FILE = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "data",
  "register-names.json",
);

export function readRegisterNames(path = NAMES_FILE): RegisterNames {
  const file = JSON.parse(readFileSync(path, "utf8")) as NamesFile;
  const codes = new Map<string, string>();
  for (const { name, code } of file.names) {
    if (codes.has(name)) throw new Error(`${path}: the name "${name}" is listed twice; keep one entry`);
    codes.set(name, code);
  }
  return {
    codes,
    former: new Set(file.formerStates.map((s) => s.name)),
    consentTypes: new Map(file.consentTypes.map(({ code, ...rest }) => [code, rest])),
  };
}
