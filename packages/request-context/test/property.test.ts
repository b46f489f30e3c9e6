import { parties } from "@lhc/parties";
import { annexLetters, channels, validateRequest } from "@lhc/requests";
import { exampleManifest } from "@lhc/requests/examples";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkRequestContext, findingCodes } from "../src/index.js";
import { readExample } from "./examples.js";
import { resolveBasis } from "./resolve-basis.js";

const bases = exampleManifest.examples
  .filter((e) => e.valid)
  .map((e) => readExample(e.file) as unknown as Record<string, unknown>);

const isoDay = fc
  .date({ min: new Date("2023-01-01T00:00:00Z"), max: new Date("2031-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
// Signatories, States that did not sign, and two-letter codes that are no State at all.
const stateCode = fc.oneof(
  fc.constantFrom(...parties.map((p) => p.code)),
  fc.constantFrom("IT", "ES", "US", "XK"),
  fc.stringMatching(/^[A-Z]{2}$/),
);
const language = fc.constantFrom("en", "fr", "lv", "lv-LV", "de", "sr-Latn", "nl", "uk");
const classification = fc.oneof(
  fc.constantFrom(
    { category: "genocide" },
    { category: "war-crimes" },
    { category: "crimes-against-humanity" },
  ),
  fc.constantFrom(...annexLetters).map((annex) => ({ category: "annex-crime", annex })),
);

/** A valid request: a valid example with its States, date, language, channel and classifications varied. */
const validRequest = fc
  .record({
    base: fc.constantFrom(...bases),
    requestingState: stateCode,
    requestedState: stateCode,
    dateOfRequest: isoDay,
    language,
    channel: fc.constantFrom(...channels),
    classifications: fc.array(classification, { minLength: 1, maxLength: 4 }),
  })
  .map(({ base, classifications, ...changes }) => {
    const request: Record<string, unknown> = { ...structuredClone(base), ...changes };
    if (Array.isArray(request.offences)) {
      request.offences = (request.offences as Record<string, unknown>[]).map((offence, i) => ({
        ...offence,
        classification: classifications[i % classifications.length],
      }));
    }
    return request;
  });

describe("checkRequestContext on generated valid requests", () => {
  it("never throws, and every finding has a known code, a message and a basis that resolves", () => {
    fc.assert(
      fc.property(validRequest, fc.option(isoDay, { nil: undefined }), (input, on) => {
        const validated = validateRequest(input);
        expect(validated.success).toBe(true);
        if (!validated.success) return;
        const report = checkRequestContext(validated.data, on === undefined ? {} : { on });
        expect(report.on).toBe(on ?? validated.data.dateOfRequest);
        for (const finding of report.findings) {
          expect(findingCodes).toContain(finding.code);
          expect(["error", "warning", "info"]).toContain(finding.level);
          expect(finding.message.trim()).not.toBe("");
          expect(finding.basis.length).toBeGreaterThan(0);
          for (const basis of finding.basis) {
            expect(resolveBasis(basis)).toBeDefined();
            expect(typeof basis.verified).toBe("boolean");
            expect(basis.label.trim()).not.toBe("");
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
