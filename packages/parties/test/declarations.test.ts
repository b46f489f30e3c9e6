import { describe, expect, it } from "vitest";
import { declarationsOf, PartiesInputError } from "../src/index.js";

const FRANCE_RESERVATION_START =
  "With regard to Article 8, paragraph 3, and by virtue of Article 92, paragraph 3, of this Convention, the French Republic declares that, in accordance with Article 689-11 of the Code of Criminal Procedure, the French courts may prosecute any person habitually residing in its territory who is guilty of the offences referred to in Article 5 of this Convention. These offences may only be prosecuted at the request of the Public Prosecutor.";
const DRC_DECLARATION =
  "[...] the Democratic Republic of the Congo shall apply this Convention to the crimes listed in its annexes in accordance with article 2, paragraph 2.";

describe("France", () => {
  it("has a reservation on art_8__para_3 made under art_92__para_3, verbatim and complete", () => {
    const [reservation] = declarationsOf("FR", { provision: "art_8__para_3" });
    expect(reservation).toMatchObject({
      id: "FR-1",
      kind: "reservation",
      basis: "treaty-database-record",
      provisions: ["art_8__para_3"],
      madeUnder: "art_92__para_3",
      textStatus: "complete",
      date: null,
    });
    expect(reservation?.text?.startsWith(FRANCE_RESERVATION_START)).toBe(true);
    expect(
      reservation?.text?.endsWith("This reservation is made for a renewable period of three years."),
    ).toBe(true);
    expect(reservation?.dateStatus).toMatch(/01-01-0001, a placeholder/);
  });

  it("has declarations whose published part is verbatim and marked partial", () => {
    const [declaration] = declarationsOf("FR", { provision: "art_5" });
    expect(declaration).toMatchObject({ id: "FR-2", kind: "declaration", textStatus: "partial" });
    expect(declaration?.text).toMatch(
      /^Insofar as the crimes provided for in Article 5 of this Convention are defined identically in the Rome Statute/,
    );
    expect(declaration?.text?.endsWith("material scope of application of this Co")).toBe(true);
  });

  it("matches a whole article and the clause a reservation is made under", () => {
    expect(declarationsOf("FR", { provision: "art_8" }).map((d) => d.id)).toEqual(["FR-1"]);
    expect(declarationsOf("FR", { provision: "art_92__para_3" }).map((d) => d.id)).toEqual(["FR-1"]);
    expect(declarationsOf("FR", { provision: "art_92" }).map((d) => d.id)).toEqual(["FR-1"]);
    expect(declarationsOf("FR", { provision: "art_80" })).toEqual([]);
    expect(declarationsOf("FR").map((d) => d.id)).toEqual(["FR-1", "FR-2"]);
  });
});

describe("DR Congo", () => {
  it("has its Article 2(2) declaration verbatim; the annexes are not yet verified", () => {
    const [declaration] = declarationsOf("cd", { provision: "art_2__para_2" });
    expect(declaration).toMatchObject({
      id: "CD-1",
      kind: "declaration",
      text: DRC_DECLARATION,
      annexes: null,
      date: null,
    });
    expect(declaration?.annexesStatus).toMatch(/not yet verified/);
  });
});

describe("Germany and the Netherlands", () => {
  it.each(["DE", "NL"])("%s: listed, content not yet verified", (code) => {
    const all = declarationsOf(code);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      basis: "listed-without-text",
      kind: null,
      provisions: null,
      text: null,
      textStatus: "not-available",
    });
    expect(declarationsOf(code, { provision: "art_8__para_3" })).toEqual([]);
    expect(declarationsOf(code, { provision: "art_8__para_3", includeUnverified: true })).toEqual(all);
  });
});

describe("Latvia", () => {
  it("records what its approving law directs, as domestic law, and the listed-without-text entry", () => {
    const all = declarationsOf("LV");
    expect(all.map((d) => [d.id, d.basis, d.provisions])).toEqual([
      ["LV-1", "listed-without-text", null],
      ["LV-2", "domestic-law", ["art_2__para_2"]],
      ["LV-3", "domestic-law", ["art_9"]],
      ["LV-4", "domestic-law", ["art_20"]],
      ["LV-5", "domestic-law", ["art_22"]],
    ]);
    expect(declarationsOf("LV", { provision: "art_2__para_2" })[0]?.annexes).toEqual([
      "A",
      "B",
      "C",
      "D",
      "E",
      "F",
      "H",
    ]);
    expect(declarationsOf("LV", { provision: "art_20" })[0]?.summary).toBe(
      "Central authorities under Art. 20 are the Ministry of Justice and the Prosecutor General's Office.",
    );
    for (const d of all.filter((d) => d.basis === "domestic-law")) {
      expect(d.sources.map((s) => s.url)).toEqual(["https://likumi.lv/ta/id/361605"]);
      expect(d.text).toBeNull();
      expect(d.note).toMatch(
        /whether the declarations Latvia deposited are worded this way is not yet verified/i,
      );
    }
  });
});

describe("States with none", () => {
  it.each(["IT", "AL", "XK"])("%s: []", (code) => {
    expect(declarationsOf(code)).toEqual([]);
  });
});

describe("bad input", () => {
  it("rejects a provision that is not a provision ID", () => {
    for (const provision of ["8(3)", "art_8__para_03", "Art. 8", "art_0"]) {
      expect(() => declarationsOf("FR", { provision })).toThrow(
        expect.objectContaining({ code: "invalid-provision", field: "options.provision" }),
      );
    }
  });

  it("rejects a code that is no State and options that are no object", () => {
    expect(() => declarationsOf("ZZ")).toThrow(PartiesInputError);
    expect(() => declarationsOf("FR", null as never)).toThrow(
      expect.objectContaining({ code: "invalid-options" }),
    );
  });
});
