import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CitationError, cite, isEId, parseCitation, parseEId } from "../src/index.js";

const positive = fc.integer({ min: 1, max: 400 }).map(String);
const romanArticle = fc.constantFrom("i", "iv", "ix", "xvii", "xl", "xcix");
const articleNum = fc.oneof(
  positive,
  fc.tuple(positive, fc.constantFrom("a", "b", "bis", "ter")).map(([n, s]) => n + s),
  romanArticle,
);
const paragraphNum = fc.oneof(
  positive,
  fc.tuple(positive, fc.constantFrom("a", "bis")).map(([n, s]) => n + s),
);
const pointNum = fc.oneof(
  fc.constantFrom("a", "b", "z", "aa", "i", "ii", "iv", "vi", "x"),
  fc.integer({ min: 1, max: 40 }).map(String),
);
const scope = fc.oneof(
  fc.constant(""),
  fc.constantFrom("a", "b", "e", "h", "1").map((x) => `annex_${x}__`),
  fc.integer({ min: 1, max: 9 }).map((n) => `att_${n}__`),
);
const provisionEId = fc
  .tuple(scope, articleNum, fc.option(paragraphNum, { nil: undefined }), fc.array(pointNum, { maxLength: 3 }))
  .map(
    ([s, art, para, points]) =>
      `${s}art_${art}${para ? `__para_${para}` : ""}${points.map((p) => `__point_${p}`).join("")}`,
  );
const containerEId = fc
  .tuple(
    scope,
    fc.array(fc.tuple(fc.constantFrom("part", "chp", "sec", "title", "subsec", "dvs"), positive), {
      minLength: 1,
      maxLength: 3,
    }),
  )
  .map(([s, list]) => s + list.map(([p, n]) => `${p}_${n}`).join("__"));
const scopedPoints = fc
  .tuple(fc.constantFrom("annex_a", "annex_h", "att_2"), fc.array(pointNum, { minLength: 1, maxLength: 3 }))
  .map(([s, points]) => s + points.map((p) => `__point_${p}`).join(""));
const otherEId = fc.oneof(
  fc.constant("preamble"),
  fc.constant("conclusions"),
  positive.map((n) => `preamble__recital_${n}`),
  positive.map((n) => `preamble__formula_${n}`),
  fc.constantFrom("a", "b", "h").map((x) => `annex_${x}`),
  positive.map((n) => `att_${n}`),
);
const anyEId = fc.oneof(provisionEId, containerEId, scopedPoints, otherEId);

describe("cite", () => {
  it.each([
    ["art_8", "Art. 8", "Article 8"],
    ["art_8__para_3", "Art. 8(3)", "Article 8, paragraph 3"],
    ["art_2__para_2", "Art. 2(2)", "Article 2, paragraph 2"],
    ["art_92__para_3", "Art. 92(3)", "Article 92, paragraph 3"],
    ["art_8__para_3__point_a", "Art. 8(3)(a)", "Article 8, paragraph 3, subparagraph (a)"],
    ["art_1__para_3__point_a__point_ii", "Art. 1(3)(a)(ii)", "Article 1, paragraph 3, subparagraph (a)(ii)"],
    ["art_5__point_b", "Art. 5(b)", "Article 5, subparagraph (b)"],
    ["art_5__point_1", "Art. 5, point (1)", "Article 5, subparagraph (1)"],
    ["art_xvii", "Art. XVII", "Article XVII"],
    ["art_8bis__para_2", "Art. 8bis(2)", "Article 8bis, paragraph 2"],
    ["part_3", "Part III", "Part III"],
    ["part_3__chp_2", "Part III, Chapter 2", "Part III, Chapter 2"],
    ["annex_h", "Annex H", "Annex H"],
    ["annex_a__art_1__para_2", "Annex A, Art. 1(2)", "Annex A, Article 1, paragraph 2"],
    ["annex_a__point_iv", "Annex A, point (iv)", "Annex A, subparagraph (iv)"],
    ["att_1", "Attachment 1", "Attachment 1"],
    ["preamble", "Preamble", "Preamble"],
    ["preamble__recital_2", "Preamble, recital 2", "Preamble, recital 2"],
    ["conclusions", "Closing formula", "Closing formula"],
  ])("cites %s as %s / %s", (eId, short, long) => {
    expect(cite(eId)).toBe(short);
    expect(cite(eId, { style: "short" })).toBe(short);
    expect(cite(eId, { style: "long" })).toBe(long);
  });

  it("cites provisions that are not in the data, since States declare provisions whose text is not verified", () => {
    expect(cite("art_61__para_4__point_c")).toBe("Art. 61(4)(c)");
  });

  it("rejects malformed eIds with a CitationError naming the input and the rule", () => {
    for (const bad of [
      "",
      "art_08",
      "art_",
      "para_3",
      "art_8__art_9",
      "article_8",
      "art_8__para_0",
      "part_iii",
      "ART_8",
    ]) {
      const call = () => cite(bad);
      expect(call).toThrow(CitationError);
      try {
        call();
      } catch (error) {
        const e = error as CitationError;
        expect(e.input).toBe(bad);
        expect(e.rule.length).toBeGreaterThan(10);
        expect(e.message).toContain(JSON.stringify(bad));
      }
    }
  });

  it("refuses to cite a content block, which is cited through its provision", () => {
    expect(() => cite("art_1__para_2__wrapup_1")).toThrow(/cite the provision that holds it/);
  });

  it("rejects an unknown style", () => {
    expect(() => cite("art_8", { style: "medium" as "short" })).toThrow(/style must be "short" or "long"/);
  });
});

