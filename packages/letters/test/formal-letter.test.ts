import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { renderDocx } from "../src/docx.js";
import { buildLetter, labelsFor, letterLanguages, renderHtml, renderMarkdown } from "../src/index.js";
import { stateNaming } from "../src/names.js";
import { docxText, htmlText, leaves, schemaVocabulary, validExamples } from "./helpers.js";

const examples = validExamples();
const cases = examples.flatMap((example) => letterLanguages.map((language) => ({ ...example, language })));

describe("the formal letter", () => {
  it.each(cases)(
    "$file in $language: has a formal letter's parts, in order",
    async ({ request, language }) => {
      const labels = labelsFor(language);
      const values = request as {
        dateOfRequest: string;
        requestedState: string;
        requestingAuthority: { name: string; reference?: string };
        requestedAuthority?: { name: string; reference?: string };
        signatory?: string;
        signature?: { officialName: string };
      };
      const letter = buildLetter(request, { language });
      const root = parse(renderHtml(request, { language }));
      const article = root.querySelector("article.letter");
      const text = (selector: string) => article?.querySelector(selector)?.textContent ?? "";

      expect(text(".letterhead")).toContain(values.requestingAuthority.name);
      // Addressed to the authority a version-1 request names, else to the competent authorities.
      expect(text(".addressee")).toContain(values.requestedAuthority?.name ?? labels.text("addressee"));
      if (values.requestedAuthority?.reference) {
        expect(text(".references")).toContain(values.requestedAuthority.reference);
      }
      expect(text(".addressee")).toContain(stateNaming(values.requestedState, language).name);
      expect(article?.querySelector(".place-date time")?.getAttribute("datetime")).toBe(values.dateOfRequest);
      if (values.requestingAuthority.reference) {
        expect(text(".references")).toContain(values.requestingAuthority.reference);
      }
      expect(text("h1")).toBe(labels.text(`requestType.${letter.requestType}`));
      expect(text(".subject").startsWith(`${labels.text("subject")}${labels.text("colon")}`)).toBe(true);
      expect(text(".salutation")).toBe(labels.text("salutation"));
      expect(text(".opening")).toContain(stateNaming(values.requestedState, language).name);
      expect(text(".closing")).toContain(labels.text("complimentaryClose"));
      expect(text(".signature")).toContain(
        values.signature?.officialName ?? values.signatory ?? labels.text("signatureLine"),
      );

      // The parts come in a letter's order, and the body's sections are numbered in order.
      const order = [".letterhead", ".addressee", ".place-date", ".subject", ".salutation", ".opening"]
        .map((selector) => article?.innerHTML.indexOf(article.querySelector(selector)?.outerHTML ?? "\u0000"))
        .concat([
          article?.innerHTML.indexOf("<section") ?? -1,
          article?.innerHTML.indexOf('<div class="closing">') ?? -1,
          article?.innerHTML.indexOf('<div class="signature">') ?? -1,
        ]);
      expect(order.every((position) => (position ?? -1) >= 0)).toBe(true);
      expect([...order].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(order);
      const headings = article?.querySelectorAll(":scope > section > h2").map((h) => h.textContent) ?? [];
      expect(headings).toEqual(letter.sections.map((section) => section.heading));
      expect(headings.map((heading) => Number.parseInt(heading, 10))).toEqual(headings.map((_, i) => i + 1));
      // The body follows the model requests' order wherever the sections are present.
      const ids = letter.sections.map((section) => section.id);
      const canonical = [
        "legalBasis",
        "proceeding",
        "offences",
        "measures",
        "persons",
        "conditions",
        "urgency",
        "attachments",
      ];
      const present = canonical.filter((id) => (ids as string[]).includes(id));
      expect(ids.filter((id) => canonical.includes(id))).toEqual(present);

      // The DOCX and the Markdown letters have the same parts.
      const docx = docxText(await renderDocx(request, { language }));
      const markdown = renderMarkdown(request, { language });
      for (const part of [
        labels.text("salutation"),
        labels.text("complimentaryClose"),
        letter.placeAndDate.text,
      ]) {
        expect(docx).toContain(part);
        expect(markdown).toContain(part);
      }
      expect(docx).toContain(letter.subject);
    },
  );

  const { fields, codes } = schemaVocabulary();
  const camelCase = [...fields].filter((field) => /[a-z][A-Z]/.test(field));
  const hyphenated = [...codes].filter((code) => code.includes("-"));

  it.each(cases)(
    "$file in $language: shows no code, field name, data-model record or item number",
    async ({ request, language }) => {
      const texts = {
        // Elements apart, so that a value and the next label do not run together ("arrestDate").
        html: htmlText(renderHtml(request, { language }).replaceAll("><", ">\n<")),
        markdown: renderMarkdown(request, { language }).replace(/\\(.)/g, "$1"),
        docx: docxText(await renderDocx(request, { language })),
      };
      const labels = labelsFor(language);
      const letter = buildLetter(request, { language });
      // The request's free text may say anything ("unit no. 117"): it is taken out before the check.
      // A code never holds a space, so no code is taken out with it.
      const own = leaves(request)
        .map((leaf) => String(leaf.value))
        .flatMap((value) => value.split(/\r\n|\r|\n/))
        .filter((value) => value.trim().includes(" "))
        .sort((a, b) => b.length - a.length);
      for (const [format, full] of Object.entries(texts)) {
        const text = own.reduce((rest, value) => rest.split(value).join("\n"), full);
        const leaks = [
          ...[...codes].filter((code) => text.includes(`(${code})`)).map((code) => `(${code})`),
          ...hyphenated.filter((code) => new RegExp(`(^|[^\\w-])${code}($|[^\\w-])`).test(text)),
          ...camelCase.filter((field) => new RegExp(`\\b${field}\\b`).test(text)),
          // The data model's own fields are never shown (a related request's type has the same label).
          ...[labels.field("schemaVersion")].filter((label) => text.includes(label)),
          ...letter.sections
            .flatMap((section) => section.nodes.map((node) => node.path))
            .filter((path) => path === "$.requestType" || path === "$.schemaVersion"),
          ...(text.match(/(?:^|[:\s])(?:no\.|n°) \d+(?=\s|$)/gm) ?? []),
        ];
        expect(leaks, `${format} letter`).toEqual([]);
      }
    },
  );
});
