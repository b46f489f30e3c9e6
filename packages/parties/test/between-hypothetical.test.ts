/**
 * Today only Latvia has an entry-into-force date, published and not verified, so with the real data
 * `inForceBetween` never says "yes" or "not-verified". These tests run the same logic over a clearly hypothetical copy of the data in
 * which France has also consented, to check the branches the real data cannot reach yet. None of these
 * facts is real.
 */
import { describe, expect, it } from "vitest";
import { annexesApplicableBetweenIn, inForceBetweenIn } from "../src/between.js";
import { dataset } from "../src/index.js";
import type { ConventionFacts, Declaration, PartiesDataset, Party } from "../src/types.js";

const HYPOTHETICAL_SOURCE = {
  url: "https://example.org/hypothetical",
  title: "Hypothetical test fixture, not a real fact",
  publisher: "Test",
  kind: "official" as const,
  accessed: null,
};

function annexDeclaration(code: string, annexes: Declaration["annexes"], date: string | null): Declaration {
  return {
    id: `${code}-9`,
    kind: "declaration",
    basis: "treaty-database-record",
    provisions: ["art_2__para_2"],
    madeUnder: null,
    annexes,
    annexesStatus: annexes === null ? "not yet verified" : null,
    text: "Hypothetical.",
    textStatus: "complete",
    summary: null,
    note: null,
    date,
    dateStatus: date === null ? "unknown" : null,
    sources: [HYPOTHETICAL_SOURCE],
  };
}

function hypothetical(
  change: (byCode: Map<string, Party>, convention: ConventionFacts) => void,
): PartiesDataset {
  const copy = structuredClone(dataset) as PartiesDataset;
  if (!copy.convention) throw new Error("the package's data set carries no Convention facts");
  change(new Map(copy.parties.map((p) => [p.code, p])), copy.convention);
  return copy;
}

/** France consents too; with `verified`, both dates and the Convention's rule count as verified. */
const withFranceInForce = (
  franceDeclarations: Declaration[],
  latviaDeclarations?: Declaration[],
  verified = true,
) =>
  hypothetical((byCode, convention) => {
    if (verified) {
      convention.entryIntoForce.rule = "hypothetical rule";
      convention.entryIntoForce.ruleStatus = "verified";
      (byCode.get("LV") as Party).entryIntoForceStatus = "verified";
    }
    const fr = byCode.get("FR") as Party;
    fr.consentStatus = "recorded";
    fr.consent = {
      type: "ratification",
      typeStatus: null,
      typeInSource: null,
      depositDate: "2025-11-20",
      note: null,
      sources: [HYPOTHETICAL_SOURCE],
    };
    fr.entryIntoForceStatus = verified ? "verified" : "published";
    fr.entryIntoForce = { date: "2026-03-01", note: null, sources: [HYPOTHETICAL_SOURCE] };
    fr.declarations = franceDeclarations;
    if (latviaDeclarations) (byCode.get("LV") as Party).declarations = latviaDeclarations;
  });

describe("inForceBetween when both States have verified dates (hypothetical)", () => {
  const data = withFranceInForce([]);

  it.each([
    ["2026-02-28", false],
    ["2026-03-01", true],
    ["2026-03-02", true],
  ])("Latvia and France on %s: %s", (date, applies) => {
    const answer = inForceBetweenIn(data, "LV", "FR", date);
    expect(answer.applies).toBe(applies);
    if (applies) {
      expect(answer.reasons[0]).toBe(
        `The Convention is in force between LV and FR on ${date}: it is in force for both on verified dates.`,
      );
      expect(answer.answer).toBe("yes");
      expect(answer.reasons[2]).toBe(
        "The Convention is in force for France (FR) since 2026-03-01 (verified).",
      );
    } else {
      expect(answer.reasons[2]).toBe(
        "France (FR) deposited its consent on 2025-11-20; the entry-into-force date published for it is 2026-03-01, after 2026-02-28.",
      );
    }
  });
});

describe("inForceBetween when both States have only published dates (hypothetical)", () => {
  const data = withFranceInForce([], undefined, false);

  it("never answers a plain yes: the answer is not-verified", () => {
    const answer = inForceBetweenIn(data, "LV", "FR", "2026-03-01");
    expect(answer).toMatchObject({ applies: false, answer: "not-verified" });
    expect(answer.reasons[0]).toBe(
      "Whether the Convention applies between LV and FR on 2026-03-01 is not verified: an entry-into-force date is published for LV and FR, but not verified.",
    );
    expect(answer.reasons[2]).toMatch(
      /publishes 2026-03-01 as the date of entry into force for France \(FR\); that date is published, not verified/,
    );
  });

  it("says which annexes apply is not verified either", () => {
    const answer = annexesApplicableBetweenIn(data, "LV", "FR", "2026-03-01");
    expect(answer).toMatchObject({ annexes: [], unverified: true });
    expect(answer.reasons[0]).toMatch(/because whether the Convention applies between them is not verified/);
  });
});

describe("annexesApplicableBetween when the Convention applies (hypothetical)", () => {
  const latviaAnnexes = [annexDeclaration("LV", ["A", "B", "C", "D", "E", "F", "H"], "2025-08-28")];

  it.each([
    ["2026-02-28", [], false],
    ["2026-03-01", [], false],
    ["2026-05-31", [], false],
    ["2026-06-01", ["E", "H"], false],
    ["2026-06-02", ["E", "H"], false],
  ])("on %s: %j", (date, annexes, unverified) => {
    const data = withFranceInForce([annexDeclaration("FR", ["E", "G", "H"], "2026-06-01")], latviaAnnexes);
    const answer = annexesApplicableBetweenIn(data, "LV", "FR", date);
    expect(answer.annexes).toEqual(annexes);
    expect(answer.unverified).toBe(unverified);
    if (annexes.length > 0) {
      expect(answer.reasons[0]).toBe(
        `Annexes E, H apply between LV and FR on ${date}: both accepted them by declaration under Article 2(2).`,
      );
    }
  });

  it("is unverified when a declaration does not say which annexes", () => {
    const data = withFranceInForce([annexDeclaration("FR", null, null)], latviaAnnexes);
    const answer = annexesApplicableBetweenIn(data, "LV", "FR", "2026-06-01");
    expect(answer).toMatchObject({ annexes: [], unverified: true });
    expect(answer.reasons[0]).toBe(
      "Which annexes apply between LV and FR on 2026-06-01 is not yet verified.",
    );
  });

  it("is unverified with Latvia's real declarations, whose deposited content is not yet verified", () => {
    const data = withFranceInForce([annexDeclaration("FR", ["E", "H"], "2026-03-01")]);
    const answer = annexesApplicableBetweenIn(data, "LV", "FR", "2026-06-01");
    expect(answer).toMatchObject({ annexes: [], unverified: true });
    expect(answer.reasons.join("\n")).toMatch(/approving law directs Annexes A, B, C, D, E, F, H/);
  });
});
