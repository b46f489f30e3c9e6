import { describe, expect, it } from "vitest";
import { RequestValidationError } from "../src/index.js";
import { migrate } from "../src/migrate.js";
import { validateRequest as validateV1 } from "../src/v1/index.js";
import { manifest, readJsonFile } from "./helpers.js";

const validV0 = manifest.examples.filter((e) => e.valid);

/** Every leaf value of a JSON document, as canonical strings. */
function leaves(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(leaves);
  return [JSON.stringify(value)];
}

describe("migrate: version 0 to version 1", () => {
  it.each(validV0.map((e) => [e.file]))("turns %s into a valid version-1 request", (file) => {
    const result = migrate(readJsonFile(`examples/${file}`));
    expect(result.issues).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validateV1(result.request).success).toBe(true);
    expect(result.request.schemaVersion).toBe("1.0");
  });

  it.each(validV0.map((e) => [e.file]))("loses no value of %s", (file) => {
    const before = readJsonFile(`examples/${file}`);
    const after = migrate(before).request;
    const kept = new Set(leaves(after));
    // Every version-0 value is still there, except the version number itself and text moved into
    // a longer text (the signatory, appended to otherInformation).
    const lost = leaves(before).filter(
      (leaf) =>
        !kept.has(leaf) && leaf !== '"0.1"' && !leaves(after).some((l) => l.includes(leaf.slice(1, -1))),
    );
    expect(lost).toEqual([]);
  });

  it("makes one person of a person copied into several measures, with references", () => {
    const v0 = readJsonFile("examples/valid/mla-full-war-crimes-investigation.json") as {
      personsConcerned: { person: Record<string, unknown> }[];
      measures: Record<string, unknown>[];
    };
    const suspect = v0.personsConcerned[0]?.person as Record<string, unknown>;
    // The same suspect, copied with its keys in another order, into a measure of its own.
    const copy = Object.fromEntries(Object.entries(suspect).reverse());
    v0.measures.push({
      type: "questioning-of-suspect",
      description: "Questioning of the suspect on the events of March 2022.",
      person: copy,
      subjects: "The events of March 2022.",
    });
    const result = migrate(v0);
    expect(result.valid).toBe(true);
    const persons = result.request.persons as { id: string }[];
    const concerned = result.request.personsConcerned as { personId: string }[];
    const measures = result.request.measures as { personId?: string }[];
    expect(measures.at(-1)?.personId).toBe(concerned[0]?.personId);
    expect(persons.filter((p) => p.id === concerned[0]?.personId)).toHaveLength(1);
    expect(result.notes).toContainEqual(
      expect.objectContaining({ kind: "moved", from: `$.measures[${v0.measures.length - 1}].person` }),
    );
  });

  it("reports what version 0 lacks instead of inventing it", () => {
    const v0 = readJsonFile("examples/valid/mla-service-of-documents-only.json") as {
      requestingAuthority: { contact?: unknown };
    };
    delete v0.requestingAuthority.contact;
    const result = migrate(v0);
    expect(result.valid).toBe(false);
    expect(result.notes).toContainEqual(
      expect.objectContaining({ kind: "missing", from: "$.requestingAuthority.contact" }),
    );
    expect(result.issues.map((i) => i.path)).toContain("$.requestingAuthority.contact");
  });

  it("maps extradition's supplementaryInformationTo and basisDecision", () => {
    const v0 = readJsonFile("examples/valid/extradition-full-prosecution.json") as Record<string, unknown>;
    v0.supplementaryInformationTo = "EXT-2025-17";
    const { request, notes } = migrate(v0);
    expect(request.relatedRequests).toEqual([{ relation: "supplements", reference: "EXT-2025-17" }]);
    expect(request).not.toHaveProperty("supplementaryInformationTo");
    expect(request).not.toHaveProperty("basisDecision");
    expect((request.basisDecisions as unknown[]).length).toBe(1);
    expect(notes.some((n) => n.from === "$.basisDecision" && n.kind === "review")).toBe(true);
  });

  it("refuses input that is not a valid version-0 request", () => {
    expect(() => migrate({ requestType: "mla" })).toThrow(RequestValidationError);
  });
});
