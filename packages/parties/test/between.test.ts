import { describe, expect, it } from "vitest";
import {
  annexesApplicableBetween,
  asOf,
  betweenVerdict,
  getParty,
  inForceBetween,
  PartiesInputError,
} from "../src/index.js";
import { provisionalApplication } from "./helpers/convention.js";

const ARTICLE_90 = /entry-into-force rule \(Article 90\) is not verified/;

describe("inForceBetween: Latvia and France around Latvia's events", () => {
  it.each(["2025-08-27", "2025-08-28", "2025-08-29", "2025-11-30", "2025-12-01", "2025-12-02", "2026-11-28"])(
    "is not shown to apply on %s",
    (date) => {
      const { applies, answer, verdict, reasons } = inForceBetween("LV", "FR", date);
      expect(applies).toBe(false);
      // France's missing consent is an absence in the sources, not a fact that excludes it.
      expect(answer).toBe("not-shown");
      expect(verdict).toBe(`Not shown to apply on the recorded facts (data as of ${asOf}).`);
      expect(reasons[0]).toBe(
        `Between LV and FR on ${date}, the Convention is not shown to apply on the recorded facts (data as of ${asOf}): they do not show it in force for ${date >= "2025-12-01" ? "FR" : "LV or FR"}.`,
      );
      expect(reasons).toContain(
        `France (FR) signed on 2024-02-14, but no consent to be bound is recorded on or before ${date}; signature alone does not put the Convention in force for it.`,
      );
      expect(reasons.some((r) => ARTICLE_90.test(r))).toBe(true);
    },
  );

  it("explains Latvia's situation on each side of its published entry into force", () => {
    expect(inForceBetween("LV", "FR", "2025-11-30").reasons[1]).toBe(
      "Latvia (LV) deposited its consent on 2025-08-28; the entry-into-force date published for it is 2025-12-01, after 2025-11-30.",
    );
    expect(inForceBetween("LV", "FR", "2025-12-01").reasons[1]).toBe(
      "The Dutch Treaty Database (Verdragenbank), Government of the Netherlands publishes 2025-12-01 as the date of entry into force for Latvia (LV); that date is published, not verified.",
    );
    for (const date of ["2025-12-01", "2026-11-28"]) {
      expect(inForceBetween("LV", "FR", date).reasons.join(" ")).not.toMatch(/in force for Latvia/);
    }
    expect(inForceBetween("LV", "FR", "2025-08-27").reasons[1]).toMatch(
      /^Latvia \(LV\) signed on 2025-02-10, but no consent/,
    );
  });

  it("is symmetric in its verdict", () => {
    expect(inForceBetween("FR", "LV", "2025-12-01").applies).toBe(false);
    expect(inForceBetween("FR", "LV", "2025-12-01").reasons[2]).toMatch(
      /publishes 2025-12-01 as the date of entry into force for Latvia \(LV\); that date is published, not verified/,
    );
  });
});

describe("inForceBetween: States without consent", () => {
  it.each(["2024-02-13", "2024-02-14", "2024-02-15"])("France and Germany on %s", (date) => {
    const { applies, answer, verdict, reasons } = inForceBetween("FR", "DE", date);
    expect(applies).toBe(false);
    // Before their recorded signatures, the recorded facts exclude it; after, they only do not show it.
    expect(answer).toBe(date === "2024-02-13" ? "no" : "not-shown");
    expect(verdict).toBe(
      date === "2024-02-13"
        ? "No: a recorded fact excludes it."
        : `Not shown to apply on the recorded facts (data as of ${asOf}).`,
    );
    expect(reasons[1]).toMatch(
      date === "2024-02-13"
        ? /had not yet signed on 2024-02-13 \(it signed on 2024-02-14\)/
        : /signed on 2024-02-14, but no consent/,
    );
  });

  it("Latvia and Italy, which never signed", () => {
    const { applies, reasons } = inForceBetween("LV", "IT", "2026-01-01");
    expect(applies).toBe(false);
    expect(reasons[2]).toMatch(
      new RegExp(
        `^Italy \\(IT\\) has not signed the Convention and has no consent to be bound recorded \\(data as of ${asOf}\\)`,
      ),
    );
  });

  it("Latvia and Kosovo around Kosovo's signature", () => {
    expect(inForceBetween("LV", "XK", "2025-02-13").reasons[2]).toMatch(
      /^Kosovo \(XK\) had not yet signed on 2025-02-13/,
    );
    expect(inForceBetween("LV", "XK", "2025-02-14").reasons[2]).toMatch(
      /^Kosovo \(XK\) signed on 2025-02-14/,
    );
    expect(inForceBetween("LV", "XK", "2025-02-15").applies).toBe(false);
  });
});

