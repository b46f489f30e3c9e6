/**
 * Each fact is written in one place. These tests catch a State's fact copied into the Convention's data
 * (or into another record) where it would drift: Latvia's published entry-into-force date, the
 * Netherlands' provisional application, the annexes and language Latvia's approving law directs, and the
 * list of annex letters that the schemas keep for typing.
 */
import { convention as conventionDocument, walk } from "@lhc/convention";
import { describe, expect, it } from "vitest";
import { parties } from "../src/index.js";
import { annexLetterSchema } from "../src/schema.js";
import { provisionalApplication } from "./helpers/convention.js";

const nodes = [...walk(conventionDocument)];
/** Pinpoints quote what a source says where it is cited: evidence, not a second home of the fact. */
const withoutPinpoints = (value: unknown): string =>
  JSON.stringify(value, (key, item) => (key === "pinpoint" ? undefined : item));
/** The Convention's own data as text: its facts and every node's subject and provenance note. */
const conventionTexts: Array<[string, string]> = [
  ["data/meta.json", withoutPinpoints(conventionDocument.meta)],
  ...nodes.map((node): [string, string] => [
    node.eId,
    withoutPinpoints({ subject: node.subject?.paraphrase ?? null, note: node.provenance?.note ?? null }),
  ]),
];

const listed = (letters: readonly string[]): string[] => [
  letters.join(", "),
  `${letters.slice(0, -1).join(", ")} and ${letters.at(-1)}`,
];

describe("one home per fact", () => {
  it("no State's published entry-into-force date is repeated in the Convention's data", () => {
    const dated = parties.filter((p) => p.entryIntoForce !== null);
    expect(dated.length).toBeGreaterThan(0);
    for (const party of dated) {
      for (const [where, text] of conventionTexts) {
        expect(text, `${party.code}'s ${party.entryIntoForce?.date} in ${where}`).not.toContain(
          party.entryIntoForce?.date,
        );
      }
    }
  });

  it("a provisional application is written only in data/provisional-application.json", () => {
    expect(provisionalApplication.length).toBeGreaterThan(0);
    for (const entry of provisionalApplication) {
      const party = parties.find((p) => p.code === entry.code);
      for (const note of party?.notes ?? []) {
        expect(note, `${entry.code}.json notes`).not.toContain(entry.from);
        expect(note, `${entry.code}.json notes`).not.toMatch(/Part [IVX]+/);
      }
      for (const [where, text] of conventionTexts.filter(([where]) => where !== "data/meta.json")) {
        expect(text, where).not.toContain(entry.from);
        expect(text, where).not.toMatch(/provisionally in/);
      }
      for (const part of entry.parts)
        expect(nodes.some((n) => n.eId === part && n.type === "part")).toBe(true);
    }
  });

  it("what an approving law directs about annexes is not repeated in the Convention's data", () => {
    const annexLists = parties.flatMap((p) =>
      p.declarations.filter((d) => d.basis === "domestic-law" && (d.annexes ?? []).length > 1),
    );
    expect(annexLists.length).toBeGreaterThan(0);
    for (const declaration of annexLists) {
      for (const [where, text] of conventionTexts) {
        for (const form of listed(declaration.annexes ?? [])) {
          expect(text, `${declaration.id}'s annexes in ${where}`).not.toContain(form);
        }
      }
    }
  });

  it("the annex letters the schema accepts are the Convention data's list", () => {
    const { annexLetters } = conventionDocument.meta;
    expect(annexLetters?.status).toBe("inferred");
    expect(annexLetterSchema.options).toEqual(annexLetters?.value);
  });
});
