import { describe, expect, it } from "vitest";
import { type Json, problemsWith } from "../helpers/data-copy.js";

describe("rule one-record-per-source", () => {
  it("names a second record of one URL and the id to cite instead", () => {
    let first: Json = {};
    const problems = problemsWith<Json[]>("sources.json", (sources) => {
      first = sources[0] as Json;
      sources.push({ ...first, id: "S999" });
    });
    expect(problems).toEqual([
      {
        file: "data/sources.json",
        field: `${problems[0]?.field.split(".")[0]}.url`,
        message: `is already the URL of ${first.id}; cite ${first.id} instead of a second record`,
      },
    ]);
  });
});
