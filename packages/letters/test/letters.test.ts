import { RequestValidationError, requestTypes } from "@lhc/requests";
import { requestFields } from "@lhc/requests/fields";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { letterToDocx, renderDocx } from "../src/docx.js";
import {
  buildLetter,
  fallbackSection,
  labelsFor,
  letterLanguages,
  letterSections,
  letterToHtml,
  renderHtml,
  renderMarkdown,
  requestVersionOf,
  validateLetterRequest,
} from "../src/index.js";
import { readingOrder, stateNaming } from "../src/names.js";
import { docxDocumentXml, docxText, expectedTexts, htmlText, leaves, validExamples } from "./helpers.js";

const examples = validExamples();
const cases = examples.flatMap((example) => letterLanguages.map((language) => ({ ...example, language })));

describe("every valid example, in every language", () => {
  it("there are examples and languages to test", () => {
    expect(examples.length).toBeGreaterThan(0);
    expect(letterLanguages).toContain("en");
    expect(letterLanguages.length).toBeGreaterThan(1);
  });

  it.each(cases)(
    "$file in $language: every leaf value is in the HTML and in the DOCX text",
    async ({ request, language }) => {
      const html = htmlText(renderHtml(request, { language, basis: true }));
      const docx = docxText(await renderDocx(request, { language, basis: true }));
      const all = leaves(request);
      expect(all.length).toBeGreaterThan(10);
      const missingHtml: string[] = [];
      const missingDocx: string[] = [];
      for (const leaf of all) {
        for (const text of expectedTexts(leaf, language)) {
          if (!html.includes(text)) missingHtml.push(`${leaf.path}: ${text}`);
          if (!docx.includes(text)) missingDocx.push(`${leaf.path}: ${text}`);
        }
      }
      expect(missingHtml, "values missing from the HTML letter").toEqual([]);
      expect(missingDocx, "values missing from the DOCX letter").toEqual([]);
    },
  );

  it.each(cases)("$file in $language: every field has a label in the catalog", ({ request, language }) => {
    const labels = labelsFor(language);
    const keys = new Set<string>();
    const collect = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value !== null && typeof value === "object") {
        for (const [key, child] of Object.entries(value)) {
          keys.add(key);
          collect(child);
        }
      }
    };
    collect(request);
    // A label that falls back to the property name means the catalogs (English included) lack it.
    expect([...keys].filter((key) => labels.field(key) === key)).toEqual([]);
    const letter = buildLetter(request, { language });
    expect(letter.language).toBe(language);
    expect(letter.title).toBe(labels.text(`requestType.${letter.requestType}`));
  });
});

describe("layout", () => {
  it("places every top-level field of every request type in a section of its own choosing", () => {
    const placed = letterSections.flatMap((section) => section.fields as readonly string[]);
    for (const version of ["0.1", "1.0"] as const) {
      for (const type of requestTypes) {
        const properties = requestFields(type, version)
          .filter((field) => field.path === field.name)
          .map((field) => field.name);
        expect(properties.length).toBeGreaterThan(0);
        expect(
          properties.filter((key) => !placed.includes(key)),
          `${type} (version ${version}) fields not placed`,
        ).toEqual([]);
      }
    }
    expect(letterSections.map((s) => s.id)).toContain(fallbackSection);
  });

  it("orders sections and fields the same way whatever the order of the request's keys", () => {
    const { request } = examples[0] as { request: Record<string, unknown> };
    const reversed = Object.fromEntries(Object.entries(request).reverse());
    expect(renderHtml(reversed)).toBe(renderHtml(request));
  });

  it("writes the letter in the request's language by default, and in English without a catalog", () => {
    const { request } = examples.find((e) => (e.request as { language: string }).language === "fr") ?? {};
    expect(request).toBeDefined();
    expect(buildLetter(request).language).toBe("fr");
    expect(buildLetter({ ...(request as object), language: "fr-BE" }).language).toBe("fr");
    expect(buildLetter({ ...(request as object), language: "nl" }).language).toBe("en");
    expect(renderHtml(request)).toContain('<html lang="fr">');
  });

  it("lists the provisions of comparable instruments only when asked, and only in an annex titled so", () => {
    const { request } = examples[0] as { request: unknown };
    const en = labelsFor("en");
    const plain = htmlText(renderHtml(request, { language: "en" }));
    const withBasis = renderHtml(request, { language: "en", basis: true });
    expect(plain).not.toContain(en.text("annex.basis"));
    expect(plain).not.toMatch(/UNTOC|UNCAC/);
    const root = parse(withBasis);
    const annex = root.querySelector("section.annex");
    expect(annex?.querySelector("h2")?.textContent).toBe(en.text("annex.basis"));
    expect(annex?.textContent).toMatch(/UNTOC art\. 18/);
    // Outside the annex, the body cites no comparable instrument.
    annex?.remove();
    expect(root.querySelector("article")?.textContent).not.toMatch(/UNTOC|UNCAC/);
  });

  it("writes Markdown with the letter's parts and a heading per section", () => {
    const { request } = examples[0] as { request: unknown };
    const markdown = renderMarkdown(request, { language: "en" });
    const letter = buildLetter(request, { language: "en" });
    expect(markdown).toContain(`\n# ${letter.title}\n`);
    expect(markdown).toContain(`**${letter.subject}**`);
    for (const section of letter.sections) expect(markdown).toContain(`\n## ${section.heading}\n`);
  });
});

