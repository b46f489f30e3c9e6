/**
 * No two States have the Convention in force for both on the published facts, so the real data never
 * answers yes. These tests stand in an answer of `inForceBetween` to show what a yes on unverified
 * grounds, and an answer that is neither yes nor no, become.
 */
import { describe, expect, it, vi } from "vitest";

const answer: { applies: unknown; answer?: unknown } = { applies: true };
vi.mock("@lhc/parties", async (original) => {
  const parties = await original<typeof import("@lhc/parties")>();
  return {
    ...parties,
    inForceBetween: (a: string, b: string, on: string) => ({
      ...answer,
      reasons: [`Stand-in answer for ${a} and ${b} on ${on}.`],
    }),
  };
});

const { checkRequestContext } = await import("../src/index.js");
const { getParty } = await import("@lhc/parties");
const { readExample } = await import("./examples.js");

const request = {
  ...readExample("valid/mla-service-of-documents-only.json"),
  requestingState: "LV",
  requestedState: "LT",
};

describe("answers of inForceBetween the real data does not give", () => {
  it("a yes resting on entry-into-force dates that are published, not verified, is a warning, not a yes", () => {
    expect(getParty("LV")?.entryIntoForceStatus).not.toBe("verified");
    answer.applies = true;
    const [finding] = checkRequestContext(request).findings.filter((f) => f.code.startsWith("convention-"));
    expect(finding?.code).toBe("convention-applies-unverified");
    expect(finding?.level).toBe("warning");
    expect(finding?.message).toMatch(/may apply .* published, not verified \(LV, LT\)/);
    expect(finding?.details).toEqual([`Stand-in answer for LV and LT on ${request.dateOfRequest}.`]);
  });

  it('answer "not-verified" (with applies false) is a warning that says so, not an error', () => {
    answer.applies = false;
    answer.answer = "not-verified";
    const [finding] = checkRequestContext(request).findings.filter((f) => f.code.startsWith("convention-"));
    expect(finding?.code).toBe("convention-applies-unverified");
    expect(finding?.level).toBe("warning");
    expect(finding?.message).toMatch(
      /is not verified: the entry-into-force dates of LV and LT are not verified\.$/,
    );
    delete answer.answer;
  });

  it('only answer "no" (a recorded fact excludes it) is an error; "not-shown" is a warning', () => {
    answer.applies = false;
    answer.answer = "no";
    const [no] = checkRequestContext(request).findings.filter((f) => f.code.startsWith("convention-"));
    expect(no).toMatchObject({ code: "convention-does-not-apply", level: "error" });
    answer.answer = "not-shown";
    const [notShown] = checkRequestContext(request).findings.filter((f) => f.code.startsWith("convention-"));
    expect(notShown).toMatchObject({ code: "convention-not-shown-to-apply", level: "warning" });
    delete answer.answer;
  });

  it("an answer that is neither true nor false is said to be not verified", () => {
    answer.applies = "not-verified";
    const [finding] = checkRequestContext(request).findings.filter((f) => f.code.startsWith("convention-"));
    expect(finding?.code).toBe("convention-applies-unverified");
    expect(finding?.message).toMatch(
      /^Whether the Convention applies between Latvia \(LV\) and .* is not verified: the entry-into-force dates of LV and LT are not verified\.$/,
    );
  });
});
