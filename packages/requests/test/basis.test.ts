import { describe, expect, it } from "vitest";
import { basisIds, citeBasis, getJsonSchema, requestSchemas, requestTypes } from "../src/index.js";
import { getJsonSchema as getJsonSchemaV1 } from "../src/v1/index.js";
import { readJsonFile } from "./helpers.js";

interface BasisData {
  note: string;
  instruments: Record<string, { title: string; source: { url: string; kind: string; publisher: string } }>;
  provisions: Record<string, { instrument: string; citation: string; text: string }>;
}

const data = readJsonFile("data/basis.json") as BasisData;

/** Every `basis` array anywhere in a JSON Schema, with the JSON Schema path it sits on. */
function basisUses(node: unknown, path = "#"): { path: string; basis: string[] }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => basisUses(item, `${path}/${i}`));
  if (node === null || typeof node !== "object") return [];
  const record = node as Record<string, unknown>;
  const own = Array.isArray(record.basis) ? [{ path, basis: record.basis as string[] }] : [];
  return [
    ...own,
    ...Object.entries(record)
      .filter(([key]) => key !== "basis")
      .flatMap(([key, value]) => basisUses(value, `${path}/${key}`)),
  ];
}

describe("basis data", () => {
  it("describes exactly the provisions the schemas cite", () => {
    expect(Object.keys(data.provisions).sort()).toEqual([...basisIds].sort());
    const cited = new Set(
      requestTypes.flatMap((t) =>
        [getJsonSchema(t), getJsonSchemaV1(t)].flatMap((s) => basisUses(s).flatMap((u) => u.basis)),
      ),
    );
    expect([...cited].sort()).toEqual([...basisIds].sort());
  });

  it("gives each provision its verbatim text, its citation and an instrument with a source", () => {
    for (const [id, provision] of Object.entries(data.provisions)) {
      expect(provision.text.length, id).toBeGreaterThan(10);
      expect(provision.citation).toBe(citeBasis(id));
      const instrument = data.instruments[provision.instrument];
      expect(instrument, id).toBeDefined();
      expect(instrument?.source.url).toMatch(/^https?:\/\//u);
      // Every basis text is a verbatim copy from a non-official mirror (the audit found them called official).
      expect(instrument?.source.kind).toBe("secondary");
    }
  });

  it("quotes the provisions word for word (spot checks against the source dossier)", () => {
    expect(data.provisions["UNTOC 18(15)(a)"]?.text).toBe(
      "a) The identity of the authority making the request;",
    );
    expect(data.provisions["ECE 12(2)(a)"]?.text).toContain(
      "the original or an authenticated copy of the conviction and sentence or detention order immediately enforceable",
    );
    expect(data.provisions["2AP-ECMA 9(3)"]?.text).toContain(
      "the reason why it is not desirable or possible for the witness or expert to attend in person",
    );
    expect(data.provisions["TSP 4(3)(a)"]?.text).toBe(
      "a.the name, date and place of birth of the sentenced person;",
    );
    expect(data.provisions["UNTOC 18(10)"]?.text).toContain(
      "a) The person freely gives his or her informed consent;",
    );
  });

  it("records the anchors of version 1 whose text is not sourced with text null and a status, and no field cites them", () => {
    const anchors = (
      readJsonFile("data/basis.json") as {
        anchors: { items: Record<string, { text: unknown; textStatus: string; citation: string }> };
      }
    ).anchors.items;
    expect(Object.keys(anchors).length).toBeGreaterThan(0);
    for (const [id, anchor] of Object.entries(anchors)) {
      expect(anchor.text, id).toBeNull();
      expect(anchor.textStatus, id).toBe("not yet verified");
      expect(anchor.citation.length, id).toBeGreaterThan(3);
      expect(basisIds as readonly string[], id).not.toContain(id);
    }
  });

  it("never presents a provision as the Ljubljana–The Hague Convention's", () => {
    expect(Object.keys(data.instruments)).not.toContain("LHC");
    expect(data.note).toMatch(/NOT of the Ljubljana–The Hague Convention/u);
  });
});

describe("field metadata", () => {
  it("gives every request field a basis and an empty slot for the Convention's article", () => {
    for (const type of requestTypes) {
      const shape = (
        requestSchemas[type] as unknown as { shape: Record<string, { meta(): Record<string, unknown> }> }
      ).shape;
      for (const [name, field] of Object.entries(shape)) {
        const meta = field.meta();
        expect(Array.isArray(meta.basis), `${type}.${name}`).toBe(true);
        expect(meta.conventionArticle, `${type}.${name}`).toBeNull();
        expect(meta.conventionArticleStatus, `${type}.${name}`).toBe("not yet verified");
      }
    }
  });

  it("leaves a basis empty only on fields of the data model that no cited provision asks for", () => {
    const empty = requestTypes.flatMap((type) =>
      basisUses(getJsonSchema(type))
        .filter((use) => use.basis.length === 0)
        .map((use) => `${type}:${use.path}`),
    );
    for (const use of empty) {
      expect(use).toMatch(
        /\/properties\/(schemaVersion|requestType|dateOfRequest|otherInformation|legalBasis|signatory)$/u,
      );
    }
  });
});

describe("bases the audit found unsupported stay removed", () => {
  const basisOf = (type: (typeof requestTypes)[number], name: string) =>
    (requestSchemas[type] as unknown as { shape: Record<string, { meta(): { basis: string[] } }> }).shape[
      name
    ]?.meta().basis;

  it("the signatory of a request cites nothing: none of the instruments mentions a signature", () => {
    for (const type of requestTypes) expect(basisOf(type, "signatory"), type).toEqual([]);
  });

  it("other information cites no provision of the Rome Statute on extradition or arrest", () => {
    expect(basisOf("extradition", "otherInformation")).toEqual([]);
    expect(basisOf("provisional-arrest", "otherInformation")).toEqual([]);
  });

  it("the sentencing State's documents are the model's choice, citing TSP 6(2) and 6(3)", () => {
    expect(basisOf("transfer-of-sentenced-person", "sentencingStateDocuments")).toEqual(
      expect.arrayContaining(["TSP 6(2)", "TSP 6(3)"]),
    );
  });
});