describe("values are data, never markup", () => {
  const { request } = examples.find((e) => e.file.includes("service-of-documents")) ?? {};
  const hostile = structuredClone(request) as {
    purpose: string;
    measures: { description: string }[];
    requestingAuthority: { name: string };
  };
  hostile.purpose = "<script>window.pwned = 1</script> & <b>bold</b>";
  (hostile.measures[0] as { description: string }).description =
    '"><img src=x onerror=alert(1)>\n# heading\n- item';
  hostile.requestingAuthority.name = "**not bold** [link](http://example.org) `code` <!-- comment -->";

  it("the HTML letter shows <script> as text and contains no element from a value", () => {
    const html = renderHtml(hostile);
    expect(html).not.toMatch(/<script|<img|<b>|<!--/);
    expect(html).toContain("&lt;script&gt;");
    const text = htmlText(html);
    expect(text).toContain(hostile.purpose);
    expect(text).toContain('"><img src=x onerror=alert(1)>');
  });

  it("the DOCX letter holds <script> as text", async () => {
    const bytes = await renderDocx(hostile);
    const xml = docxDocumentXml(bytes);
    expect(xml).not.toMatch(/<script|<img/);
    expect(xml).toContain("&lt;script&gt;");
    expect(docxText(bytes)).toContain(hostile.purpose);
  });

  it("the Markdown letter escapes every character that would start markup", () => {
    const markdown = renderMarkdown(hostile);
    expect(markdown).toContain("\\<script\\>window.pwned = 1\\</script\\> \\& \\<b\\>bold\\</b\\>");
    expect(markdown).toContain(
      "\\*\\*not bold\\*\\* \\[link\\](http://example.org) \\`code\\` \\<\\!-- comment --\\>",
    );
    expect(markdown).not.toMatch(/\n\s*# heading/);
    expect(markdown).toMatch(/\n\s+\\# heading/);
    expect(markdown).toMatch(/\n\s+\\- item/);
  });
});

describe("invalid requests", () => {
  it("are refused with the issues validateRequest reports, for every writer", async () => {
    const { request } = examples[0] as { request: Record<string, unknown> };
    const broken = { ...request, dateOfRequest: "2026-02-30" };
    expect(() => renderHtml(broken)).toThrow(RequestValidationError);
    expect(() => renderMarkdown(broken)).toThrow(RequestValidationError);
    await expect(renderDocx(broken)).rejects.toThrow(RequestValidationError);
    try {
      buildLetter(broken);
    } catch (error) {
      expect((error as RequestValidationError).issues.map((i) => i.path)).toEqual(["$.dateOfRequest"]);
    }
    expect(() => buildLetter("not a request")).toThrow(RequestValidationError);
  });

  it("letterToDocx writes a letter built once", async () => {
    const { request } = examples[0] as { request: unknown };
    const bytes = await letterToDocx(buildLetter(request));
    expect(bytes[0]).toBe(0x50); // "PK": a zip archive
    expect(docxText(bytes)).toContain(buildLetter(request).title);
  });
});

describe("version 1 of the data model", () => {
  const v1 = examples.filter((e) => e.file.startsWith("v1/"));
  const byFile = (name: string) =>
    (v1.find((e) => e.file.endsWith(name)) as { request: Record<string, unknown> }).request;

  it("has version-1 examples of every request type among the letters' examples", () => {
    expect(new Set(v1.map((e) => (e.request as { requestType: string }).requestType)).size).toBe(
      requestTypes.length,
    );
  });

  it("reads the version by schemaVersion and refuses an invalid version-1 request with its issues", () => {
    const request = byFile("extradition-full-prosecution.json");
    expect(requestVersionOf(request)).toBe("1.0");
    expect(requestVersionOf({ ...request, schemaVersion: "0.1" })).toBe("0.1");
    const broken = {
      ...request,
      requestingAuthority: { name: "X", role: "ministry-of-justice", contact: {} },
    };
    expect(() => buildLetter(broken)).toThrow(RequestValidationError);
    const result = validateLetterRequest(broken);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues.map((i) => i.path)).toContain("$.requestingAuthority.contact");
  });

  it("builds the same letter from a request validated once, and does not validate it again", () => {
    const request = byFile("mla-company-records-interception-and-banking-data.json");
    const result = validateLetterRequest(request);
    if (!result.success) throw new Error("the example is valid");
    expect(buildLetter(result.data, { validated: true })).toEqual(buildLetter(request));
    // Validated is taken at its word: a value the validator would refuse is not checked again.
    const unchecked = { ...result.data, dateOfRequest: "2026-02-30" } as typeof result.data;
    expect(() => buildLetter(unchecked)).toThrow(RequestValidationError);
    expect(buildLetter(unchecked, { validated: true }).placeAndDate.date).toBe("2026-02-30");
  });

  it("names the person or offence an id refers to, and addresses the requested authority", () => {
    const request = byFile("extradition-full-prosecution.json") as {
      persons: { id: string; name: { fullName: string } }[];
      personSought: { personId: string };
      requestedAuthority: { name: string };
      signature: { officialName: string; place: string };
    };
    const person = request.persons.find((p) => p.id === request.personSought.personId);
    const letter = buildLetter(request, { language: "en" });
    const text = htmlText(letterToHtml(letter));
    expect(text).toContain(`${person?.name.fullName} (${request.personSought.personId})`);
    expect(text).toContain(`${labelsFor("en").text("item.offences").replace("{n}", "1")} (o1)`);
    expect(letter.addressee[0]).toBe(request.requestedAuthority.name);
    expect(letter.signature).toContain(request.signature.officialName);
    expect(letter.signature[0]?.startsWith(`${request.signature.place}, `)).toBe(true);
  });
});

describe("State names", () => {
  // The service-of-documents example, sent by the Democratic Republic of the Congo to the Netherlands.
  const { request } = examples.find((e) => e.file.includes("service-of-documents")) ?? {};
  const drc = { ...(request as object), requestingState: "CD", requestedState: "NL" };

  it("come from the register in English and from the kept French names in French, never the runtime's", () => {
    const en = htmlText(renderHtml(drc, { language: "en" }));
    expect(en).toContain("Democratic Republic of the Congo");
    expect(en).toContain("the Kingdom of the Netherlands");
    const fr = htmlText(renderHtml(drc, { language: "fr" }));
    expect(fr).toContain("République démocratique du Congo");
    expect(fr).toContain("Royaume des Pays-Bas");
    for (const text of [en, fr]) expect(text).not.toMatch(/Kinshasa|\(CD\)/);
  });

  it("say so where no name is recorded in the letter's language", () => {
    const kosovo = { ...(request as object), requestingState: "XK" };
    expect(htmlText(renderHtml(kosovo, { language: "fr" }))).toContain(
      labelsFor("fr").text("stateNameInEnglish").replace("{name}", "Kosovo"),
    );
    expect(htmlText(renderHtml(kosovo, { language: "en" }))).toContain("Kosovo");
  });
});

describe("the names kept for the register's States", () => {
  it("name every State of the register in English from the register, and in French from the kept names", async () => {
    const { parties } = await import("@lhc/parties");
    expect(parties.length).toBeGreaterThan(0);
    for (const party of parties) {
      expect(stateNaming(party.code, "en")).toEqual({
        name: readingOrder(party.nameInSource),
        from: "register",
      });
    }
    // Kosovo's code is not an ISO 3166-1 code: no French name is recorded for it, and the letter says so.
    const fallbacks = parties
      .filter((party) => stateNaming(party.code, "fr").from !== "kept")
      .map((p) => p.code);
    expect(fallbacks).toEqual(["XK"]);
  });

  it("read sort forms in reading order, and leave other commas alone", () => {
    expect(readingOrder("Netherlands, the Kingdom of the")).toBe("the Kingdom of the Netherlands");
    expect(readingOrder("Moldova, République de")).toBe("République de Moldova");
    expect(readingOrder("Iran, République islamique d'")).toBe("République islamique d'Iran");
    expect(readingOrder("Taiwan, Province of China")).toBe("Taiwan, Province of China");
    expect(readingOrder("Virgin Islands, British")).toBe("Virgin Islands, British");
  });
});
