/**
 * The annex letters are written once, in @lhc/convention's data (`meta.annexLetters`, with G inferred);
 * @lhc/parties checks its schema against that list, and this package, which reads both, checks that the
 * request schemas offer the same letters, so that a request never cites an annex the parties' data
 * cannot hold, or the reverse.
 */
import { annexLetterSchema } from "@lhc/parties/schema";
import { annexLetters } from "@lhc/requests";
import { describe, expect, it } from "vitest";

describe("annex letters", () => {
  it("are the same in @lhc/requests and @lhc/parties", () => {
    expect([...annexLetters]).toEqual(annexLetterSchema.options);
  });
});
