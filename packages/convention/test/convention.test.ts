import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import {
  convention,
  coverage,
  coverageKinds,
  coverageTable,
  getArticle,
  getProvision,
  outline,
  type ProvisionNode,
  sourcesOf,
  walk,
} from "../src/index.js";
import { conventionDocumentSchema, conventionJsonSchema } from "../src/schema.js";

const packageDir = join(import.meta.dirname, "..");
const nodes = [...walk(convention)];
const en = (eId: string) => getProvision(eId)?.text?.en;
const nl = (eId: string) => getProvision(eId)?.text?.nl;

describe("convention: metadata", () => {
  it("holds the official titles, dates and identifiers with their sources", () => {
    const { meta } = convention;
    expect(meta.titles.en.value).toBe(
      "Ljubljana - The Hague Convention on International Cooperation in the Investigation and Prosecution of the Crime of Genocide, Crimes against Humanity, War Crimes and other International Crimes",
    );
    expect(meta.titles.nl.value).toMatch(
      /^Verdrag van Ljubljana-Den Haag inzake internationale samenwerking/,
    );
    expect(meta.adopted.date).toMatchObject({ value: "2023-05-26", status: "official" });
    expect(meta.adopted.place.value).toBe("Ljubljana");
    expect(meta.openedForSignature.date.value).toBe("2024-02-14");
    expect(meta.identifiers.bwbId.value).toBe("BWBV0007040");
    expect(meta.identifiers.verdragenbank.value).toBe("013717");
    expect(meta.identifiers.tractatenblad.map((f) => [f.value, f.status])).toEqual([
      ["Trb. 2024, 39", "secondary"],
      ["Trb. 2024, 120", "official"],
    ]);
  });

  it("leaves disputed or unverified facts null, keeping the conflicting claims with sources", () => {
    const { meta } = convention;
    expect(meta.depositary).toMatchObject({ value: null, status: "unknown" });
    expect(new Set(meta.depositary.claims?.map((c) => c.value))).toEqual(
      new Set(["Kingdom of the Netherlands", "Kingdom of Belgium"]),
    );
    expect(meta.authenticLanguages.value).toBeNull();
    expect(meta.entryIntoForce.rule.value).toBeNull();
    expect(meta.entryIntoForce.article.value).toBe("art_90");
    expect(getProvision("art_90")?.type).toBe("article");
    expect(meta.counts.articles.value).toBeNull();
    expect(meta.counts.articles.claims?.map((c) => c.value)).toEqual([94, "nearly 100"]);
  });
});

describe("convention: preamble", () => {
  it("holds the English and Dutch preamble exactly as published, marking where the available text ends", () => {
    expect(convention.preamble?.heading).toEqual({
      en: { value: "Preamble", complete: true },
      nl: { value: "Preambule", complete: true },
    });
    // The opening words naming the Parties are a formula, not a recital (see src/preamble.ts).
    expect(getProvision("preamble__formula_1")?.type).toBe("formula");
    expect(en("preamble__formula_1")).toEqual({
      value: "The States Parties to this Convention",
      complete: true,
    });
    expect(nl("preamble__formula_1")).toEqual({
      value: "De staten die partij zijn bij dit Verdrag,",
      complete: true,
    });
    expect(en("preamble__recital_1")?.value).toBe(
      "Recalling that the international crimes to which this Convention applies are among the most serious crimes of concern to the international community as a whole,",
    );
    expect(en("preamble__recital_9")).toEqual({
      value:
        "Acknowledging that the effective investigation and prosecution of these international crimes at the national level must b",
      complete: false,
    });
    expect(nl("preamble__recital_8")?.complete).toBe(false);
    expect(nl("preamble__recital_8")?.value.endsWith("getuigen, bewi")).toBe(true);
    expect(nl("preamble__recital_9")).toBeUndefined();
    expect(getProvision("preamble__recital_10")).toBeUndefined();
  });

  it("has complete text for the opening words, English recitals 1-8 and Dutch recitals 1-7", () => {
    const recitals = convention.preamble?.children ?? [];
    // English: recitals 1–9 complete, 10 up to mid-word; Dutch: 1–8 complete, 9 up to mid-word, no 10.
    expect(recitals.map((r) => r.text?.en?.complete)).toEqual([...Array(9).fill(true), false]);
    expect(recitals.map((r) => r.text?.nl?.complete)).toEqual([...Array(8).fill(true), false, undefined]);
  });
});

