import { describe, expect, it } from "vitest";
import { problemsWith } from "../helpers/data-copy.js";

describe("rule official-status", () => {
  it("refuses an official status that rests only on secondary sources", () => {
    const problems = problemsWith("provisions/art_81.json", (node) => {
      (node.provenance as { status: string }).status = "official";
    });
    expect(problems).toEqual([
      {
        file: "data/provisions/art_81.json",
        field: "(root).provenance.status",
        message:
          'is "official" but none of its sources (S7) is of kind "official"; cite an official source or lower the status',
      },
    ]);
  });
});
