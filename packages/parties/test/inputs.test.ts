import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getParty, isIsoDate, PartiesInputError, stateName, statusOn } from "../src/index.js";

describe("State codes", () => {
  it("ZZ is no State", () => {
    expect(() => statusOn("ZZ", "2025-12-01")).toThrow(
      new PartiesInputError(
        "unknown-state-code",
        "code",
        "ZZ",
        'statusOn: code "ZZ" is not the ISO 3166-1 alpha-2 code of any State (nor XK, used for Kosovo)',
      ),
    );
  });

  it.each([
    [42, "received the number 42"],
    [null, "received null"],
    [undefined, "received undefined"],
    [["LV"], "received an array"],
  ])("a %j instead of a string", (value, fragment) => {
    let error: unknown;
    try {
      statusOn(value as unknown as string, "2025-12-01");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PartiesInputError);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as PartiesInputError).code).toBe("invalid-state-code");
    expect((error as PartiesInputError).message).toContain(fragment);
  });

  it.each(["", "L", "LVA", "L1", " LV", "ÅL"])("%j is not two letters", (value) => {
    expect(() => statusOn(value, "2025-12-01")).toThrow(
      expect.objectContaining({ code: "invalid-state-code" }),
    );
  });

  it("lower case is the same State", () => {
    expect(statusOn("lv", "2025-12-01")).toEqual(statusOn("LV", "2025-12-01"));
  });

  it("any input is either rejected or answered for the State it names", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 3 }), fc.stringMatching(/^[A-Za-z]{2}$/)), (input) => {
        try {
          expect(statusOn(input, "2025-12-01").code).toBe(input.toUpperCase());
          expect(input).toMatch(/^[A-Za-z]{2}$/);
        } catch (error) {
          expect(error).toBeInstanceOf(PartiesInputError);
        }
      }),
    );
  });
});

describe("dates", () => {
  it.each([
    "2025-02-30",
    "2025-02-29",
    "2025-13-01",
    "2025-2-1",
    "2025-12-01T00:00:00Z",
    "01-12-2025",
    "0000-01-01",
    "",
  ])("%j is rejected", (date) => {
    expect(() => statusOn("LV", date)).toThrow(
      expect.objectContaining({
        code: "invalid-date",
        field: "date",
        message: expect.stringMatching(/real calendar date written YYYY-MM-DD/),
      }),
    );
  });

  it("2024-02-29 is a real date", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(statusOn("LV", "2024-02-29").status).toBe("none");
  });

  it("a number or an invalid Date is rejected", () => {
    expect(() => statusOn("LV", 20251201 as unknown as string)).toThrow(
      expect.objectContaining({
        code: "invalid-date",
        message: expect.stringMatching(/received the number 20251201/),
      }),
    );
    expect(() => statusOn("LV", new Date("nope"))).toThrow(expect.objectContaining({ code: "invalid-date" }));
  });

  it("a Date is read as its UTC day", () => {
    expect(statusOn("LV", new Date("2025-12-01T00:00:00Z")).status).toBe("entry-into-force-published");
    expect(statusOn("LV", new Date("2025-11-30T23:59:59.999Z")).status).toBe("consented");
  });

  it("isIsoDate agrees with the calendar for every day of four years", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2023, max: 2026 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const text = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          const real = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
          expect(isIsoDate(text)).toBe(real);
        },
      ),
    );
  });
});

describe("getParty on bad input", () => {
  it("throws for a non-string, as documented", () => {
    expect(() => getParty(42 as unknown as string)).toThrow(
      expect.objectContaining({ code: "invalid-state-code" }),
    );
  });
});

describe("stateName", () => {
  it("names States through Intl.DisplayNames", () => {
    expect(stateName("LV")).toBe("Latvia");
    expect(stateName("lv", "de")).toBe("Lettland");
    expect(stateName("FR", "fr")).toBe("France");
    expect(stateName("IT", "it")).toBe("Italia");
  });

  it("names Kosovo by its user-assigned code", () => {
    expect(stateName("XK")).toBe("Kosovo");
  });

  it("rejects a code that is no State and a locale that is no language tag", () => {
    expect(() => stateName("ZZ")).toThrow(expect.objectContaining({ code: "unknown-state-code" }));
    expect(() => stateName("LV", "not a locale!")).toThrow(
      expect.objectContaining({ code: "invalid-locale", field: "locale" }),
    );
    expect(() => stateName("LV", 5 as unknown as string)).toThrow(
      expect.objectContaining({ code: "invalid-locale" }),
    );
  });
});

describe("stateName without names from the runtime", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("falls back to the name in the main source, then to the code", () => {
    vi.spyOn(Intl, "DisplayNames").mockImplementation(function (this: unknown) {
      return { of: () => undefined } as unknown as Intl.DisplayNames;
    } as never);
    expect(stateName("CD")).toBe("Democratic Republic of the Congo");
    expect(stateName("IT")).toBe("IT");
  });
});
