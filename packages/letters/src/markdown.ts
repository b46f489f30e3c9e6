import {
  buildLetter,
  type Letter,
  type LetterNode,
  type LetterOptions,
  type LetterRequest,
} from "./model.js";
import { cleanLetter } from "./xml-chars.js";

/**
 * Escapes text so that Markdown shows it as written: every punctuation character that could start
 * markup (emphasis, links, HTML, code, headings, lists, tables) is backslash-escaped.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|~!&]/g, (c) => `\\${c}`);
}

/** A line that would start a list, a setext heading or a thematic break is escaped at its start. */
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)([-+=]|\d+(?=[.)]))/, (_m, space: string, mark: string) => `${space}\\${mark}`);
}

function valueLines(value: string, indent: string): string {
  return escapeMarkdown(value)
    .split(/\r\n|\r|\n/)
    .map((line, index) => (index === 0 ? line : `${indent}${escapeLineStart(line)}`))
    .join("  \n");
}

function renderNodes(nodes: readonly LetterNode[], depth: number, colon: string): string[] {
  const indent = "  ".repeat(depth);
  const lines: string[] = [];
  for (const node of nodes) {
    const label = `**${escapeMarkdown(node.label)}**`;
    const values = node.values ?? [];
    if (node.children === undefined && values.length === 1) {
      lines.push(`${indent}- ${label}${colon}${valueLines(values[0] ?? "", `${indent}  `)}`);
    } else if (node.children === undefined) {
      lines.push(`${indent}- ${label}${colon.trimEnd()}`);
      for (const value of values) lines.push(`${indent}  - ${valueLines(value, `${indent}    `)}`);
    } else {
      lines.push(`${indent}- ${label}`);
      lines.push(...renderNodes(node.children, depth + 1, colon));
    }
  }
  return lines;
}

/** Lines kept apart by hard line breaks (two spaces at the end of a line). */
const block = (texts: readonly string[]): string =>
  texts.map((text) => escapeLineStart(escapeMarkdown(text))).join("  \n");

/** A letter as Markdown (CommonMark): the letter's parts as paragraphs, a heading per section, values as nested lists. */
export function letterToMarkdown(input: Letter): string {
  const letter = cleanLetter(input);
  const [authority = "", ...letterhead] = letter.letterhead;
  const out = [
    `**${escapeMarkdown(authority)}**${letterhead.length > 0 ? `  \n${block(letterhead)}` : ""}`,
    "",
    block(letter.addressee),
    "",
    block([letter.placeAndDate.text]),
  ];
  if (letter.references.length > 0) {
    out.push("", block(letter.references.map((r) => `${r.label}${letter.colon}${r.value}`)));
  }
  out.push(
    "",
    `# ${escapeMarkdown(letter.title)}`,
    "",
    `**${escapeMarkdown(letter.subject)}**`,
    "",
    block([letter.salutation]),
    "",
    block([letter.opening]),
  );
  for (const section of letter.sections) {
    out.push("", `## ${escapeMarkdown(section.heading)}`, "");
    if (section.intro) out.push(block([section.intro]), "");
    out.push(...renderNodes(section.nodes, 0, letter.colon));
  }
  for (const paragraph of letter.closing) out.push("", block([paragraph]));
  out.push("", "", block(letter.signature), "");
  if (letter.annex) {
    out.push(
      "---",
      "",
      `## ${escapeMarkdown(letter.annex.heading)}`,
      "",
      `*${escapeMarkdown(letter.annex.note)}*`,
      "",
    );
    for (const entry of letter.annex.entries) {
      out.push(`- **${escapeMarkdown(entry.label)}**${letter.colon}${escapeMarkdown(entry.provisions)}`);
    }
    out.push("");
  }
  return out.join("\n");
}

/** Validates a request and renders it as a Markdown letter; throws RequestValidationError when it is invalid. */
export function renderMarkdown(request: LetterRequest, options: LetterOptions & { validated: true }): string;
export function renderMarkdown(input: unknown, options?: LetterOptions & { validated?: false }): string;
export function renderMarkdown(input: unknown, options: LetterOptions = {}): string {
  // The two overloads of buildLetter, joined: `validated` is only true for a validated request.
  return letterToMarkdown(
    buildLetter(input as LetterRequest, options as LetterOptions & { validated: true }),
  );
}
