import { describe, expect, it } from "vitest";
import { lintSourceFiles } from "../../src/lint/index.js";
import { only, parsed, withFile } from "../helpers/lint-data.js";

// Rule state-code (src/lint/rules/state-code.ts) on the real data, broken one way at a time.
describe("rule state-code", () => {
  it("must be an assigned ISO 3166-1 alpha-2 code", () => {
    const zz = structuredClone(parsed("data/states/LT.json"));
    zz.code = "ZZ";
    const problem = only(lintSourceFiles(withFile("data/states/ZZ.json", zz)));
    expect(problem.file).toBe("data/states/ZZ.json");
    expect(problem.field).toBe("code");
    expect(problem.message).toMatch(/not an assigned ISO 3166-1 alpha-2 code/);
  });

  it("a four-letter code must be a former country's ISO 3166-3 code", () => {
    const former = (code: string) => {
      const state = structuredClone(parsed("data/states/LT.json"));
      Object.assign(state, { code, codeKind: "iso-3166-3", codeNote: "a former State" });
      return lintSourceFiles(withFile(`data/states/${code}.json`, state));
    };
    expect(former("YUCS")).toEqual([]);
    const problem = only(former("ZZZZ"));
    expect(problem).toMatchObject({ file: "data/states/ZZZZ.json", field: "code" });
    expect(problem.message).toMatch(
      /not an ISO 3166-3 code of a former country; use the code ISO 3166-3 gives/,
    );
  });
});
