import { describe, expect, it } from "vitest";
import { problemsWith } from "../helpers/data-copy.js";

describe("rule preamble-order", () => {
  it("names a recital out of order and the numbering to follow", () => {
    const problems = problemsWith<{ children: unknown[] }>("preamble.json", (preamble) => {
      const recitals = preamble.children;
      [recitals[1], recitals[2]] = [recitals[2], recitals[1]];
    });
    expect(problems[0]).toEqual({
      file: "data/preamble.json",
      field: "children.1",
      message:
        'is recital "preamble__recital_2" but should be recital "preamble__recital_1" (the opening words naming the Parties are preamble__formula_1, recitals are numbered from 1 in order, and closing words ending with a colon are the next formula; see src/preamble.ts)',
    });
  });
});
