/**
 * `@lhc/letters/docx`: a request letter as a Word document (DOCX), written with the `docx` library.
 * Its own entry, so that users of the HTML and Markdown letters do not load the DOCX writer.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { buildLetter, type Letter, type LetterNode, type LetterOptions } from "./model.js";
import { cleanLetter } from "./xml-chars.js";

const HEADINGS = [
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

const INDENT = 360; // twentieths of a point: a quarter inch per level

/** Runs for a value: each line of the text is its own run, with a line break before all but the first. */
function textRuns(text: string, startWithBreak: boolean): TextRun[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line, index) => new TextRun({ text: line, break: index > 0 || startWithBreak ? 1 : 0 }));
}

function nodeParagraphs(nodes: readonly LetterNode[], depth: number, colon: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const indent = { left: INDENT * depth };
  for (const node of nodes) {
    if (node.children !== undefined) {
      paragraphs.push(
        new Paragraph({
          heading: HEADINGS[Math.min(depth, HEADINGS.length - 1)],
          indent,
          children: [new TextRun({ text: node.label })],
        }),
      );
      if (node.basis) paragraphs.push(basisParagraph(node.basis, depth));
      paragraphs.push(...nodeParagraphs(node.children, depth + 1, colon));
      continue;
    }
    const values = node.values ?? [];
    paragraphs.push(
      new Paragraph({
        indent,
        spacing: { after: 80 },
        children: [
          new TextRun({ text: `${node.label}${colon}`, bold: true }),
          ...values.flatMap((value, index) => textRuns(value, index > 0)),
        ],
      }),
    );
    if (node.basis) paragraphs.push(basisParagraph(node.basis, depth));
  }
  return paragraphs;
}

function basisParagraph(text: string, depth: number): Paragraph {
  return new Paragraph({
    indent: { left: INDENT * depth },
    children: [new TextRun({ text, italics: true, size: 18 })],
  });
}

/**
 * A letter as a DOCX `Document` of the docx library (write it with `Packer`). Characters XML 1.0 forbids
 * are left out: Word refuses a document.xml that holds one.
 */
export function letterToDocument(input: Letter): Document {
  const letter = cleanLetter(input);
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: letter.title })] }),
    new Paragraph({
      children: [
        ...textRuns(letter.header.from, false),
        ...textRuns(letter.header.to, true),
        ...textRuns(letter.header.date, true),
      ],
    }),
  ];
  for (const section of letter.sections) {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: section.heading })] }),
      ...nodeParagraphs(section.nodes, 0, letter.colon),
    );
  }
  if (letter.basisNote) children.push(basisParagraph(letter.basisNote, 0));
  children.push(basisParagraph(letter.generatedNote, 0));
  return new Document({
    creator: "@lhc/letters",
    title: letter.title,
    styles: { default: { document: { run: { font: "Times New Roman", size: 22 } } } },
    sections: [{ children }],
  });
}

/** The bytes of a letter's DOCX file. */
export async function letterToDocx(letter: Letter): Promise<Uint8Array> {
  const buffer = await Packer.toArrayBuffer(letterToDocument(letter));
  return new Uint8Array(buffer);
}

/**
 * Validates a request and renders it as a DOCX letter (the file's bytes); rejects with
 * RequestValidationError when it is invalid.
 */
export async function renderDocx(input: unknown, options: LetterOptions = {}): Promise<Uint8Array> {
  return letterToDocx(buildLetter(input, options));
}

export type { Letter, LetterOptions } from "./model.js";
