import { describe, expect, it } from "vitest";
import { problemsWith } from "../helpers/data-copy.js";

type Meta = { openedForSignature: { date: { value: string }; lastDay: { value: string } } };

describe("rule signature-period", () => {
  it("names a last day of signature before the opening", () => {
    let opened = "";
    const problems = problemsWith<Meta>("meta.json", (meta) => {
      opened = meta.openedForSignature.date.value;
      meta.openedForSignature.lastDay.value = "2000-01-01";
    });
    expect(problems).toEqual([
      {
        file: "data/meta.json",
        field: "openedForSignature.lastDay.value",
        message: `2000-01-01 is before the opening on ${opened}; check both dates against their sources`,
      },
    ]);
  });
});
