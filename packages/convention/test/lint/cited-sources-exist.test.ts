import { describe, expect, it } from "vitest";
import { type Json, problemsWith } from "../helpers/data-copy.js";

describe("rule cited-sources-exist", () => {
  it("names a cited source id that data/sources.json does not hold", () => {
    const problems = problemsWith("annexes/annex_h.json", (node) =>
      (node.provenance as { sources: Json[] }).sources.push({ id: "S404" }),
    );
    expect(problems).toEqual([
      {
        file: "data/annexes/annex_h.json",
        field: "(root).provenance.sources.1.id",
        message: 'cites source "S404", which is not in data/sources.json; add it there',
      },
    ]);
  });
});
