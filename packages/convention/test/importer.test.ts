import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BwbImportError, importBwb, officialXmlUrl } from "../src/importer/index.js";
import { cite, getArticle, getProvision, parseCitation, walk } from "../src/index.js";
import { importedDocumentSchema } from "../src/schema.js";
import type { ImportedDocument, ProvisionNode } from "../src/types.js";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "fixtures", "bwb", name), "utf8");
const ECHR = fixture("BWBV0001000.xml");
const UNESCO = fixture("BWBV0005577.xml");
const NATO = fixture("BWBV0001206.xml");
const US_TAX = fixture("BWBV0001109_2004-12-28_0.xml");
const ZORGTOESLAG = fixture("zorgtoeslag_toestand.xml");

const nodes = (doc: ImportedDocument) => [...walk(doc)];
const ofType = (doc: ImportedDocument, type: ProvisionNode["type"]) =>
  nodes(doc).filter((n) => n.type === type);
/** Articles of the main instrument only (annex and attachment articles are scoped by their eId). */
const mainArticles = (doc: ImportedDocument) =>
  doc.body.flatMap(function collect(n): ProvisionNode[] {
    return n.type === "article" ? [n] : n.children.flatMap(collect);
  });
const depth = (node: ProvisionNode): number =>
  1 + Math.max(0, ...node.children.filter((c) => c.type === "point").map(depth));
const textOf = (node: ProvisionNode | undefined, lang: "en" | "nl") => node?.text?.[lang]?.value;

