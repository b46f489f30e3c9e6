/**
 * Characters XML 1.0 forbids never reach a letter. A DOCX is XML, and Word refuses a document.xml that
 * holds one; HTML and Markdown readers drop or mangle them, and a terminal acts on control characters.
 * A valid request may still hold them (its schema allows any text), so the letter leaves them out and
 * says which, in `Letter.omitted`, rather than refusing a request that validates.
 */
import type { Letter } from "./model.js";

/**
 * The complement of XML 1.0 (Fifth Edition) §2.2, production [2] Char: the C0 controls except tab, line
 * feed and carriage return; lone surrogates (with the `u` flag a lone surrogate is a code point of its
 * own, while a pair is one character beyond U+FFFF); U+FFFE and U+FFFF.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the rule is about exactly these characters.
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/** A short statement of the rule, for messages. */
export const XML_CHARACTER_RULE =
  "XML 1.0 allows only tab, line feed, carriage return and U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF (§2.2, production Char)";

const codePoint = (char: string) =>
  `U+${(char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, "0")}`;

/** The characters of `text` that XML 1.0 forbids, as "U+0000", each once, in order of appearance. */
export function forbiddenCharacters(text: string): string[] {
  return [...new Set((text.match(NOT_XML_CHAR) ?? []).map(codePoint))];
}

/** `text` without the characters XML 1.0 forbids. */
export function withoutForbiddenCharacters(text: string): string {
  return text.replace(NOT_XML_CHAR, "");
}

/** One value of the letter from which characters were left out. */
export interface OmittedCharacters {
  /** JSONPath of the value in the request, e.g. "$.facts.summary". */
  path: string;
  /** The characters left out, as "U+0000", each once. */
  characters: string[];
}

/**
 * The letter with every text free of characters XML 1.0 forbids, and `omitted` listing the values of
 * the request they were left out of (kept from an earlier pass: the writers call this on any letter,
 * so that a hand-made letter is safe too). Every string of the letter is cleaned, whatever part of the
 * letter holds it, so that a new part can never carry one through; a value of a labelled node is
 * reported by its path in the request, any other text by the part of the letter it is in.
 */
export function cleanLetter(letter: Letter, request?: unknown): Letter {
  const omitted: OmittedCharacters[] = [...(letter.omitted ?? [])];
  // Values of the request that held such characters: other parts of the letter that repeat one (the
  // signatory in the signature block, say) are not reported a second time.
  const reported: string[] = [];
  const report = (path: string, texts: readonly string[], fromRequest: boolean) => {
    const dirty = texts.filter((text) => forbiddenCharacters(text).length > 0);
    if (dirty.length === 0 || omitted.some((o) => o.path === path)) return;
    if (!fromRequest && dirty.every((text) => reported.some((v) => text.includes(v) || v.includes(text))))
      return;
    if (fromRequest) reported.push(...dirty);
    omitted.push({ path, characters: forbiddenCharacters(dirty.join("")) });
  };
  const walk = (value: unknown, where: string, nodesOnly: boolean): unknown => {
    if (typeof value === "string") {
      if (!nodesOnly) report(where, [value], false);
      return withoutForbiddenCharacters(value);
    }
    if (Array.isArray(value)) return value.map((item, index) => walk(item, `${where}[${index}]`, nodesOnly));
    if (value !== null && typeof value === "object") {
      const node = value as Record<string, unknown>;
      // A labelled node of the request: its values are reported under the request's JSONPath.
      const at = typeof node.path === "string" && node.path.startsWith("$") ? node.path : undefined;
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(node)) {
        if (key === "omitted") continue;
        if (at !== undefined && key === "values" && Array.isArray(child)) {
          if (nodesOnly) report(at, child as string[], true);
          out[key] = (child as string[]).map(withoutForbiddenCharacters);
        } else if (at !== undefined && key === "path") out[key] = child;
        else out[key] = walk(child, `${where}.${key}`, nodesOnly);
      }
      return out;
    }
    return value;
  };
  // The request, where given, names each value by its JSONPath, even one the letter shows outside a
  // labelled node (the signatory in the signature block, the authority in the letterhead).
  const scan = (value: unknown, path: string): void => {
    if (typeof value === "string") report(path, [value], true);
    else if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) scan(item, `${path}[${index}]`);
    } else if (value !== null && typeof value === "object")
      for (const [key, child] of Object.entries(value)) scan(child, `${path}.${key}`);
  };
  if (request !== undefined) scan(request, "$");
  walk(letter, "letter", true);
  const result = walk(letter, "letter", false) as Letter;
  if (omitted.length > 0) result.omitted = omitted;
  return result;
}
