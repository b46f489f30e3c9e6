import { describe, expect, it } from "vitest";
import { getParty, sourcesOf } from "../src/index.js";

describe("sourcesOf", () => {
  it("collects Latvia's sources from signature, consent, entry into force and what its approving law directs", () => {
    const latvia = getParty("LV");
    if (!latvia) throw new Error("Latvia is missing from the data");
    const urls = sourcesOf(latvia).map((source) => source.url);
    expect(urls).toContain("https://verdragen.nl/en/Treaty/Details/013717_p.html");
    expect(urls).toContain("https://likumi.lv/ta/id/361605");
  });

  it("includes the reservations page for France's reservation", () => {
    const france = getParty("FR");
    if (!france) throw new Error("France is missing from the data");
    expect(sourcesOf(france).some((source) => source.url.includes("013717_b"))).toBe(true);
  });
});
