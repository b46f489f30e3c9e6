import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parties } from "../src/index.js";

interface StateNames {
  source: { url: string; title: string; publisher: string; kind: string; accessed: string | null };
  names: Record<string, { en: string; fr: string; isoField: string }>;
}

const file: StateNames = JSON.parse(
  readFileSync(new URL("../data/state-names.json", import.meta.url), "utf8"),
);
const exported = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  exports: Record<string, unknown>;
  files: string[];
};

describe("data/state-names.json", () => {
  it("names its source as every fact does", () => {
    expect(file.source.url).toMatch(/^https:\/\//);
    expect(file.source.title.length).toBeGreaterThan(0);
    expect(file.source.publisher.length).toBeGreaterThan(0);
    expect(file.source.kind).toBe("secondary");
  });

  it("has an English and a French name for each code, and says which ISO name it took", () => {
    for (const [code, entry] of Object.entries(file.names)) {
      expect(code).toMatch(/^[A-Z]{2}$/);
      expect(entry.en.trim(), code).not.toBe("");
      expect(entry.fr.trim(), code).not.toBe("");
      expect(["name", "official_name"], code).toContain(entry.isoField);
    }
  });

  it("covers every State of the register whose code is an ISO 3166-1 code", () => {
    const missing = parties
      .filter((party) => party.codeKind === "iso-3166-1-alpha-2" && !Object.hasOwn(file.names, party.code))
      .map((party) => party.code);
    expect(missing).toEqual([]);
  });

  it("is published as @lhc/parties/state-names.json", () => {
    expect(exported.exports["./state-names.json"]).toBe("./data/state-names.json");
    expect(exported.files).toContain("data/state-names.json");
  });
});
