import { describe, expect, it } from "vitest";
import { toJsonPath, toJsonPointer } from "../src/index.js";

describe("issue paths", () => {
  it("writes JSONPath with dot names, indices and quoted odd names", () => {
    expect(toJsonPath([])).toBe("$");
    expect(toJsonPath(["measures", 0, "type"])).toBe("$.measures[0].type");
    expect(toJsonPath(["a b", "it's", "back\\slash", "line\nbreak"])).toBe(
      "$['a b']['it\\'s']['back\\\\slash']['line\\u000abreak']",
    );
  });

  it("writes RFC 6901 JSON Pointers, escaping ~ and /", () => {
    expect(toJsonPointer([])).toBe("");
    expect(toJsonPointer(["measures", 0, "a/b~c"])).toBe("/measures/0/a~1b~0c");
  });
});
