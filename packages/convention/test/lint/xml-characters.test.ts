import { describe, expect, it } from "vitest";
import { problemsWith } from "../helpers/data-copy.js";

describe("rule xml-characters", () => {
  it("names a character XML 1.0 forbids, where it is, and the fix", () => {
    const problems = problemsWith<{ subject: { paraphrase: string } }>("provisions/art_1.json", (node) => {
      node.subject.paraphrase = `Purpose\u0001`;
    });
    expect(problems).toEqual([
      {
        file: "data/provisions/art_1.json",
        field: "(root).subject.paraphrase",
        message:
          "holds U+0001 at character 8, which XML 1.0 does not allow in a document (§2.2, production Char); remove it: no official text holds one",
      },
    ]);
  });
});
