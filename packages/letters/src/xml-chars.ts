/**
 * Characters XML 1.0 forbids never reach a letter. A DOCX is XML, and Word refuses a document.xml that
 * holds one; HTML and Markdown readers drop or mangle them, and a terminal acts on control characters.
 * A valid request may still hold them (its schema allows any text), so the letter leaves them out and
 * says which, in `Letter.omitted`, rather than refusing a request that validates.
 */
import type { Letter, LetterNode } from "./model.js";

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
 * so that a hand-made letter is safe too).
 */
export function cleanLetter(letter: Letter): Letter {
  const omitted: OmittedCharacters[] = [...(letter.omitted ?? [])];
  const clean = withoutForbiddenCharacters;
  const node = (n: LetterNode): LetterNode => {
    const characters = forbiddenCharacters((n.values ?? []).join(""));
    if (characters.length > 0) omitted.push({ path: n.path, characters });
    return {
      ...n,
      label: clean(n.label),
      ...(n.values ? { values: n.values.map(clean) } : {}),
      ...(n.children ? { children: n.children.map(node) } : {}),
      ...(n.basis !== undefined ? { basis: clean(n.basis) } : {}),
    };
  };
  const result: Letter = {
    ...letter,
    title: clean(letter.title),
    header: {
      from: clean(letter.header.from),
      to: clean(letter.header.to),
      date: clean(letter.header.date),
    },
    sections: letter.sections.map((s) => ({ ...s, heading: clean(s.heading), nodes: s.nodes.map(node) })),
    ...(letter.basisNote !== undefined ? { basisNote: clean(letter.basisNote) } : {}),
    generatedNote: clean(letter.generatedNote),
    colon: clean(letter.colon),
  };
  if (omitted.length > 0) result.omitted = omitted;
  return result;
}
