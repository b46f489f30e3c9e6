import { describe, expect, it } from "vitest";
import { problemsWith } from "../helpers/data-copy.js";

describe("rule eid-grammar", () => {
  it("names a child whose eId does not match its type and number, with the eId to write", () => {
    const problems = problemsWith("provisions/art_8.json", (node) => {
      const [first] = node.children as Array<{ eId: string }>;
      if (first) first.eId = "art_8__para_4";
    });
    expect(problems).toEqual([
      {
        file: "data/provisions/art_8.json",
        field: "(root).children.0",
        message: 'eId "art_8__para_4" does not match its type and num "3"; expected "art_8__para_3"',
      },
    ]);
  });
});
