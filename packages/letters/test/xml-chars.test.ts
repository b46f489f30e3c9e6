import fc from "fast-check";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { letterToDocx } from "../src/docx.js";
import {
  buildLetter,
  forbiddenCharacters,
  type Letter,
  letterLanguages,
  letterToHtml,
  letterToMarkdown,
  validateLetterRequest,
} from "../src/index.js";
import {
  docxDocumentXml,
  docxText,
  htmlText,
  type Path,
  stringPaths,
  validData,
  validExamples,
} from "./helpers.js";

// XML 1.0 §2.2 production Char, restated here so that the test does not trust the module it checks.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the rule is about exactly these characters.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/u;

const examples = validExamples();

function setAt(request: Record<string | number, unknown>, path: Path, text: string): void {
  let parent = request;
  for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
  parent[path[path.length - 1] as string | number] = text;
}

const jsonPath = (path: Path) => `$${path.map((s) => (typeof s === "number" ? `[${s}]` : `.${s}`)).join("")}`;

/** The well-formedness a DOCX reader needs of word/document.xml: the parser's check and no forbidden character. */
function expectWellFormedDocx(bytes: Uint8Array): void {
  const xml = docxDocumentXml(bytes);
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(xml).not.toMatch(FORBIDDEN);
}

describe("characters XML 1.0 forbids never reach a letter", () => {
  // A valid request cannot hold a lone surrogate (@lhc/requests refuses one); a hand-made letter can.
  const DIRTY = "a\u0000b\u0008c\uFFFFd\uFFFEe\u001Bf";
  const CLEAN = "abcdef";

  it("are left out of every format, and the letter says which, from which value", async () => {
    const example = examples[0] as { request: unknown };
    // The last string value of the request that any text may replace (a free-text field, not a code).
    const path = stringPaths(example.request)
      .reverse()
      .find((candidate) => {
        const edited = structuredClone(example.request) as Record<string | number, unknown>;
        setAt(edited, candidate, DIRTY);
        return validateLetterRequest(edited).success;
      }) as Path;
    expect(path).toBeDefined();
    const request = structuredClone(example.request) as Record<string | number, unknown>;
    setAt(request, path, DIRTY);
    expect(validateLetterRequest(request).success).toBe(true);

    const letter = buildLetter(request);
    expect(letter.omitted).toEqual([
      { path: jsonPath(path), characters: ["U+0000", "U+0008", "U+FFFF", "U+FFFE", "U+001B"] },
    ]);
    expect(JSON.stringify(letter)).not.toMatch(/\\u0000|\\u0008|\\u001b/i);
    const html = letterToHtml(letter);
    const markdown = letterToMarkdown(letter);
    const docx = await letterToDocx(letter);
    for (const output of [html, markdown, docxDocumentXml(docx)]) expect(output).not.toMatch(FORBIDDEN);
    expect(htmlText(html)).toContain(CLEAN);
    expect(markdown).toContain(CLEAN);
    expect(docxText(docx)).toContain(CLEAN);
    expectWellFormedDocx(docx);
    // A clean request has nothing to report.
    expect(buildLetter(example.request).omitted).toBeUndefined();
  });

  it("a letter made by hand is cleaned by each writer too", async () => {
    const letter = buildLetter((examples[0] as { request: unknown }).request);
    const dirty: Letter = {
      ...letter,
      title: `Title${DIRTY}\uD800`,
      sections: letter.sections.map((s) => ({ ...s, heading: `${s.heading}\uFFFF` })),
    };
    expect(letterToHtml(dirty)).not.toMatch(FORBIDDEN);
    expect(letterToMarkdown(dirty)).not.toMatch(FORBIDDEN);
    expectWellFormedDocx(await letterToDocx(dirty));
    expect(forbiddenCharacters(`x${DIRTY}\u{1F600}\uDC00`)).toEqual([
      "U+0000",
      "U+0008",
      "U+FFFF",
      "U+FFFE",
      "U+001B",
      "U+DC00",
    ]);
  });
});

/** Any UTF-16 code unit, lone surrogates and the characters XML forbids included. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));

/** A valid example with some of its strings replaced by arbitrary text; kept only if it stays valid. */
const validRequest = fc
  .record({
    example: fc.constantFrom(...examples),
    edits: fc.array(
      fc.record({
        at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        text: fc.oneof(
          fc.string({ unit: anyCodeUnit, minLength: 1 }),
          fc.string({ unit: "binary", minLength: 1 }),
          fc.constantFrom("\uFFFF", "\uFFFE", "\u0000", "\u0008", "\uD800x", "x\uDC00", "]]>&<\u000C"),
        ),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    language: fc.constantFrom(...letterLanguages, undefined),
  })
  .map(({ example, edits, language }) => {
    const request = structuredClone(example.request) as Record<string | number, unknown>;
    const paths = stringPaths(request);
    for (const edit of edits) setAt(request, paths[Math.floor(edit.at * paths.length)] as Path, edit.text);
    return { request, language };
  })
  .map(({ request, language }) => ({ request, language, result: validateLetterRequest(request) }))
  .filter(({ result }) => result.success);

describe("a DOCX made from any valid request is well-formed", () => {
  it("word/document.xml passes the XML parser's check and holds no character XML 1.0 forbids; so do HTML and Markdown", async () => {
    await fc.assert(
      fc.asyncProperty(validRequest, async ({ result, language }) => {
        const letter = buildLetter(validData(result), { language, basis: true, validated: true });
        expect(letterToHtml(letter)).not.toMatch(FORBIDDEN);
        expect(letterToMarkdown(letter)).not.toMatch(FORBIDDEN);
        expectWellFormedDocx(await letterToDocx(letter));
      }),
      { numRuns: 40 },
    );
  });
});
