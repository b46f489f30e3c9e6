import { type Request, validateRequest } from "@lhc/requests";
import { exampleManifest } from "@lhc/requests/examples";
import { describe, expect, it } from "vitest";
import {
  type ContextFinding,
  checkRequestContext,
  findingAction,
  findingCodes,
  type RequestContextReport,
  requestVerdict,
} from "../src/index.js";
import { readExample } from "./examples.js";

const finding = (level: ContextFinding["level"], code: ContextFinding["code"]): ContextFinding => ({
  level,
  code,
  message: `${code} message`,
  details: [],
  path: "$.requestedState",
  basis: [],
});
const report = (...findings: ContextFinding[]): RequestContextReport => ({
  on: "2026-06-01",
  dataAsOf: "2026-01-01",
  findings,
});

describe("requestVerdict", () => {
  it("says a request the schemas reject cannot be sent, one point per issue with what to do", () => {
    const example = exampleManifest.examples.find((e) => !e.valid);
    if (!example) throw new Error("no invalid example");
    const result = validateRequest(readExample(example.file));
    expect(result.success).toBe(false);
    if (result.success) return;
    const verdict = requestVerdict({ issues: result.issues });
    expect(verdict.kind).toBe("cannot-send");
    expect(verdict.title).toBe("Cannot be sent as it stands");
    expect(verdict.points.map((p) => p.path)).toEqual(result.issues.map((i) => i.path));
    expect(verdict.points.map((p) => p.problem)).toEqual(result.issues.map((i) => i.message));
    for (const point of verdict.points) expect(point.action).not.toBe("");
  });

  it("says a valid request whose findings are all information is ready to send", () => {
    const verdict = requestVerdict({ report: report(finding("info", "convention-applies")) });
    expect(verdict).toMatchObject({ kind: "ready", title: "Ready to send", points: [] });
    expect(verdict.summary).toContain("2026-06-01");
  });

  it("counts each warning as a point to check, with its action, and words the count", () => {
    const one = requestVerdict({
      report: report(finding("warning", "annex-not-verified"), finding("info", "annex-applies")),
    });
    expect(one.kind).toBe("check");
    expect(one.title).toBe("Valid — 1 point to check before sending");
    expect(one.points).toEqual([
      {
        source: "context",
        code: "annex-not-verified",
        path: "$.requestedState",
        problem: "annex-not-verified message",
        action: findingAction("annex-not-verified"),
      },
    ]);
    const two = requestVerdict({
      report: report(
        finding("warning", "annex-not-verified"),
        finding("warning", "declarations-not-verified"),
      ),
    });
    expect(two.title).toBe("Valid — 2 points to check before sending");
  });

  it("says a valid request that a finding positively excludes cannot be sent, listing only the errors", () => {
    const verdict = requestVerdict({
      report: report(finding("error", "same-state"), finding("warning", "annex-not-verified")),
    });
    expect(verdict.kind).toBe("cannot-send");
    expect(verdict.points.map((p) => p.code)).toEqual(["same-state"]);
  });

  it("has an action for every finding code", () => {
    for (const code of findingCodes) expect(findingAction(code).length).toBeGreaterThan(10);
  });

  it("gives one of the three verdicts for every shipped example, and no schema points for a valid one", () => {
    for (const example of exampleManifest.examples) {
      const result = validateRequest(readExample(example.file));
      const verdict = result.success
        ? requestVerdict({ report: checkRequestContext(result.data as Request) })
        : requestVerdict({ issues: result.issues });
      expect(["ready", "check", "cannot-send"]).toContain(verdict.kind);
      if (result.success) expect(verdict.points.every((p) => p.source === "context")).toBe(true);
      else expect(verdict.kind).toBe("cannot-send");
    }
  });
});