describe("inForceBetween: the Netherlands' provisional application is mentioned, never counted", () => {
  const provisional = (reasons: string[]) => reasons.filter((r) => /provisionally/.test(r));

  it("is not mentioned the day before it began", () => {
    expect(provisional(inForceBetween("NL", "BE", "2024-02-14").reasons)).toEqual([]);
  });

  it.each(["2024-02-15", "2024-02-16", "2025-12-01"])(
    "is mentioned on %s, does not reach Belgium, and the verdict stays false",
    (date) => {
      const answer = inForceBetween("BE", "NL", date);
      expect(answer.applies).toBe(false);
      expect(answer.provisionalApplication).toMatchObject([
        { state: "NL", parts: ["part_3"], mayCover: false },
      ]);
      expect(provisional(answer.reasons)).toEqual([
        "Netherlands (NL) applies Part III (mutual legal assistance) provisionally in the European part of the Netherlands since 2024-02-15 (Trb. 2024, 39). It does not reach Belgium (BE), which is not shown to be bound; provisional application is not entry into force.",
      ]);
      expect(answer.verdict).toBe(`Not shown to apply on the recorded facts (data as of ${asOf}).`);
    },
  );

  it.each(["NL", "LV"])(
    "between the Netherlands and Latvia after Latvia's published date (asked from %s), Part III may apply provisionally",
    (first) => {
      const second = first === "NL" ? "LV" : "NL";
      const answer = inForceBetween(first, second, "2025-12-02");
      expect(answer.applies).toBe(false);
      // No fact excludes it: the Netherlands' consent is not recorded, which is not the same as "No".
      expect(answer.answer).toBe("not-shown");
      expect(answer.reasons[0]).toMatch(/is not shown to apply .* they do not show it in force for NL\.$/);
      expect(answer.reasons.join(" ")).not.toMatch(/does not apply|does not bind/);
      const [entry] = provisionalApplication;
      expect(answer.provisionalApplication).toEqual([
        expect.objectContaining({
          state: entry?.code,
          parts: entry?.parts,
          from: entry?.from,
          publication: entry?.publication,
          sources: entry?.sources,
          mayCover: true,
        }),
      ]);
      expect(answer.verdict).toBe(
        `Not shown to apply on the recorded facts (data as of ${asOf}). ${entry?.scope} may apply provisionally (NL).`,
      );
      expect(answer.verdict).toBe(betweenVerdict(answer));
    },
  );

  it("between the Netherlands and Latvia before Latvia's published date, Part III does not reach Latvia", () => {
    const answer = inForceBetween("NL", "LV", "2025-11-30");
    expect(answer.answer).toBe("not-shown");
    expect(answer.provisionalApplication.map((p) => p.mayCover)).toEqual([false]);
  });

  it("is not mentioned between two other States", () => {
    expect(provisional(inForceBetween("BE", "FR", "2025-01-01").reasons)).toEqual([]);
  });
});

describe("inForceBetween: bad input", () => {
  it("rejects the same State twice", () => {
    expect(() => inForceBetween("LV", "lv", "2026-01-01")).toThrow(
      expect.objectContaining({ code: "same-state", field: "b", message: expect.stringMatching(/both LV/) }),
    );
  });

  it("names the argument at fault", () => {
    expect(() => inForceBetween("LV", "ZZ", "2026-01-01")).toThrow(
      expect.objectContaining({ code: "unknown-state-code", field: "b" }),
    );
    expect(() => inForceBetween(7 as unknown as string, "LV", "2026-01-01")).toThrow(
      expect.objectContaining({ code: "invalid-state-code", field: "a" }),
    );
    expect(() => inForceBetween("LV", "FR", "2025-02-30")).toThrow(PartiesInputError);
  });
});

describe("annexesApplicableBetween", () => {
  it.each(["2025-11-30", "2025-12-01", "2025-12-02"])(
    "Latvia and DR Congo on %s: none, with reasons",
    (date) => {
      const { annexes, reasons } = annexesApplicableBetween("LV", "CD", date);
      expect(annexes).toEqual([]);
      expect(reasons[0]).toBe(
        `No annex is shown to apply between LV and CD on ${date}, because the Convention is not shown to apply between them (data as of ${asOf}).`,
      );
      expect(reasons).toContain(
        "Latvia's approving law directs Annexes A, B, C, D, E, F, H (declaration LV-2); whether its deposited declaration says the same is not yet verified, so these are not counted.",
      );
      expect(
        reasons.some(
          (r) =>
            /Democratic Republic of the Congo \(CD\) signed on 2024-02-14/.test(r) ||
            /Congo - Kinshasa \(CD\) signed/.test(r),
        ),
      ).toBe(true);
    },
  );

  it("says nothing of Latvia's approving law before it was proclaimed", () => {
    const proclaimed = getParty("LV")?.domesticApproval?.proclaimed as string;
    const directs = (date: string) =>
      annexesApplicableBetween("LV", "CD", date).reasons.some((r) => /approving law directs/.test(r));
    expect(directs(proclaimed)).toBe(true);
    expect(directs("2025-02-10")).toBe(false);
  });

  it("Latvia and Italy: none", () => {
    expect(annexesApplicableBetween("LV", "IT", "2026-01-01").annexes).toEqual([]);
  });

  it("rejects bad input like inForceBetween", () => {
    expect(() => annexesApplicableBetween("LV", "LV", "2026-01-01")).toThrow(PartiesInputError);
    expect(() => annexesApplicableBetween("LV", "FR", "2026-02-29")).toThrow(
      expect.objectContaining({ code: "invalid-date" }),
    );
  });
});
