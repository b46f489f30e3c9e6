import { describe, expect, it } from "vitest";
import { dataset, timeline } from "../src/index.js";
import {
  convention,
  depositary,
  entryIntoForceRule,
  identifiers,
  provisionalApplication,
  signaturePeriod,
} from "./helpers/convention.js";

describe("Convention-level facts", () => {
  it("identifies the Convention", () => {
    expect(convention.title.en).toBe(
      "Ljubljana - The Hague Convention on International Cooperation in the Investigation and Prosecution of the Crime of Genocide, Crimes against Humanity, War Crimes and other International Crimes",
    );
    expect(convention.adoption).toMatchObject({ date: "2023-05-26", place: "Ljubljana" });
    expect(identifiers.map((i) => [i.scheme, i.value, i.status])).toEqual([
      ["verdragenbank", "013717", "verified"],
      ["bwb", "BWBV0007040", "verified"],
      ["tractatenblad", "Trb. 2024, 39", "cited-not-verified"],
      ["tractatenblad", "Trb. 2024, 120", "verified"],
      ["kamerstuk", "Kamerstukken TK 2023/24, 36522, nr. 1", "cited-not-verified"],
    ]);
  });

  it("records the signature period", () => {
    expect(signaturePeriod.opened).toMatchObject({ date: "2024-02-14", place: "The Hague (Peace Palace)" });
    expect(signaturePeriod.openUntil.date).toBe("2025-02-14");
    expect(signaturePeriod.openUntil.sources[0]?.url).toBe(
      "https://gov.si/en/registries/projects/mla-initiative",
    );
  });

  it("leaves the depositary open, with both candidates and their sources", () => {
    expect(depositary.value).toBeNull();
    expect(depositary.status).toBe("disputed");
    expect(depositary.candidates.map((c) => c.name)).toEqual([
      "Kingdom of the Netherlands",
      "Kingdom of Belgium",
    ]);
    const belgium = depositary.candidates[1];
    expect(belgium?.claims.map((c) => c.quote)).toContain(
      "La Belgique sera dépositaire de cette convention.",
    );
    for (const candidate of depositary.candidates) {
      for (const claim of candidate.claims) expect(claim.sources.length).toBeGreaterThan(0);
    }
  });

  it("records the entry-into-force article, leaves the rule unknown and keeps the conflicting claims", () => {
    expect(entryIntoForceRule.article.provision).toBe("art_90");
    expect(entryIntoForceRule.rule).toBeNull();
    expect(entryIntoForceRule.ruleStatus).toBe("not-yet-verified");
    expect(entryIntoForceRule.generalDate).toBeNull();
    const claims = entryIntoForceRule.claims.map((c) => c.claim);
    // Each claim is worded as a report of its source, never as a fact.
    expect(claims).toContainEqual(
      expect.stringMatching(/^GhanaWeb and BusinessGhana report that three ratifications/),
    );
    expect(claims).toContainEqual(
      expect.stringMatching(/^The Slovenia Times \(STA\) reports that at least 15 ratifications/),
    );
    for (const claim of claims) expect(claim).toMatch(/report|described/);
    for (const claim of entryIntoForceRule.claims) expect(claim.sources.length).toBeGreaterThan(0);
  });

  it("records the Netherlands' provisional application of Part III as not entry into force", () => {
    expect(provisionalApplication).toHaveLength(1);
    expect(provisionalApplication[0]).toMatchObject({
      code: "NL",
      scope: "Part III (mutual legal assistance)",
      from: "2024-02-15",
      publication: "Trb. 2024, 39",
      enablingProvision: null,
    });
    expect(provisionalApplication[0]?.note).toMatch(/not entry into force/);
  });
});

describe("timeline", () => {
  const events = timeline();

  it("is in date order", () => {
    const dates = events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });

  it("starts with adoption and holds every signature, Latvia's consent and entry into force", () => {
    expect(events[0]).toMatchObject({ date: "2023-05-26", type: "adoption", code: null });
    expect(events.filter((e) => e.type === "signature")).toHaveLength(dataset.parties.length);
    expect(events.filter((e) => e.type === "consent").map((e) => [e.code, e.date])).toEqual([
      ["LV", "2025-08-28"],
    ]);
    expect(events.filter((e) => e.type === "entry-into-force").map((e) => [e.code, e.date])).toEqual([
      ["LV", "2025-12-01"],
    ]);
    expect(events.filter((e) => e.type === "provisional-application").map((e) => [e.code, e.date])).toEqual([
      ["NL", "2024-02-15"],
    ]);
    expect(events.at(-1)).toMatchObject({ date: "2025-12-01", type: "entry-into-force" });
  });

  it("puts the opening before the first signatures and the last day after the last ones", () => {
    const types = events.map((e) => `${e.date} ${e.type}`);
    expect(types.indexOf("2024-02-14 signature-period-opened")).toBeLessThan(
      types.indexOf("2024-02-14 signature"),
    );
    expect(types.lastIndexOf("2025-02-14 signature")).toBeLessThan(
      types.indexOf("2025-02-14 signature-period-last-day"),
    );
  });

  it("gives every event a source", () => {
    for (const event of events) expect(event.sources.length).toBeGreaterThan(0);
  });
});

describe("every fact is sourced", () => {
  it("every sources list in the data set is non-empty and every source complete", () => {
    let lists = 0;
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) {
        for (const item of value) visit(item);
        return;
      }
      if (!value || typeof value !== "object") return;
      for (const [key, item] of Object.entries(value)) {
        if (key === "sources") {
          lists++;
          expect(Array.isArray(item) && item.length > 0).toBe(true);
          for (const source of item as Array<Record<string, unknown>>) {
            expect(source).toMatchObject({
              url: expect.stringMatching(/^https?:\/\//),
              title: expect.any(String),
              publisher: expect.any(String),
            });
            expect(["official", "secondary"]).toContain(source.kind);
          }
        }
        visit(item);
      }
    };
    visit(dataset);
    expect(lists).toBeGreaterThan(100);
  });
});
