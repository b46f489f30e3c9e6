import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { letterToDocument, letterToDocx } from "../src/docx.js";
import {
  buildLetter,
  letterLanguages,
  letterToHtml,
  letterToMarkdown,
  validateLetterRequest,
  withoutForbiddenCharacters,
} from "../src/index.js";
import {
  expectedTexts,
  htmlText,
  leaves,
  type Path,
  stringPaths,
  validData,
  validExamples,
} from "./helpers.js";

const examples = validExamples();

/** A valid example with some of its strings replaced by arbitrary text; kept only if it stays valid. */
const validRequest = fc
  .record({
    example: fc.constantFrom(...examples),
    edits: fc.array(
      fc.record({
        at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        text: fc.oneof(
          fc.string({ minLength: 1 }),
          fc.string({ unit: "grapheme", minLength: 1 }),
          fc.constantFrom(
            "<script>alert(1)</script>",
            "line 1\nline 2\r\n- 3",
            "&amp; ]]> \u0000 \u202e",
            "  x  ",
          ),
        ),
      }),
      { maxLength: 8 },
    ),
    language: fc.constantFrom(...letterLanguages, undefined),
  })
  .map(({ example, edits, language }) => {
    const request = structuredClone(example.request) as Record<string | number, unknown>;
    const paths = stringPaths(request);
    for (const edit of edits) {
      const path = paths[Math.floor(edit.at * paths.length)] as Path;
      let parent = request;
      for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
      parent[path[path.length - 1] as string | number] = edit.text;
    }
    return { request, language };
  })
  .map(({ request, language }) => ({ request, language, result: validateLetterRequest(request) }))
  .filter(({ result }) => result.success);

describe("the renderer on generated valid requests", () => {
  it("never throws, and every string value reaches the HTML letter", () => {
    fc.assert(
      fc.property(validRequest, ({ request, language, result }) => {
        const letter = buildLetter(validData(result), { language, basis: true, validated: true });
        const html = letterToHtml(letter);
        letterToMarkdown(letter);
        letterToDocument(letter);
        const text = htmlText(html);
        for (const raw of leaves(request)) {
          if (typeof raw.value !== "string") continue;
          // Characters XML 1.0 forbids are left out of every letter (xml-chars.test.ts checks how).
          const leaf = { ...raw, value: withoutForbiddenCharacters(raw.value) };
          const expected = expectedTexts(leaf, letter.language);
          // Free text that happens to look like a code (a State's, a language's) is shown as it is.
          const shown = (line: string) => text.includes(line);
          const asIs = leaf.value.split(/\r\n|\r|\n/).every(shown);
          expect(asIs || expected.every(shown), leaf.path).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("writes a DOCX file for each", async () => {
    await fc.assert(
      fc.asyncProperty(validRequest, async ({ result, language }) => {
        const bytes = await letterToDocx(buildLetter(validData(result), { language, validated: true }));
        expect(bytes.byteLength).toBeGreaterThan(1000);
      }),
      { numRuns: 25 },
    );
  });
});
