import { describe, expect, it } from "vitest";
import { asOf, getParty, listContractingStates, listSignatories, parties, statusOn } from "../src/index.js";

const dayBefore = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const dayAfter = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe("statusOn: Latvia, the day before, of and after each event", () => {
  it.each([
    ["2025-02-09", "none", null, []],
    ["2025-02-10", "signed", "2025-02-10", ["signature"]],
    ["2025-02-11", "signed", "2025-02-10", ["signature"]],
    ["2025-06-19", "signed", "2025-02-10", ["signature", "domestic-approval"]],
    ["2025-08-27", "signed", "2025-02-10", ["signature", "domestic-approval", "domestic-approval"]],
    [
      "2025-08-28",
      "consented",
      "2025-08-28",
      ["signature", "domestic-approval", "domestic-approval", "consent"],
    ],
    [
      "2025-08-29",
      "consented",
      "2025-08-28",
      ["signature", "domestic-approval", "domestic-approval", "consent"],
    ],
    [
      "2025-11-30",
      "consented",
      "2025-08-28",
      ["signature", "domestic-approval", "domestic-approval", "consent"],
    ],
    [
      "2025-12-01",
      "entry-into-force-published",
      "2025-12-01",
      ["signature", "domestic-approval", "domestic-approval", "consent", "entry-into-force"],
    ],
    [
      "2025-12-02",
      "entry-into-force-published",
      "2025-12-01",
      ["signature", "domestic-approval", "domestic-approval", "consent", "entry-into-force"],
    ],
  ])("on %s Latvia is %s since %s", (date, status, since, factTypes) => {
    const answer = statusOn("LV", date);
    expect(answer).toMatchObject({ code: "LV", date, status, since });
    expect(answer.facts.map((f) => f.type)).toEqual(factTypes);
    for (const fact of answer.facts) expect(fact.sources.length).toBeGreaterThan(0);
  });

  it("the in-force fact carries the Verdragenbank source", () => {
    const fact = statusOn("LV", "2025-12-01").facts.at(-1);
    expect(fact).toMatchObject({ date: "2025-12-01", type: "entry-into-force", code: "LV" });
    expect(fact?.sources[0]?.url).toBe("https://verdragen.nl/en/Treaty/Details/013717_p.html");
  });
});

describe("statusOn: every signatory around its signature date", () => {
  it.each(parties.map((p) => [p.code, p.signature?.date ?? ""]))("%s signed on %s", (code, date) => {
    expect(statusOn(code, dayBefore(date))).toMatchObject({ status: "none", since: null, facts: [] });
    expect(statusOn(code, date)).toMatchObject({ status: "signed", since: date });
    expect(statusOn(code, dayAfter(date))).toMatchObject({ status: "signed", since: date });
  });

  it("no one but Latvia is beyond signed on the data's asOf date", () => {
    const beyond = parties.filter((p) => statusOn(p.code, asOf).status !== "signed").map((p) => p.code);
    expect(beyond).toEqual(["LV"]);
  });
});

describe("running totals of signatories match the dossier's independent counts", () => {
  const signedOn = (date: string) => parties.filter((p) => statusOn(p.code, date).status !== "none").length;
  it.each([
    ["2024-02-13", 0],
    ["2024-02-14", 32], // the Dutch government: 32 States signed on the opening day
    ["2024-02-15", 33], // Denmark
    ["2024-02-26", 33],
    ["2024-02-27", 34], // Central African Republic
    ["2024-06-23", 34],
    ["2024-06-24", 35], // Mongolia
    ["2024-06-25", 36], // Costa Rica
    ["2024-12-10", 36],
    ["2024-12-11", 37], // Cyprus
    ["2025-02-09", 37],
    ["2025-02-10", 38], // Latvia
    ["2025-02-13", 38],
    ["2025-02-14", 40], // Andorra and Kosovo
    ["2025-02-15", 40],
  ])("on %s: %i", (date, count) => {
    expect(signedOn(date)).toBe(count);
  });
});

