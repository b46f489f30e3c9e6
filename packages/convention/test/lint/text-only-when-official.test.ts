import { describe, expect, it } from "vitest";
import { problemsWith } from "../helpers/data-copy.js";

describe("rule text-only-when-official", () => {
  it("refuses text on a node that is not from an official source, naming the fix", () => {
    const problems = problemsWith("provisions/art_1.json", (node) => {
      node.text = { en: { value: "to facilitate international cooperation", complete: false } };
    });
    expect(problems).toEqual([
      {
        file: "data/provisions/art_1.json",
        field: "(root)",
        message:
          'text is set but provenance.status is "secondary"; only text seen in an official source may be published as text (use "subject" for a paraphrase, or set text to null)',
      },
    ]);
  });
});
