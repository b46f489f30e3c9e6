import { describe, expect, it } from "vitest";
import {
  annexesApplicableBetween,
  declarationsOf,
  getParty,
  inForceBetween,
  listContractingStates,
  listSignatories,
  PartiesInputError,
  parties,
  statusOn,
  timeline,
} from "../src/index.js";

describe("statusOn: Latvia around each of its events", () => {
  it.each([
    ["2025-02-09", "none", null],
    ["2025-02-10", "signed", "2025-02-10"],
    ["2025-02-11", "signed", "2025-02-10"],
    ["2025-08-27", "signed", "2025-02-10"],
    ["2025-08-28", "consented", "2025-08-28"],
    ["2025-08-29", "consented", "2025-08-28"],
    ["2025-11-30", "consented", "2025-08-28"],
    ["2025-12-01", "in-force", "2025-12-01"],
    ["2025-12-02", "in-force", "2025-12-01"],
  ])("on %s Latvia is %s", (date, status, since) => {
    const answer = statusOn("LV", date);
    expect(answer.status).toBe(status);
    expect(answer.since).toBe(since);
  });
});

describe("the data set", () => {
  it("has the 40 signatories", () => {
    expect(parties).toHaveLength(40);
    expect(listSignatories()).toHaveLength(40);
  });
  it("has Latvia as the only contracting State", () => {
    expect(listContractingStates().map((p) => p.code)).toEqual(["LV"]);
  });
  it("orders the timeline by date", () => {
    const dates = timeline().map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });
});

describe("inForceBetween", () => {
  it("does not apply between Latvia and France after Latvia's entry into force", () => {
    const answer = inForceBetween("LV", "FR", "2026-01-01");
    expect(answer.applies).toBe(false);
    expect(answer.reasons.join("\n")).toMatch(/France \(FR\) signed on 2024-02-14/);
  });
});

describe("declarations", () => {
  it("finds France's reservation on art_8__para_3", () => {
    expect(declarationsOf("FR", { provision: "art_8__para_3" }).map((d) => d.id)).toEqual(["FR-1"]);
  });
  it("returns no annexes between Latvia and DR Congo", () => {
    expect(annexesApplicableBetween("LV", "CD", "2026-01-01").annexes).toEqual([]);
  });
});

describe("bad input", () => {
  it("rejects ZZ", () => {
    expect(() => statusOn("ZZ", "2025-01-01")).toThrow(PartiesInputError);
  });
  it("has no record for IT", () => {
    expect(getParty("IT")).toBeUndefined();
  });
});
