import {
  annexesApplicableBetween,
  asOf,
  getParty,
  inForceBetween,
  parties,
  provisionalApplication as publishedProvisional,
} from "@lhc/parties";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { isOneCleanLine, lhc } from "./run-lhc.js";

// The package's own data set is the Convention's, so its provisional application is published.
if (!publishedProvisional) throw new Error("@lhc/parties carries no Convention facts");
const provisionalApplication = publishedProvisional;

const json = (args: string[]) => {
  const result = lhc([...args, "--format", "json"]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
};

describe("lhc parties", () => {
  it("lists every State in the data with its status on the date", () => {
    const report = json(["parties", "--on", "2026-01-01"]);
    expect(report.parties).toHaveLength(parties.length);
    expect(report.parties.map((p: { code: string }) => p.code)).toEqual(parties.map((p) => p.code));
    expect(report.parties.find((p: { code: string }) => p.code === "LV")).toMatchObject({
      name: "Latvia",
      status: "entry-into-force-published",
      since: "2025-12-01",
      consentDeposited: "2025-08-28",
    });
  });

  // Latvia: signed 2025-02-10, consent deposited 2025-08-28, entry into force 2025-12-01 as published (not verified).
  it.each([
    ["2025-02-09", "none", null],
    ["2025-02-10", "signed", "2025-02-10"],
    ["2025-08-27", "signed", "2025-02-10"],
    ["2025-08-28", "consented", "2025-08-28"],
    ["2025-11-30", "consented", "2025-08-28"],
    ["2025-12-01", "entry-into-force-published", "2025-12-01"],
    ["2025-12-02", "entry-into-force-published", "2025-12-01"],
  ])("gives Latvia's status on %s as %s", (on, status, since) => {
    const latvia = json(["parties", "--on", on]).parties.find((p: { code: string }) => p.code === "LV");
    expect(latvia).toMatchObject({ status, since });
  });

  it("filters by --status", () => {
    expect(json(["parties", "--on", "2025-12-01", "--status", "entry-into-force-published"]).parties).toEqual(
      [expect.objectContaining({ code: "LV" })],
    );
    expect(json(["parties", "--on", "2025-11-30", "--status", "entry-into-force-published"]).parties).toEqual(
      [],
    );
    // No State's entry into force is verified, so no State is shown as in force.
    expect(json(["parties", "--on", "2026-01-01", "--status", "in-force"]).parties).toEqual([]);
    const signed = json(["parties", "--on", "2025-12-01", "--status", "signed"]).parties;
    expect(signed).toHaveLength(parties.length - 1);
  });

  it("writes RFC 4180 CSV that a CSV parser reads back", () => {
    const result = lhc(["parties", "--on", "2025-09-01", "--format", "csv"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("\r\n");
    const rows: Record<string, string>[] = parse(result.stdout, { columns: true });
    expect(rows).toHaveLength(parties.length);
    expect(rows.find((r) => r.code === "LV")).toMatchObject({
      status: "consented",
      consent_type: "not yet verified",
      consent_deposit_date: "2025-08-28",
      entry_into_force_date: "2025-12-01",
    });
    expect(rows.find((r) => r.code === "FR")).toMatchObject({ status: "signed", consent_deposit_date: "" });
  });

  it("prints a table by default, with State names in the requested language", () => {
    const result = lhc(["parties", "--on", "2026-01-01", "--locale", "fr"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(`^${parties.length} States on 2026-01-01 \\(data as of \\d{4}-\\d{2}-\\d{2}\\)`),
    );
    expect(result.stdout).toMatch(/^LV +Lettonie +entry into force published, not verified +2025-12-01/m);
    expect(result.stdout).not.toMatch(/\bin force\b(?! published)/);
  });

  it.each([
    [
      ["parties", "--on", "2025-02-30"],
      'lhc: --on must be a real calendar date written YYYY-MM-DD, got "2025-02-30"\n',
    ],
    [
      ["parties", "--on", "01/12/2025"],
      'lhc: --on must be a real calendar date written YYYY-MM-DD, got "01/12/2025"\n',
    ],
  ])("rejects the invalid date in %j (exit 2)", (args, stderr) => {
    const result = lhc(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(stderr);
  });

  it("rejects an unknown --status and a bad --locale in one line (exit 2)", () => {
    for (const args of [
      ["parties", "--status", "ratified"],
      ["parties", "--locale", "not a locale!"],
    ]) {
      const result = lhc(args);
      expect(result.code).toBe(2);
      expect(isOneCleanLine(result.stderr)).toBe(true);
    }
  });
});

describe("lhc party", () => {
  it("shows Latvia's record with its dates and sources, for a code in any case", () => {
    const result = lhc(["party", "lv", "--on", "2026-01-01"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Latvia (LV)");
    expect(result.stdout).toContain(
      "Status on 2026-01-01: entry into force published, not verified (since 2025-12-01)",
    );
    expect(result.stdout).toContain("Consent to be bound: deposited 2025-08-28; type not yet verified");
    expect(result.stdout).toContain(
      "Entry into force for Latvia: 2025-12-01 (published, not verified; not computed)",
    );
    for (const source of getParty("LV")?.consent?.sources ?? []) expect(result.stdout).toContain(source.url);
  });

  it("prints France's reservation verbatim, cited by provision", () => {
    const reservation = getParty("FR")?.declarations.find((d) => d.kind === "reservation");
    const result = lhc(["party", "FR"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("concerns: Art. 8(3) (art_8__para_3)");
    expect(result.stdout).toContain("made under: Art. 92(3) (art_92__para_3)");
    expect(result.stdout).toContain("FR-1: reservation (the treaty database's record)");
    expect(result.stdout).not.toMatch(/depositary record/i);
    for (const line of (reservation?.text ?? "missing").split("\n").filter(Boolean)) {
      expect(result.stdout).toContain(line);
    }
  });

  it("answers for a real State that never signed (IT) with exit code 0", () => {
    const result = lhc(["party", "IT", "--on", "2026-01-01"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Italy (IT)\nStatus on 2026-01-01: not signed");
    expect(json(["party", "IT"]).party).toBeNull();
  });

  it("gives the record and the status as JSON", () => {
    const report = json(["party", "LV", "--on", "2025-08-28"]);
    expect(report.status).toMatchObject({ status: "consented", since: "2025-08-28" });
    expect(report.party).toEqual(JSON.parse(JSON.stringify(getParty("LV"))));
  });

  it.each([
    [
      "ZZ",
      'lhc: code "ZZ" is not a State: it is not the ISO 3166-1 alpha-2 code of any State (XK stands for Kosovo)\n',
    ],
    [
      "LVA",
      'lhc: code "LVA" is not a State: use a two-letter ISO 3166-1 alpha-2 code such as LV, or XK for Kosovo\n',
    ],
  ])("rejects the code %s in one line (exit 2)", (code, stderr) => {
    const result = lhc(["party", code]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(stderr);
  });
});

describe("lhc between", () => {
  it("says the Convention is not shown to apply between Latvia and France, with the library's reasons", () => {
    const report = json(["between", "LV", "FR", "--on", "2026-01-01"]);
    const expected = inForceBetween("LV", "FR", "2026-01-01");
    expect(report).toMatchObject({
      a: "LV",
      b: "FR",
      on: "2026-01-01",
      applies: false,
      answer: "not-shown",
      verdict: expected.verdict,
      reasons: expected.reasons,
    });
    expect(report.annexes).toEqual(annexesApplicableBetween("LV", "FR", "2026-01-01").annexes);

    const text = lhc(["between", "lv", "fr", "--on", "2026-01-01"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      `Does the Convention apply between LV and FR on 2026-01-01? Not shown to apply on the recorded facts (data as of ${asOf}).\n`,
    );
    expect(text.stdout).not.toMatch(/\? No\./);
    for (const reason of expected.reasons) expect(text.stdout).toContain(`  - ${reason}`);
    expect(text.stdout).toContain("Annexes that apply between LV and FR: none");
  });

  it("mentions the Netherlands' provisional application without counting it", () => {
    const report = json(["between", "NL", "BE", "--on", "2024-03-01"]);
    expect(report.applies).toBe(false);
    expect(report.reasons.join("\n")).toContain("provisional application is not entry into force");
    expect(report.provisionalApplication).toMatchObject([{ state: "NL", mayCover: false }]);
  });

  it("between the Netherlands and Latvia, says Part III may apply provisionally, never a plain No", () => {
    const expected = inForceBetween("NL", "LV", "2026-06-01");
    const report = json(["between", "NL", "LV", "--on", "2026-06-01"]);
    expect(report).toMatchObject({
      answer: "not-shown",
      verdict: expected.verdict,
      provisionalApplication: [
        {
          state: "NL",
          parts: provisionalApplication[0]?.parts,
          publication: "Trb. 2024, 39",
          mayCover: true,
        },
      ],
    });
    const text = lhc(["between", "NL", "LV", "--on", "2026-06-01"]).stdout;
    expect(text).toContain(
      `? Not shown to apply on the recorded facts (data as of ${asOf}). ${provisionalApplication[0]?.scope} may apply provisionally (NL).\n`,
    );
    expect(text).not.toMatch(/\? No\.|does not apply|does not bind/);
  });

  it.each([
    [["between", "LV", "LV"], "lhc: A and B are both LV: name two different States\n"],
    [
      ["between", "LV", "ZZ"],
      'lhc: B "ZZ" is not a State: it is not the ISO 3166-1 alpha-2 code of any State (XK stands for Kosovo)\n',
    ],
    [
      ["between", "LV", "FR", "--on", "2025-13-01"],
      'lhc: --on must be a real calendar date written YYYY-MM-DD, got "2025-13-01"\n',
    ],
  ])("rejects %j in one line (exit 2)", (args, stderr) => {
    const result = lhc(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(stderr);
  });
});