describe("importBwb on real BWB files", () => {
  it("reads the 59 articles of the ECHR in English and in Dutch (2012 <wetgeving> export)", () => {
    const en = importBwb(ECHR, { lang: "en" });
    const nl = importBwb(ECHR, { lang: "nl" });
    expect(mainArticles(en)).toHaveLength(59);
    expect(mainArticles(nl)).toHaveLength(59);
    expect(mainArticles(en).map((a) => a.eId)).toEqual(mainArticles(nl).map((a) => a.eId));
    expect(en.meta).toMatchObject({ format: "wetgeving", bwbId: "BWBV0001000", lang: "en", authentic: true });
    expect(nl.meta).toMatchObject({ lang: "nl", authentic: false, treatyNumber: "005132" });
    expect(en.meta.title).toBe("Convention for the Protection of Human Rights and Fundamental Freedoms");
    expect(getArticle(2, en)?.heading?.en?.value).toBe("- Right to life");
    // Sections are containers; English and Dutch use different element names for the same level.
    expect(en.body.filter((n) => n.type === "section").map((n) => n.num)).toEqual(["I", "II", "III"]);
    expect(nl.body.filter((n) => n.type === "title")).toHaveLength(3);
  });

  it("keeps inline links as text and whitespace normalised in the ECHR preamble", () => {
    const en = importBwb(ECHR, { lang: "en" });
    expect(textOf(getProvision("preamble__recital_1", en), "en")).toBe(
      "Considering the Universal Declaration of Human Rights proclaimed by the General Assembly of the United Nations on 10th December 1948;",
    );
    // The opening words naming the Parties and the closing "Have agreed as follows:" are formulas.
    expect(textOf(getProvision("preamble__formula_1", en), "en")).toBe(
      "The Governments signatory hereto, being Members of the Council of Europe,",
    );
    expect(textOf(getProvision("preamble__formula_2", en), "en")).toBe("Have agreed as follows:");
  });

  it("reads the UNESCO agreement: 18 articles, annexes A–E and the protocol, in both languages", () => {
    for (const lang of ["en", "nl"] as const) {
      const doc = importBwb(UNESCO, { lang });
      expect(mainArticles(doc)).toHaveLength(18);
      expect(doc.annexes.map((a) => a.eId)).toEqual(["annex_a", "annex_b", "annex_c", "annex_d", "annex_e"]);
      expect(doc.annexes.map((a) => a.num)).toEqual(["A", "B", "C", "D", "E"]);
      expect(doc.attachments).toHaveLength(1);
      expect(doc.preamble?.children.at(-1)?.type).toBe("formula");
    }
    const en = importBwb(UNESCO, { lang: "en" });
    expect(en.preamble?.heading?.en?.value).toBe("Preamble");
    expect(textOf(en.preamble?.children[0], "en")).toBe("The Contracting States,");
    expect(textOf(en.preamble?.children.at(-1), "en")).toBe(
      "Have, therefore, agreed to the following provisions:—",
    );
    expect(en.annexes[0]?.heading?.en?.value).toBe("Books, Publications and Documents");
    expect(textOf(getProvision("annex_a__point_i", en), "en")).toBe("Printed books.");
    expect(getArticle("xvii", en)?.num).toBe("XVII");
  });

  it("keeps text after a list in document order as a wrap-up (UNESCO Article I)", () => {
    const en = importBwb(UNESCO, { lang: "en" });
    const article = getArticle("i", en) as ProvisionNode;
    const first = article.children[0] as ProvisionNode;
    expect(first.type).toBe("paragraph");
    const kinds = first.children.map((c) => c.type);
    expect(kinds.indexOf("wrapUp")).toBeGreaterThan(kinds.lastIndexOf("point"));
    expect(textOf(first.children.at(-1), "en")).toMatch(
      /^which are the products of another Contracting State/,
    );
  });

  it("reads the NATO SOFA agreement: four parts containing 11 articles, a table and the annex instrument", () => {
    for (const lang of ["en", "nl"] as const) {
      const doc = importBwb(NATO, { lang });
      expect(doc.body.map((n) => n.eId)).toEqual(["part_1", "part_2", "part_3", "part_4"]);
      expect(mainArticles(doc)).toHaveLength(11);
      const table = ofType(doc, "table")[0];
      expect(table?.table?.[lang]?.length).toBeGreaterThan(1);
      expect(doc.attachments).toHaveLength(1);
      expect(doc.conclusions?.text?.[lang]?.value.length).toBeGreaterThan(0);
    }
  });

  it("normalises the hard line breaks of the Dutch NATO text", () => {
    const nl = importBwb(NATO, { lang: "nl" });
    for (const node of walk(nl)) {
      for (const version of [node.text?.nl, node.heading?.nl]) {
        if (!version) continue;
        for (const line of version.value.split("\n")) {
          expect(line).toBe(line.trim());
          expect(line).not.toMatch(/\s{2,}|\t/);
        }
      }
    }
  });

  it("reads the US tax treaty (<toestand>, Dutch only): four instruments and nested lists", () => {
    const doc = importBwb(US_TAX, { lang: "nl" });
    expect(doc.meta).toMatchObject({ format: "toestand", bwbId: "BWBV0001109", versionDate: "2004-12-28" });
    expect(1 + doc.annexes.length + doc.attachments.length).toBe(4);
    expect(doc.attachments.map((a) => a.heading?.nl?.value.slice(0, 6))).toEqual([
      "Nr. I",
      "Nr. II",
      "Overee",
    ]);
    expect(doc.body.filter((n) => n.type === "chapter")).toHaveLength(6);
    const lid3 = getProvision("art_1__para_3", doc) as ProvisionNode;
    expect(Math.max(...lid3.children.map(depth))).toBe(2);
    expect(getProvision("art_1__para_3__point_a__point_ii", doc)?.num).toBe("ii)");
    expect(cite("art_1__para_3__point_a__point_ii")).toBe("Art. 1(3)(a)(ii)");
    // The separate understanding numbers its articles in Roman numerals; they are scoped to it.
    expect(getProvision("att_3__art_i", doc)?.type).toBe("article");
    expect(doc.sources[0]?.url).toBe("http://wetten.overheid.nl/id/BWBV0001109/2004-12-28/0");
    expect(getProvision("art_1__para_3", doc)?.provenance.sources[0]?.pinpoint).toBe(
      "//Verdragtekst_1/HoofdstukI/Artikel1/Lid3",
    );
  });

  it("skips meta-data: no Juriconnect ids or publication data end up in the text", () => {
    const doc = importBwb(US_TAX, { lang: "nl" });
    const all = JSON.stringify(nodes(doc).map((n) => [n.text, n.heading]));
    expect(all).not.toMatch(/jci1\.3|Trb\.2004-166|brondata|publicatiejaar/);
    expect(doc.meta.officialTitle).toMatch(/^Overeenkomst tussen het Koninkrijk der Nederlanden/);
    expect(doc.meta.officialTitle).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it("produces output that conforms to the schema, with unique eIds that cite and parse back", () => {
    for (const [xml, lang] of [
      [ECHR, "en"],
      [ECHR, "nl"],
      [UNESCO, "en"],
      [UNESCO, "nl"],
      [NATO, "en"],
      [NATO, "nl"],
      [US_TAX, "nl"],
    ] as const) {
      const doc = importBwb(xml, { lang });
      expect(importedDocumentSchema.safeParse(doc).success).toBe(true);
      const ids = nodes(doc).map((n) => n.eId);
      expect(new Set(ids).size).toBe(ids.length);
      for (const node of nodes(doc)) {
        if (node.type === "wrapUp" || node.type === "table" || node.type === "crossHeading") continue;
        expect(parseCitation(cite(node.eId))).toBe(node.eId);
        expect(getProvision(node.eId, doc)).toBe(node);
      }
    }
  });

  it("keeps the publisher's editorial insertions out of the text, in notes", () => {
    const doc = importBwb(US_TAX, { lang: "nl" });
    expect(getProvision("att_2", doc)?.notes).toEqual({
      nl: [{ kind: "editorial", text: "(zoals in Nr. I)" }],
    });
    expect(getProvision("att_3__art_xv", doc)?.notes?.nl).toEqual([
      { kind: "editorial", text: "(De illustratie is te vinden in Trb. 1993, 77, p. 128." },
    ]);
    const texts = JSON.stringify(nodes(doc).map((n) => n.text));
    expect(texts).not.toContain("zoals in Nr. I");
    expect(texts).not.toContain("De illustratie is te vinden");
  });

  it("keeps footnotes out of the sentence they sit in, in notes, losing none of their text", () => {
    const xml = `<wetgeving soort="verdrag"><verdrag tekst="authentiek" xml:lang="en"><verdragtekst>
<kop><titel>T</titel></kop><wettekst><artikel><kop><label>Article</label><nr>1</nr></kop>
<lid><lidnr>1</lidnr><al>Placeholder sentence<noot><noot.nr>1</noot.nr><noot.al>Placeholder  footnote.</noot.al></noot> ends here.</al></lid>
</artikel></wettekst></verdragtekst></verdrag></wetgeving>`;
    const doc = importBwb(xml, { lang: "en" });
    const para = getProvision("art_1__para_1", doc);
    expect(textOf(para, "en")).toBe("Placeholder sentence ends here.");
    expect(para?.notes).toEqual({ en: [{ kind: "footnote", num: "1", text: "Placeholder footnote." }] });
    expect(importedDocumentSchema.safeParse(doc).success).toBe(true);
  });

  it("is deterministic: the same input gives byte-identical JSON", () => {
    for (const lang of ["en", "nl"] as const) {
      expect(JSON.stringify(importBwb(UNESCO, { lang }))).toBe(JSON.stringify(importBwb(UNESCO, { lang })));
    }
    expect(JSON.stringify(importBwb(US_TAX, { lang: "nl" }))).toBe(
      JSON.stringify(importBwb(US_TAX, { lang: "nl" })),
    );
  });

  it("records when the file was downloaded, if told", () => {
    const doc = importBwb(ECHR, { lang: "en", accessed: "2026-11-28" });
    expect(doc.sources[0]).toMatchObject({
      kind: "official",
      accessed: "2026-11-28",
      url: "https://wetten.overheid.nl/BWBV0001000",
    });
  });
});

/**
 * A synthetic file in the shape the research notes expect for BWBV0007040 (<toestand>, English authentic
 * and Dutch translation, Parts, lettered annexes). Its wording is placeholder text, not the Convention's.
 */
function syntheticTreaty(annexHeading: (letter: string) => string): string {
  const version = (
    lang: "en" | "nl",
    tekst: string,
    words: { part: string; article: string; annex: string },
  ) => `
  <verdrag tekst="${tekst}" xml:lang="${lang}" bwb-ng-variabel-deel="/" status="goed">
    <verdragtekst bwb-ng-variabel-deel="//Verdragtekst_1">
      <kop><titel>Synthetic test treaty (${lang})</titel></kop>
      <aanhef><preambule><al>Placeholder opening naming the Parties</al><al>Placeholder recital,</al></preambule>
        <afkondiging><al>Placeholder formula:</al></afkondiging></aanhef>
      <wettekst>
        ${["I", "II", "III"]
          .map(
            (
              part,
              k,
            ) => `<deel><kop><label>${words.part}</label><nr>${part}</nr><titel>Placeholder part ${k + 1}</titel></kop>
          <artikel><kop><label>${words.article}</label><nr>${8 + k}</nr><titel>Placeholder heading</titel></kop>
            <lid><lidnr>1</lidnr><al>Placeholder paragraph 1.</al><meta-data><jcis><jci>jci1.3:c:X</jci></jcis></meta-data></lid>
            <lid><lidnr>3.</lidnr><al>Placeholder list intro:</al>
              <lijst><li><li.nr>(a)</li.nr><al>Placeholder point a;</al></li><li><li.nr>(b)</li.nr><al>Placeholder point b.</al></li></lijst>
            </lid>
          </artikel></deel>`,
          )
          .join("\n")}
      </wettekst>
      <wetsluiting><slotformulering><al>Placeholder closing formula.</al></slotformulering></wetsluiting>
    </verdragtekst>
    ${["A", "H"]
      .map(
        (letter) => `<verdragtekst><kop>${annexHeading(letter).replace("ANNEX", words.annex)}</kop>
      <vrije-tekst><tekst><al>Placeholder annex text ${letter}.</al></tekst></vrije-tekst></verdragtekst>`,
      )
      .join("\n")}
    <verdragtekst><bijlage><kop><label>${words.annex}</label><nr>X</nr><titel>Placeholder bijlage</titel></kop>
      <al>Placeholder bijlage text.</al></bijlage></verdragtekst>
  </verdrag>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<toestand bwb-id="BWBV9999999" inwerkingtreding="2024-02-15" bwb-ng-vast-deel="http://wetten.overheid.nl/id/BWBV9999999/2024-02-15/0">
  <bwb-inputbestand/><bwb-wijzigingen/><redactionele-correcties/>
  <wetgeving soort="verdrag" verdragnummer="999999">
    <intitule>Synthetisch testverdrag<meta-data><brondata/></meta-data></intitule>
    ${version("en", "authentiek", { part: "Part", article: "Article", annex: "Annex" })}
    ${version("nl", "vertaling", { part: "Deel", article: "Artikel", annex: "Bijlage" })}
    <meta-data/>
  </wetgeving>
</toestand>`;
}

describe("importBwb on a file shaped like the expected BWBV0007040", () => {
  it("gives the eIds the curated data uses, in both languages", () => {
    const xml = syntheticTreaty(
      (letter) => `<label>ANNEX</label><nr>${letter}</nr><titel>Placeholder annex ${letter}</titel>`,
    );
    for (const lang of ["en", "nl"] as const) {
      const doc = importBwb(xml, { lang });
      expect(doc.body.map((n) => n.eId)).toEqual(["part_1", "part_2", "part_3"]);
      expect(getProvision("part_3", doc)?.num).toBe("III");
      expect(textOf(getProvision("art_8__para_3__point_a", doc), lang)).toBe("Placeholder point a;");
      expect(getProvision("art_8__para_3", doc)?.num).toBe("3.");
      expect(getProvision("art_10", doc)?.heading?.[lang]?.value).toBe("Placeholder heading");
      expect(doc.annexes.map((a) => a.eId)).toEqual(["annex_a", "annex_h", "annex_x"]);
      expect(doc.attachments).toEqual([]);
      expect(textOf(getProvision("annex_h", doc), lang)).toBe("Placeholder annex text H.");
      // The opening words are the first formula, the recitals count from the first recital, and the
      // closing formula published apart (afkondiging) is the next formula.
      expect(textOf(getProvision("preamble__formula_1", doc), lang)).toBe(
        "Placeholder opening naming the Parties",
      );
      expect(textOf(getProvision("preamble__recital_1", doc), lang)).toBe("Placeholder recital,");
      expect(getProvision("preamble__formula_2", doc)?.type).toBe("formula");
      expect(textOf(getProvision("preamble__formula_2", doc), lang)).toBe("Placeholder formula:");
      expect(textOf(doc.conclusions ?? undefined, lang)).toBe("Placeholder closing formula.");
      expect(doc.meta).toMatchObject({
        format: "toestand",
        bwbId: "BWBV9999999",
        versionDate: "2024-02-15",
        lang,
      });
      expect(doc.meta.officialTitle).toBe("Synthetisch testverdrag");
      expect(JSON.stringify(doc)).not.toContain("jci1.3");
      expect(importedDocumentSchema.safeParse(doc).success).toBe(true);
    }
  });

  it("recognises annexes whose heading is a title only ('Annex H')", () => {
    const xml = syntheticTreaty((letter) => `<titel>ANNEX ${letter}</titel>`);
    const doc = importBwb(xml, { lang: "en" });
    expect(doc.annexes.map((a) => [a.eId, a.num])).toEqual([
      ["annex_a", "A"],
      ["annex_h", "H"],
      ["annex_x", "X"],
    ]);
    expect(doc.attachments).toEqual([]);
  });
});

describe("the fixtures", () => {
  it("are the files SOURCES.md describes, byte for byte", () => {
    const sources = readFileSync(join(import.meta.dirname, "fixtures", "bwb", "SOURCES.md"), "utf8");
    const rows = [...sources.matchAll(/^\| `([^`]+\.xml)` \| ([\d,]+) \| `([0-9a-f]{64})` \|/gm)];
    expect(rows).toHaveLength(5);
    for (const [, name, size, sha] of rows) {
      const bytes = readFileSync(join(import.meta.dirname, "fixtures", "bwb", name as string));
      expect(bytes.length, name).toBe(Number((size as string).replaceAll(",", "")));
      expect(createHash("sha256").update(bytes).digest("hex"), name).toBe(sha);
    }
  });
});

describe("importBwb on bad input", () => {
  const rejects = (xml: string, lang: "en" | "nl", code: BwbImportError["code"], message: RegExp) => {
    let caught: unknown;
    try {
      importBwb(xml, { lang });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(BwbImportError);
    expect((caught as BwbImportError).code).toBe(code);
    expect((caught as BwbImportError).message).toMatch(message);
  };

  it("rejects a law that is not a treaty (the zorgtoeslag act)", () => {
    rejects(ZORGTOESLAG, "nl", "not-a-treaty", /<wetgeving soort="wet"> is not a treaty/);
  });

  it("rejects malformed XML with its line and column", () => {
    rejects(UNESCO.slice(0, 5000), "en", "malformed-xml", /not well-formed XML \(line \d+, column \d+\)/);
    rejects("<wetgeving soort='verdrag'><verdrag></wetgeving>", "en", "malformed-xml", /line 1/);
    rejects("", "en", "malformed-xml", /input is empty/);
  });

  it("rejects XML that is not BWB", () => {
    rejects("<html><body>Not found</body></html>", "en", "not-bwb", /root element is <html>/);
    rejects("<toestand><other/></toestand>", "en", "not-bwb", /no <wetgeving> child/);
  });

  it("names the languages the file holds when the requested one is missing", () => {
    rejects(US_TAX, "en", "language-not-found", /no <verdrag xml:lang="en">; it holds nl \(authentiek\)/);
  });

  it("rejects an unsupported language option", () => {
    expect(() => importBwb(ECHR, { lang: "fr" as "en" })).toThrow(/options.lang must be "en" or "nl"/);
  });

  it("never resolves DOCTYPE entities", () => {
    const xml = `<?xml version="1.0"?>
<!DOCTYPE wetgeving [<!ENTITY injected "INJECTED TEXT">]>
<wetgeving soort="verdrag" bwb-id="BWBV0000001"><verdrag tekst="authentiek" xml:lang="en"><verdragtekst>
<kop><titel>T</titel></kop><wettekst><artikel><kop><label>Article</label><nr>1</nr></kop><al>Text &injected; here</al></artikel></wettekst>
</verdragtekst></verdrag></wetgeving>`;
    rejects(xml, "en", "malformed-xml", /&injected;.*never resolved/);
  });

  it("decodes character references and predefined entities", () => {
    const xml = `<wetgeving soort="verdrag"><verdrag tekst="authentiek" xml:lang="en"><verdragtekst>
<kop><titel>A &amp; B</titel></kop><wettekst><artikel><kop><label>Article</label><nr>1</nr></kop>
<al>x&#x2014;y &#233; &lt;z&gt;</al></artikel></wettekst></verdragtekst></verdrag></wetgeving>`;
    const doc = importBwb(xml, { lang: "en" });
    expect(doc.meta.title).toBe("A & B");
    expect(textOf(getArticle(1, doc), "en")).toBe("x—y é <z>");
  });

  it("rejects a treaty whose language version holds no instruments", () => {
    rejects(
      `<wetgeving soort="verdrag"><verdrag tekst="authentiek" xml:lang="en"></verdrag></wetgeving>`,
      "en",
      "no-instruments",
      /holds no <verdragtekst>/,
    );
  });
});

describe("officialXmlUrl", () => {
  it("builds the documented repository URL for BWBV0007040", () => {
    expect(officialXmlUrl()).toBe(
      "https://repository.officiele-overheidspublicaties.nl/bwb/BWBV0007040/2024-02-15/xml/BWBV0007040_2024-02-15.xml",
    );
    expect(officialXmlUrl("BWBV0007040", "2024-02-15", 0)).toBe(
      "https://repository.officiele-overheidspublicaties.nl/bwb/BWBV0007040/2024-02-15_0/xml/BWBV0007040_2024-02-15_0.xml",
    );
    expect(() => officialXmlUrl("BWB123")).toThrow(/bwbId must be/);
    expect(() => officialXmlUrl("BWBV0007040", "15-02-2024")).toThrow(
      /date must be a real calendar date YYYY-MM-DD/,
    );
    expect(() => officialXmlUrl("BWBV0007040", "2024-02-30")).toThrow(
      /date must be a real calendar date YYYY-MM-DD/,
    );
  });
});

describe("importBwb on shapes real treaty files have", () => {
  const treaty = (main: string) =>
    `<wetgeving bwb-id="BWBV0000001" soort="verdrag"><verdrag tekst="authentiek" xml:lang="en"><verdragtekst><kop><titel>T</titel></kop>${main}</verdragtekst></verdrag></wetgeving>`;

  it("keeps a list that opens the preamble, as the points of a paragraph of its own", () => {
    const doc = importBwb(
      treaty(
        "<aanhef><preambule><lijst><li><li.nr>-</li.nr><al>having regard to X</al></li></lijst><al>Have agreed as follows:</al></preambule></aanhef><wettekst><artikel><kop><nr>1</nr></kop><al>Text</al></artikel></wettekst>",
      ),
      { lang: "en" },
    );
    const [first] = doc.preamble?.children ?? [];
    expect(first?.children.map((p) => [p.eId, p.text?.en?.value])).toEqual([
      ["preamble__formula_1__point_1", "having regard to X"],
    ]);
  });

  it("numbers a repeated chapter, two lists restarting at (a) and an article lettered A without sharing an eId", () => {
    const doc = importBwb(
      treaty(
        "<wettekst><hoofdstuk><kop><label>Chapter</label><nr>I</nr></kop><artikel><kop><nr>A</nr></kop><al>x</al><lijst><li><li.nr>(a)</li.nr><al>one</al></li></lijst><al>then</al><lijst><li><li.nr>(a)</li.nr><al>two</al></li></lijst></artikel></hoofdstuk><hoofdstuk><kop><label>Chapter</label><nr>I</nr></kop><artikel><kop><nr>1</nr></kop><al>y</al></artikel></hoofdstuk></wettekst>",
      ),
      { lang: "en" },
    );
    expect([...walk(doc)].map((n) => n.eId)).toEqual([
      "chp_1",
      "art_a",
      "art_a__point_a",
      "art_a__wrapup_1",
      "art_a__point_a-2",
      "chp_1-2",
      "art_1",
    ]);
  });
});