describe("convention: provisions and annexes", () => {
  it("holds the provisions named in official records, without text", () => {
    for (const eId of [
      "art_2__para_2",
      "art_5",
      "art_8__para_3",
      "art_92__para_3",
      "art_90",
      "art_9",
      "art_20",
      "art_22",
    ]) {
      const node = getProvision(eId);
      expect(node?.provenance.status, eId).toBe("official");
      expect(node?.text, eId).toBeNull();
    }
    expect(getProvision("part_3")).toMatchObject({ type: "part", num: "III", heading: null, text: null });
    expect(getProvision("part_3")?.provenance.status).toBe("secondary");
    expect(getProvision("part_3")?.subject?.paraphrase).toMatch(/Mutual legal assistance/);
  });

  it("keeps provisions known only from secondary sources marked as such", () => {
    for (const eId of ["art_1", "art_2__para_1", "art_5__para_4", "art_81", "art_82", "art_83"]) {
      expect(getProvision(eId)?.provenance.status, eId).toBe("secondary");
    }
  });

  it("does not invent articles: only the articles the sources name are in the data", () => {
    expect(nodes.filter((n) => n.type === "article").map((n) => n.num)).toEqual([
      "1",
      "2",
      "5",
      "8",
      "9",
      "20",
      "22",
      "81",
      "82",
      "83",
      "90",
      "92",
    ]);
    expect(getArticle(3)).toBeUndefined();
    expect(getArticle(94)).toBeUndefined();
  });

  it("holds annexes A-F and H, with the subjects of E and H from secondary sources", () => {
    expect(convention.annexes.map((a) => a.num)).toEqual(["A", "B", "C", "D", "E", "F", "H"]);
    expect(getProvision("annex_g")).toBeUndefined();
    expect(getProvision("annex_e")?.subject).toMatchObject({ status: "secondary" });
    expect(getProvision("annex_e")?.subject?.paraphrase).toMatch(
      /starvation of civilians in a non-international armed conflict/,
    );
    expect(getProvision("annex_h")?.subject?.paraphrase).toBe("The crime of aggression.");
    expect(convention.annexes.every((a) => a.text === null && a.heading === null)).toBe(true);
  });

  it("never publishes a paraphrase or a secondary quotation as text", () => {
    for (const node of nodes) {
      if (node.text !== null) {
        expect(["formula", "recital"], node.eId).toContain(node.type);
        expect(node.provenance.status, node.eId).toBe("official");
      }
    }
    const texts = JSON.stringify(nodes.map((n) => n.text));
    expect(texts).not.toContain("to facilitate international cooperation in criminal matters");
    expect(texts).not.toContain("provide effective protection from potential retaliation");
  });

  it("resolves every cited source to a full record", () => {
    for (const node of nodes) {
      const sources = sourcesOf(node);
      expect(sources.length, node.eId).toBe(node.provenance.sources.length);
      for (const s of sources) expect(s.url).toMatch(/^https?:\/\//);
    }
    expect(sourcesOf(convention.meta.adopted.date)[0]).toMatchObject({
      id: "S1",
      kind: "official",
      url: "https://wetten.overheid.nl/BWBV0007040/2024-02-15",
      pinpoint: '"Ljubljana, 26-05-2023"',
    });
    expect(() => sourcesOf({ sources: [{ id: "S999" }] })).toThrow(
      /source "S999" is not in the document's sources/,
    );
  });
});

describe("getProvision, getArticle, outline", () => {
  it("returns undefined for provisions the data does not hold, never a different one", () => {
    expect(getProvision("art_8__para_4")).toBeUndefined();
    expect(getProvision("art_7")).toBeUndefined();
    expect(getProvision("not an eId")).toBeUndefined();
    expect(getArticle("8")?.eId).toBe("art_8");
    expect(getArticle(8)?.children.map((c) => c.eId)).toEqual(["art_8__para_3"]);
    expect(getArticle("eight")).toBeUndefined();
    expect(getArticle(-1)).toBeUndefined();
  });

  it("outlines the structure with citations and status, without text", () => {
    const entries = outline();
    expect(entries.map((e) => e.citation)).toEqual([
      "Preamble",
      "Part III",
      "Art. 1",
      "Art. 2",
      "Art. 5",
      "Art. 8",
      "Art. 9",
      "Art. 20",
      "Art. 22",
      "Art. 81",
      "Art. 82",
      "Art. 83",
      "Art. 90",
      "Art. 92",
      "Annex A",
      "Annex B",
      "Annex C",
      "Annex D",
      "Annex E",
      "Annex F",
      "Annex H",
    ]);
    const art8 = entries.find((e) => e.eId === "art_8");
    expect(art8?.children[0]).toMatchObject({
      eId: "art_8__para_3",
      citation: "Art. 8(3)",
      status: "official",
      textLanguages: [],
    });
    expect(entries[0]?.children[9]?.textLanguages).toEqual(["en"]);
    expect(JSON.stringify(entries)).not.toContain("Recalling that");
  });
});

describe("coverage", () => {
  it("counts honestly what has verified text", () => {
    const c = coverage();
    expect(c.recitals).toEqual({
      known: 9,
      withText: 9,
      withCompleteText: 8,
      byLang: { en: { withText: 9, withCompleteText: 8 }, nl: { withText: 8, withCompleteText: 7 } },
    });
    expect(c.articles).toMatchObject({ known: 12, withText: 0 });
    expect(c.paragraphs).toMatchObject({ known: 5, withText: 0 });
    expect(c.annexes).toMatchObject({ known: 7, withText: 0 });
    expect(c.expected?.articles.value).toBeNull();
  });

  it("names every kind it counts, in display order", () => {
    const counted = Object.keys(coverage()).filter((key) => key !== "expected");
    expect(coverageKinds.map(([key]) => key).sort()).toEqual(counted.sort());
    expect(coverageKinds[0]).toEqual(["recitals", "Recitals"]);
  });

  it("is the table the README shows", () => {
    const readme = readFileSync(join(packageDir, "README.md"), "utf8");
    const block = /<!-- coverage:start -->\n([\s\S]*?)\n<!-- coverage:end -->/.exec(readme)?.[1];
    // Compare cells, since the formatter may pad the Markdown table.
    const cells = (table: string | undefined) =>
      (table ?? "")
        .split("\n")
        .map((row) => row.split("|").map((cell) => cell.trim().replace(/^-+(:?)$/, "-$1")));
    expect(
      cells(block),
      "README.md's coverage table is out of date: run `pnpm --filter @lhc/convention readme:coverage`",
    ).toEqual(cells(coverageTable()));
  });
});

describe("the shipped artifact", () => {
  const shipped = JSON.parse(readFileSync(join(packageDir, "dist", "convention.json"), "utf8"));

  it("dist/convention.json is the same document the main entry exports, and conforms to the schema", () => {
    expect(shipped).toEqual(convention);
    expect(conventionDocumentSchema.safeParse(shipped).success).toBe(true);
  });

  it("validates against the exported JSON Schema with a JSON Schema validator (for non-TypeScript users)", () => {
    const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true });
    // ajv-formats is CommonJS with its plugin on module.exports.default; NodeNext's default import is module.exports.
    const addFormats = addFormatsModule.default;
    addFormats(ajv);
    const validate = ajv.compile(conventionJsonSchema());
    expect(validate(shipped), JSON.stringify(validate.errors)).toBe(true);
    const broken = structuredClone(shipped);
    broken.meta.adopted.date.value = "26 May 2023";
    expect(validate(broken)).toBe(false);
  });

  it("the main entry bundles neither zod nor the XML parser", () => {
    const entry = readFileSync(join(packageDir, "dist", "index.js"), "utf8");
    const imports = [...entry.matchAll(/from\s+["']([^"']+)["']/g)].map((m) => m[1] as string);
    const loaded = [
      entry,
      ...imports
        .filter((i) => i.startsWith("./"))
        .map((i) => readFileSync(join(packageDir, "dist", i), "utf8")),
    ];
    for (const code of loaded) {
      expect(code).not.toMatch(
        /from\s+["'](zod|fast-xml-parser)["']|require\(["'](zod|fast-xml-parser)["']\)/,
      );
    }
    const cjs = readFileSync(join(packageDir, "dist", "index.cjs"), "utf8");
    expect(cjs).not.toMatch(/require\(["'](zod|fast-xml-parser)["']\)/);
  });

  it("has unique eIds that match the grammar and cite", () => {
    const ids = nodes.map((n: ProvisionNode) => n.eId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("the audit's corrections stay corrected", () => {
  const { meta } = convention;
  const citedIds = (claim: { sources: { id: string }[] } | undefined) => claim?.sources.map((s) => s.id);
  const claimOf = (
    fact: { claims?: { value: string | number; sources: { id: string }[] }[] },
    value: string,
  ) => fact.claims?.find((c) => c.value === value);

  it("credits each press claim on the Convention's size to the report that makes it", () => {
    expect(citedIds(claimOf(meta.counts.parts, "seven chapters plus preamble and final provisions"))).toEqual(
      ["S11-TEKDEEPS"],
    );
    expect(citedIds(claimOf(meta.counts.articles, "nearly 100"))).toEqual(["S11"]);
    expect(citedIds(claimOf(meta.entryIntoForce.rule, "at least 15 ratifications"))).toContain("S11");
  });

  it("gives each article subject the status its sources support", () => {
    expect(getProvision("art_22")?.subject?.status).toBe("inferred");
    expect(getProvision("art_5")?.subject?.status).toBe("secondary");
    expect(getProvision("art_92__para_3")?.subject?.status).toBe("inferred");
    expect(getProvision("part_3")?.subject?.status).toBe("secondary");
  });

  it("records the Lithuanian Ministry of Justice release as official", () => {
    expect(convention.sources.find((s) => s.id === "S10")?.kind).toBe("official");
  });

  it("holds the last day of signature and leaves the general entry into force not verified", () => {
    expect(meta.openedForSignature.lastDay.value).toBe("2025-02-14");
    expect(meta.entryIntoForce.general).toMatchObject({ value: null, status: "unknown" });
    expect(meta.entryIntoForce.general.claims?.map((c) => c.value)).toContain(
      "a date for Latvia (published, not verified)",
    );
  });
});
