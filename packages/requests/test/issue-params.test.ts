import { describe, expect, it } from "vitest";
import type { RequestIssue } from "../src/index.js";
import {
  limits,
  patternHintKeys,
  requestIssueCodes,
  requestRuleIds,
  requestTypes,
  validateRequest,
} from "../src/index.js";
import { getJsonSchema as getJsonSchemaV1, validateRequest as validateRequestV1 } from "../src/v1/index.js";
import { manifest, readJsonFile } from "./helpers.js";

const v1Manifest = readJsonFile("examples/v1/index.json") as typeof manifest;

/** Every issue validateRequest reports for the shipped invalid examples, of both versions. */
const exampleIssues: { file: string; issues: RequestIssue[] }[] = [
  ...manifest.examples
    .filter((example) => !example.valid)
    .map((example) => ({
      file: example.file,
      result: validateRequest(readJsonFile(`examples/${example.file}`)),
    })),
  ...v1Manifest.examples
    .filter((example) => !example.valid)
    .map((example) => ({
      file: `v1/${example.file}`,
      result: validateRequestV1(readJsonFile(`examples/v1/${example.file}`)),
    })),
].map(({ file, result }) => ({ file, issues: result.success ? [] : result.issues }));

const validV1 = readJsonFile("examples/v1/valid/mla-full-war-crimes-investigation.json") as Record<
  string,
  unknown
>;
const edited = (edit: (request: Record<string, unknown>) => void) => {
  const request = structuredClone(validV1);
  edit(request);
  return validateRequestV1(request);
};
const issuesOf = (result: ReturnType<typeof validateRequestV1>) => (result.success ? [] : result.issues);

/** What the sentence of an issue of each code needs, and that its params carry. */
function expectParamsFor(issue: RequestIssue, where: string): void {
  const p = issue.params;
  switch (issue.code) {
    case "invalid_type":
      expect(p?.expected, where).toBeTypeOf("string");
      expect(p?.received, where).toBeTypeOf("string");
      break;
    case "invalid_value":
      if (p?.rule === undefined) expect(p?.values?.length, where).toBeGreaterThan(0);
      break;
    case "invalid_format":
      expect(p?.format, where).toBeTypeOf("string");
      if (p?.format === "regex") expect(patternHintKeys, where).toContain(p.pattern);
      break;
    case "too_small":
    case "too_big":
      expect(p?.bound, where).toBeTypeOf("number");
      expect(["string", "array", "number"], where).toContain(p?.origin);
      break;
    case "rule":
      expect(requestRuleIds, where).toContain(p?.rule);
      break;
  }
  if (p?.rule !== undefined) expect(requestRuleIds, where).toContain(p.rule);
}

describe("issue params: what each issue's sentence is made of", () => {
  it("every invalid example's issues carry the params of their code, and a rule's stable id", () => {
    expect(exampleIssues.length).toBe(
      manifest.examples.filter((e) => !e.valid).length + v1Manifest.examples.filter((e) => !e.valid).length,
    );
    for (const { file, issues } of exampleIssues) {
      expect(issues.length, file).toBeGreaterThan(0);
      for (const issue of issues) expectParamsFor(issue, `${file} ${issue.path}`);
    }
    // The issues a rule between fields raises name it, including the "required" ones.
    const ruled = exampleIssues.flatMap(({ issues }) => issues).filter((issue) => issue.params?.rule);
    expect(ruled.length).toBeGreaterThan(0);
    expect(
      exampleIssues.flatMap(({ issues }) => issues).filter((i) => i.code === "rule" && !i.params?.rule),
    ).toEqual([]);
  });

  it("carries allowed values, bounds, formats and pattern keys exactly", () => {
    const issues = issuesOf(
      edited((r) => {
        r.channel = "carrier-pigeon";
        r.requestingState = "nl";
        r.dateOfRequest = "2026-13-01";
        r.purpose = "";
        r.otherInformation = "x".repeat(limits.longText + 1);
        r.measures = [];
        r.factsSummary = 5;
      }),
    );
    const at = (path: string) => issues.find((issue) => issue.path === path);
    const channels = (getJsonSchemaV1("mla") as { properties: { channel: { enum: string[] } } }).properties
      .channel.enum;
    expect(at("$.channel")?.params).toEqual({ values: channels });
    expect(at("$.requestingState")?.params).toEqual({ format: "regex", pattern: "country-code" });
    expect(at("$.dateOfRequest")?.params).toEqual({ format: "date" });
    expect(at("$.purpose")?.params).toEqual({ bound: 1, origin: "string" });
    expect(at("$.otherInformation")?.params).toEqual({ bound: limits.longText, origin: "string" });
    expect(at("$.measures")?.params).toEqual({ bound: 1, origin: "array" });
    expect(at("$.factsSummary")?.params).toEqual({ expected: "string", received: "number" });
    for (const issue of issues) expectParamsFor(issue, issue.path);
  });

  it("names the rules of version 1 that no example breaks: a duplicated id, the data-model version", () => {
    const duplicate = issuesOf(
      edited((r) => {
        const persons = r.persons as { id: string }[];
        (persons[1] as { id: string }).id = (persons[0] as { id: string }).id;
      }),
    ).find((issue) => issue.params?.rule === "duplicate-id");
    expect(duplicate?.params).toEqual({
      rule: "duplicate-id",
      value: (validV1.persons as { id: string }[])[0]?.id,
      collection: ["persons"],
    });
    const version = issuesOf(validateRequestV1({ ...validV1, schemaVersion: "0.1" }))[0];
    expect(version?.params).toEqual({ rule: "schema-version", value: "0.1", values: ["1.0"] });
    expect(version?.code).toBe("invalid_value");
  });

  it("keeps the JSON shape: an issue the code alone explains has no params key", () => {
    const required = issuesOf(edited((r) => delete r.purpose)).find((issue) => issue.path === "$.purpose");
    expect(required?.code).toBe("required");
    expect(Object.keys(required ?? {})).toEqual([
      "path",
      "pathSegments",
      "pointer",
      "code",
      "message",
      "basis",
    ]);
    const unknownType = validateRequest({ requestType: "letter-rogatory" });
    expect(unknownType.success ? [] : unknownType.issues[0]?.params).toEqual({ values: [...requestTypes] });
    expect(requestIssueCodes).toContain("unknown_request_type");
  });
});
