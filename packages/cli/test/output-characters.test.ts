import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { examples, lhcInProcess } from "./run-lhc.js";

type CliModule = typeof import("../src/index.js");
const { ExitCode }: CliModule = await import(new URL("../dist/index.js", import.meta.url).href);

// XML 1.0 §2.2 production Char, restated so that the test does not trust the module it checks.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the rule is about exactly these characters.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/u;

const lhcWith = (argv: string[], stdin: string) => lhcInProcess(argv, { readStdin: async () => stdin });

describe("lhc's output never holds a character XML 1.0 forbids", () => {
  it("render leaves them out of the letter and says which, from which value", async () => {
    const request = JSON.parse(readFileSync(examples("valid")[0] as string, "utf8"));
    // The last string of the example that these characters keep valid: a free-text field, not a code.
    const { validateRequest } = await import("@lhc/requests");
    const dirty = (text: string) => `${text}\u0000\u001B[31m\uFFFF`;
    const paths: Array<Array<string | number>> = [];
    const collect = (value: unknown, at: Array<string | number>) => {
      if (typeof value === "string") paths.push(at);
      else if (value && typeof value === "object")
        for (const [k, v] of Object.entries(value)) collect(v, [...at, Array.isArray(value) ? Number(k) : k]);
    };
    collect(request, []);
    const edited = (at: Array<string | number>) => {
      const copy = structuredClone(request);
      let parent = copy;
      for (const segment of at.slice(0, -1)) parent = parent[segment];
      parent[at.at(-1) as string] = dirty(parent[at.at(-1) as string]);
      return copy;
    };
    const path = paths.reverse().find((at) => validateRequest(edited(at)).success);
    expect(path).toBeDefined();
    const jsonPath = `$${(path as Array<string | number>).map((s) => (typeof s === "number" ? `[${s}]` : `.${s}`)).join("")}`;
    const stdin = JSON.stringify(edited(path as Array<string | number>));
    for (const format of ["md", "html"]) {
      const result = await lhcWith(["render", "-", "--format", format], stdin);
      expect(result.code, result.stderr).toBe(ExitCode.ok);
      expect(result.stdout).not.toMatch(FORBIDDEN);
      expect(result.stdout).toContain("[31m");
      expect(result.stderr).toBe(
        `lhc: note: the letter leaves out characters XML 1.0 does not allow in a document: U+0000, U+001B, U+FFFF in ${jsonPath}\n`,
      );
    }
  });

  it("other text shows them as \\u escapes, which keep JSON output the same data", async () => {
    // A State code is echoed in the refusal; raw, an escape character would act on the terminal.
    const party = await lhcWith(["party", "L\u001b[31mV"], "");
    expect(party.code).toBe(ExitCode.usage);
    expect(party.stderr).not.toMatch(FORBIDDEN);
    expect(party.stderr).toContain('code "L\\u001b[31mV" is not a State');
    // JSON output: a request with U+FFFF in a field name is refused and the name echoed; it parses back the same.
    const request = JSON.parse(readFileSync(examples("valid")[0] as string, "utf8"));
    request["note\uFFFF"] = 1;
    const validated = await lhcWith(["validate", "-", "--format", "json"], JSON.stringify(request));
    expect(validated.code).toBe(ExitCode.invalid);
    expect(validated.stdout).not.toMatch(FORBIDDEN);
    expect(validated.stdout).toContain("note\\uffff");
    expect(JSON.parse(validated.stdout).results[0].issues[0].pathSegments).toEqual(["note\uFFFF"]);
  });
});
