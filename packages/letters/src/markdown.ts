import { buildLetter, type Letter, type LetterNode, type LetterOptions } from "./model.js";
import { cleanLetter, withoutForbiddenCharacters } from "./xml-chars.js";

/**
 * Escapes text so that Markdown shows it as written: every punctuation character that could start
 * markup (emphasis, links, HTML, code, headings, lists, tables) is backslash-escaped. Characters XML 1.0
 * forbids are left out (see xml-chars.ts).
 */
export function escapeMarkdown(text: string): string {
  return withoutForbiddenCharacters(text).replace(/[\\`*_{}[\]<>#|~!&]/g, (c) => `\\${c}`);
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
    if (node.basis) lines.push(`${indent}  - *${escapeMarkdown(node.basis)}*`);
  }
  return lines;
}

/** A letter as Markdown (CommonMark): headings per section, values as nested lists. */
export function letterToMarkdown(input: Letter): string {
  const letter = cleanLetter(input);
  const out = [
    `# ${escapeMarkdown(letter.title)}`,
    "",
    `${escapeMarkdown(letter.header.from)}  \n${escapeMarkdown(letter.header.to)}  \n${escapeMarkdown(letter.header.date)}`,
  ];
  for (const section of letter.sections) {
    out.push("", `## ${escapeMarkdown(section.heading)}`, "", ...renderNodes(section.nodes, 0, letter.colon));
  }
  out.push("", "---", "");
  if (letter.basisNote) out.push(`*${escapeMarkdown(letter.basisNote)}*`, "");
  out.push(`*${escapeMarkdown(letter.generatedNote)}*`, "");
  return out.join("\n");
}

/** Validates a request and renders it as a Markdown letter; throws RequestValidationError when it is invalid. */
export function renderMarkdown(input: unknown, options: LetterOptions = {}): string {
  return letterToMarkdown(buildLetter(input, options));
}
