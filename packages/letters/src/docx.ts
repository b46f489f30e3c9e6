/**
 * `@lhc/letters/docx`: a request letter as a Word document (DOCX), written with the `docx` library.
 * Its own entry, so that users of the HTML and Markdown letters do not load the DOCX writer.
 */
import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import {
  buildLetter,
  type Letter,
  type LetterNode,
  type LetterOptions,
  type LetterRequest,
} from "./model.js";
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
  }
  return paragraphs;
}

/** A paragraph of lines, each after a line break. */
function linesParagraph(
  texts: readonly string[],
  options: { bold?: boolean; alignment?: "left" | "right" } = {},
) {
  return new Paragraph({
    ...(options.alignment === "right" ? { alignment: AlignmentType.RIGHT } : {}),
    spacing: { after: 240 },
    children: texts.flatMap((text, index) =>
      text.split(/\r\n|\r|\n/).map(
        (line, lineIndex) =>
          new TextRun({
            text: line,
            bold: options.bold === true,
            break: index > 0 || lineIndex > 0 ? 1 : 0,
          }),
      ),
    ),
  });
}

/** A letter as a DOCX `Document` of the docx library (write it with `Packer`). */
/** Characters XML 1.0 forbids are left out: Word refuses a document.xml that holds one. */
export function letterToDocument(input: Letter): Document {
  const letter = cleanLetter(input);
  const [authority = "", ...letterhead] = letter.letterhead;
  const children: Paragraph[] = [
    new Paragraph({
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "444444", space: 4 } },
      spacing: { after: 360 },
      children: [
        new TextRun({ text: authority, bold: true, size: 24 }),
        ...letterhead.map((line) => new TextRun({ text: line, break: 1 })),
      ],
    }),
    linesParagraph(letter.addressee),
    linesParagraph([letter.placeAndDate.text], { alignment: "right" }),
  ];
  if (letter.references.length > 0) {
    children.push(linesParagraph(letter.references.map((r) => `${r.label}${letter.colon}${r.value}`)));
  }
  children.push(
    linesParagraph([letter.subject], { bold: true }),
    linesParagraph([letter.salutation]),
    linesParagraph([letter.opening]),
  );
  for (const section of letter.sections) {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: section.heading })] }),
    );
    if (section.intro) children.push(linesParagraph([section.intro]));
    children.push(...nodeParagraphs(section.nodes, 0, letter.colon));
  }
  for (const paragraph of letter.closing) children.push(linesParagraph([paragraph]));
  children.push(new Paragraph({ spacing: { before: 720 }, children: [] }), linesParagraph(letter.signature));
  if (letter.annex) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        pageBreakBefore: true,
        children: [new TextRun({ text: letter.annex.heading })],
      }),
      new Paragraph({ children: [new TextRun({ text: letter.annex.note, italics: true })] }),
      ...letter.annex.entries.map(
        (entry) =>
          new Paragraph({
            spacing: { after: 80 },
            children: [
              new TextRun({ text: `${entry.label}${letter.colon}`, bold: true }),
              new TextRun({ text: entry.provisions }),
            ],
          }),
      ),
    );
  }
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
export function renderDocx(
  request: LetterRequest,
  options: LetterOptions & { validated: true },
): Promise<Uint8Array>;
export function renderDocx(
  input: unknown,
  options?: LetterOptions & { validated?: false },
): Promise<Uint8Array>;
export async function renderDocx(input: unknown, options: LetterOptions = {}): Promise<Uint8Array> {
  // The two overloads of buildLetter, joined: `validated` is only true for a validated request.
  return letterToDocx(buildLetter(input as LetterRequest, options as LetterOptions & { validated: true }));
}

export type { Letter, LetterOptions } from "./model.js";