describe("parseCitation", () => {
  it.each([
    ["Art. 8(3)", "art_8__para_3"],
    ["article 8, paragraph 3", "art_8__para_3"],
    ["art. 8 para. 3", "art_8__para_3"],
    ["art_8__para_3", "art_8__para_3"],
    ["Article 8, paragraph 3", "art_8__para_3"],
    ["ART 8 PARA 3", "art_8__para_3"],
    ["  Art.  8 (3) ", "art_8__para_3"],
    ["Art. 8 § 3", "art_8__para_3"],
    ["Article 2, paragraph 2", "art_2__para_2"],
    ["Art. 92(3)", "art_92__para_3"],
    ["Art. 8(3)(a)", "art_8__para_3__point_a"],
    ["art. 8, para. 3, subpara. (a)", "art_8__para_3__point_a"],
    ["Article 8, paragraph 3, point (a)", "art_8__para_3__point_a"],
    ["Art. 5", "art_5"],
    ["Article 90", "art_90"],
    ["Part III", "part_3"],
    ["part 3", "part_3"],
    ["Part III, Chapter 2", "part_3__chp_2"],
    ["Annex H", "annex_h"],
    ["annex e", "annex_e"],
    ["Annex H, Art. 1", "annex_h__art_1"],
    ["Preamble", "preamble"],
    ["Preamble, recital 10", "preamble__recital_10"],
    ["Art. XVII", "art_xvii"],
    ["Article 8, paragraph 3, of this Convention", "art_8__para_3"],
    ["article 2, paragraph 2 of the Convention", "art_2__para_2"],
  ])("reads %j as %s", (text, eId) => {
    expect(parseCitation(text)).toBe(eId);
  });

  it.each([
    ["", /must not be empty/],
    ["Art. eight", /after "Art." or "Article" an article number is expected/],
    ["Annex", /"Annex" is followed by its letter or number/],
    ["Chapter one", /a part, chapter or section number is expected/],
    ["Article 8, paragraph three", /unexpected text/],
    ["Part 0", /a part, chapter or section citation ends after its number|Arabic integer or a Roman numeral/],
    ["Art. 8(3) and Art. 9", /unexpected text after the citation/],
    ["Preamble, article 3", /after "Preamble"/],
    ["art_8__para_x", /paragraph number/],
    ["Part IIII", /Roman numeral/],
    ["the Convention", /citation starts with/],
  ])("rejects %j with a CitationError naming the rule", (text, rule) => {
    expect(() => parseCitation(text)).toThrow(CitationError);
    expect(() => parseCitation(text)).toThrow(rule);
  });

  it("round-trips with cite in both styles for every eId of the grammar", () => {
    fc.assert(
      fc.property(anyEId, fc.constantFrom("short", "long" as const), (eId, style) => {
        expect(isEId(eId)).toBe(true);
        expect(parseCitation(cite(eId, { style }))).toBe(eId);
      }),
      { numRuns: 2000 },
    );
  });

  it("returns eIds unchanged and cites them back to the same citation", () => {
    fc.assert(
      fc.property(anyEId, (eId) => {
        expect(parseCitation(eId)).toBe(eId);
        expect(cite(parseCitation(cite(eId)))).toBe(cite(eId));
      }),
    );
  });

  it("reads the common variants of article-paragraph-point citations to the same eId", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom("a", "b", "c", "k"),
        (art, para, point) => {
          const eId = `art_${art}__para_${para}__point_${point}`;
          for (const text of [
            `Art. ${art}(${para})(${point})`,
            `art ${art}(${para})(${point})`,
            `Article ${art}, paragraph ${para}, subparagraph (${point})`,
            `art. ${art} para. ${para} point (${point})`,
            `ARTICLE ${art} PARAGRAPH ${para} SUBPARAGRAPH (${point.toUpperCase()})`,
          ]) {
            expect(parseCitation(text)).toBe(eId);
          }
        },
      ),
    );
  });
});

describe("parseEId", () => {
  it("splits an eId into typed segments", () => {
    expect(parseEId("art_8__para_3__point_a")).toEqual([
      { prefix: "art", num: "8" },
      { prefix: "para", num: "3" },
      { prefix: "point", num: "a" },
    ]);
    expect(parseEId("preamble__recital_1")).toEqual([
      { prefix: "preamble", num: null },
      { prefix: "recital", num: "1" },
    ]);
  });

  it("accepts content blocks after a provision and rejects misplaced segments", () => {
    expect(isEId("art_1__para_2__wrapup_1")).toBe(true);
    expect(isEId("annex_a__table_1")).toBe(true);
    expect(isEId("art_1__preamble")).toBe(false);
    expect(isEId("para_1")).toBe(false);
    expect(isEId("art_1__para_1__para_2")).toBe(false);
    expect(() => parseEId("art_1__para_1__para_2")).toThrow(/"para_2" cannot follow "para_1"/);
  });

  it("expresses what real treaty files hold: repeated numbers, lettered parts, lists outside articles", () => {
    for (const good of [
      "chp_1-2",
      "annex_1-2",
      "art_4__point_a-2",
      "annex_2__part_a",
      "annex_1__art_b",
      "att_11__part_1__point_1",
      "preamble__recital_1__point_1",
      "point_a",
      "annex_a__para_1",
    ]) {
      expect(isEId(good), good).toBe(true);
    }
    expect(cite("annex_2__part_a")).toBe("Annex 2, Part A");
    expect(cite("part_3-2")).toBe("Part III-2");
    expect(cite("annex_1__art_b", { style: "long" })).toBe("Annex 1, Article B");
    for (const bad of ["part_iii", "chp_1-1", "wrapup_1-2", "preamble__recital_1-2", "para_1", "__point_a"]) {
      expect(isEId(bad), bad).toBe(false);
    }
  });
});