describe("States with no record", () => {
  it("Italy, a real State that never signed, is none on every date", () => {
    for (const date of ["2024-02-14", "2025-12-01", "2030-01-01"]) {
      expect(statusOn("IT", date)).toEqual({ code: "IT", date, status: "none", since: null, facts: [] });
    }
  });

  it("Antarctica's code is accepted and answered none, not as another State", () => {
    expect(statusOn("AQ", "2025-12-01").status).toBe("none");
  });
});

describe("listSignatories", () => {
  it("lists every State that signed, in order of signature", () => {
    const list = listSignatories();
    expect(list).toHaveLength(parties.filter((p) => p.signature !== null).length);
    const dates = list.map((p) => p.signature?.date ?? "");
    expect(dates).toEqual([...dates].sort());
    expect(list.slice(-3).map((p) => p.code)).toEqual(["LV", "AD", "XK"]);
  });
});

describe("listContractingStates around Latvia's deposit", () => {
  it.each([
    ["2025-08-27", []],
    ["2025-08-28", ["LV"]],
    ["2025-08-29", ["LV"]],
  ])("on %s: %j", (date, codes) => {
    expect(listContractingStates(date).map((p) => p.code)).toEqual(codes);
  });

  it("defaults to the data's asOf date", () => {
    expect(listContractingStates().map((p) => p.code)).toEqual(["LV"]);
  });

  it("accepts a Date and uses its UTC day", () => {
    expect(listContractingStates(new Date("2025-08-28T00:00:00Z")).map((p) => p.code)).toEqual(["LV"]);
    expect(listContractingStates(new Date("2025-08-27T23:59:59Z"))).toEqual([]);
  });
});

describe("getParty", () => {
  it("returns Latvia's record with its consent as published", () => {
    const lv = getParty("LV");
    expect(lv?.signature?.date).toBe("2025-02-10");
    expect(lv?.consent).toMatchObject({
      type: null,
      typeInSource: { code: "R", meaning: "Ratification, Acceptance, Approval or Notification" },
      depositDate: "2025-08-28",
    });
    expect(lv?.consent?.typeStatus).toMatch(/not yet verified/);
    expect(lv?.entryIntoForce?.date).toBe("2025-12-01");
    expect(lv?.entryIntoForceStatus).toBe("published");
  });

  it("accepts lower case as the same State", () => {
    expect(getParty("lv")).toBe(getParty("LV"));
    expect(getParty("Lv")).toBe(getParty("LV"));
  });

  it("returns undefined for a real State that never signed and for a code that is no State", () => {
    expect(getParty("IT")).toBeUndefined();
    expect(getParty("ZZ")).toBeUndefined();
    expect(getParty("LVA")).toBeUndefined();
  });

  it("flags Kosovo's XK as a user-assigned code", () => {
    expect(getParty("XK")).toMatchObject({ code: "XK", codeKind: "user-assigned", nameInSource: "Kosovo" });
    expect(getParty("XK")?.codeNote).toMatch(/XK is not an ISO 3166-1 code/);
  });

  it("records no consent for the other 39, as none-recorded", () => {
    const others = parties.filter((p) => p.code !== "LV");
    expect(others).toHaveLength(39);
    for (const p of others)
      expect(p).toMatchObject({
        consent: null,
        consentStatus: "none-recorded",
        entryIntoForce: null,
        entryIntoForceStatus: "not-yet-verified",
      });
  });

  it("returns frozen records", () => {
    const lv = getParty("LV");
    expect(() => {
      (lv as { code: string }).code = "FR";
    }).toThrow(TypeError);
    expect(getParty("LV")?.code).toBe("LV");
  });
});

describe("statusOn: the Netherlands around its provisional application", () => {
  it.each([
    ["2024-02-14", ["signature"]],
    ["2024-02-15", ["signature", "provisional-application"]],
    ["2024-02-16", ["signature", "provisional-application"]],
  ])("on %s it is signed, with facts %j", (date, types) => {
    const answer = statusOn("NL", date);
    expect(answer).toMatchObject({ status: "signed", since: "2024-02-14" });
    expect(answer.facts.map((f) => f.type)).toEqual(types);
  });
});
