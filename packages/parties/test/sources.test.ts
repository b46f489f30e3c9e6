import { describe, expect, it } from "vitest";
import { getParty, sourcesOf, uniqueSources } from "../src/index.js";

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

describe("corroborations the audit found missing stay recorded", () => {
  const signatureSources = (code: string) => getParty(code)?.signature?.sources ?? [];

  it.each([
    ["LT", "tm.lrv.lt", "official"],
    ["BG", "bta.bg", "secondary"],
    ["AT", "www.finanznachrichten.de", "secondary"],
  ])("%s's signature cites %s (%s)", (code, host, kind) => {
    const source = signatureSources(code).find((s) => new URL(s.url).hostname === host);
    expect(source?.kind).toBe(kind);
  });
});

describe("uniqueSources", () => {
  it("keeps each URL once, in first-seen order", () => {
    const latvia = getParty("LV");
    if (!latvia) throw new Error("Latvia is missing from the data");
    const all = sourcesOf(latvia);
    const unique = uniqueSources(all);
    expect(unique.map((s) => s.url)).toEqual([...new Set(all.map((s) => s.url))]);
  });
});
