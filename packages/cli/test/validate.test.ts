import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { issueSentence, labelsFor } from "@lhc/letters/labels";
import { letterLanguages } from "@lhc/letters/languages";
import { requestTypes as packageRequestTypes } from "@lhc/requests";
import { type RequestIssue, validateAnyVersion } from "@lhc/requests/any-version";
import { describe, expect, it } from "vitest";
import { examples, isOneCleanLine, lhc, requestsDir } from "./run-lhc.js";

interface ManifestEntry {
  file: string;
  requestType: string;
  valid: boolean;
  expectedIssue?: { path: string; code: string };
}
const manifest: { examples: ManifestEntry[] } = JSON.parse(
  readFileSync(join(requestsDir, "examples", "index.json"), "utf8"),
);
const invalidExamples = manifest.examples.filter((e) => !e.valid);
const validFiles = examples("valid");
const mlaExample = validFiles.find((f) => f.includes("/mla-")) as string;
const scratch = mkdtempSync(join(tmpdir(), "lhc-cli-test-"));
const writeScratch = (name: string, text: string) => {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
};

describe("lhc validate", () => {
  it("offers every request type of @lhc/requests in --type", () => {
    const help = lhc(["validate", "--help"]).stdout;
    for (const requestType of packageRequestTypes) expect(help).toContain(requestType);
  });

  it("accepts every valid example of @lhc/requests with exit code 0", () => {
    expect(validFiles.length).toBeGreaterThanOrEqual(4);
    const result = lhc(["validate", ...validFiles]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    for (const file of validFiles) expect(result.stdout).toContain(`✓ ${file}: valid `);
  });

  it.each(invalidExamples)("rejects $file with exit code 1 and names its issue", (example) => {
    const file = join(requestsDir, "examples", example.file);
    const text = lhc(["validate", file]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(`✗ ${file}: invalid ${example.requestType} request (1 issue)`);
    expect(text.stdout).toContain(`[${example.expectedIssue?.code} at ${example.expectedIssue?.path}]`);

    const json = lhc(["validate", "--format", "json", file]);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report.valid).toBe(false);
    expect(report.results[0].issues).toEqual([expect.objectContaining(example.expectedIssue)]);
  });

  it("exits 1 when one file of several is invalid, and reports each", () => {
    const invalid = join(requestsDir, "examples", (invalidExamples[0] as ManifestEntry).file);
    const result = lhc(["validate", "--format", "json", mlaExample, invalid]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.results.map((r: { valid: boolean }) => r.valid)).toEqual([true, false]);
  });

  it("reads standard input for -", () => {
    const result = lhc(["validate", "-"], { input: readFileSync(mlaExample, "utf8") });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("✓ standard input: valid mla request (schema version 0.1)\n");
  });

  it("checks every file as the --type given, whatever the file says", () => {
    const result = lhc(["validate", "--type", "extradition", "--format", "json", mlaExample]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).results[0].requestType).toBe("extradition");
  });

  it("reports input that is not a request object as invalid (exit 1)", () => {
    const result = lhc(["validate", "-"], { input: "[]" });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("the request must be a JSON object");
  });

  it("reports malformed JSON in one line with its position (exit 2)", () => {
    const file = writeScratch("broken.json", '{\n  "requestType": "mla",\n  "schemaVersion": \n}');
    const result = lhc(["validate", file]);
    expect(result.code).toBe(2);
    expect(isOneCleanLine(result.stderr)).toBe(true);
    expect(result.stderr).toMatch(new RegExp(`^lhc: ${file} is not valid JSON`));
    expect(result.stdout).toBe("");
  });

  it("reports empty standard input (exit 2)", () => {
    const result = lhc(["validate", "-"], { input: "" });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("lhc: standard input is not valid JSON: the input is empty\n");
  });

  it("reports a missing file in one line and still checks the others (exit 2)", () => {
    const result = lhc(["validate", join(scratch, "missing.json"), mlaExample]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`lhc: cannot read ${join(scratch, "missing.json")}: no such file\n`);
    expect(result.stdout).toContain(`✓ ${mlaExample}: valid mla request`);
  });

  it("records an unreadable file in the JSON report", () => {
    const result = lhc(["validate", "--format", "json", scratch]);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout).results[0]).toMatchObject({
      file: scratch,
      valid: false,
      error: `cannot read ${scratch}: it is a directory, not a file`,
    });
  });

  it.each([
    [["validate", "--type", "asylum", "x.json"], "argument 'asylum' is invalid"],
    [["validate", "--format", "xml", "x.json"], "argument 'xml' is invalid"],
    [["validate", "-", "-"], '"-" (standard input) can be given only once'],
    [["validate"], "missing required argument 'file'"],
  ])("treats %j as a usage error (exit 2)", (args, message) => {
    const result = lhc(args);
    expect(result.code).toBe(2);
    expect(isOneCleanLine(result.stderr)).toBe(true);
    expect(result.stderr).toContain(message);
  });
});

// Version 1 of the data model: files that say `"schemaVersion": "1.0"` are checked by @lhc/requests/v1.
const manifestV1: { schemaVersion: string; examples: ManifestEntry[] } = JSON.parse(
  readFileSync(join(requestsDir, "examples", "v1", "index.json"), "utf8"),
);
const v1File = (entry: ManifestEntry) => join(requestsDir, "examples", "v1", entry.file);
const validV1 = manifestV1.examples.filter((e) => e.valid);
const invalidV1 = manifestV1.examples.filter((e) => !e.valid);

describe("lhc validate, version 1", () => {
  it("accepts every valid version-1 example, says the version it checked, with exit code 0", () => {
    expect(validV1.length).toBeGreaterThan(0);
    const files = validV1.map(v1File);
    const text = lhc(["validate", ...files]);
    expect(text.stderr).toBe("");
    expect(text.code).toBe(0);
    for (const [i, entry] of validV1.entries()) {
      expect(text.stdout).toContain(
        `✓ ${files[i]}: valid ${entry.requestType} request (schema version ${manifestV1.schemaVersion})\n`,
      );
    }
    const json = JSON.parse(lhc(["validate", "--format", "json", ...files]).stdout);
    expect(json.valid).toBe(true);
    expect(json.results.map((r: { requestType: string }) => r.requestType)).toEqual(
      validV1.map((e) => e.requestType),
    );
    for (const result of json.results) expect(result.schemaVersion).toBe(manifestV1.schemaVersion);
  });

  it.each(invalidV1)("rejects version-1 $file with exit code 1 and names the field and rule", (example) => {
    const file = v1File(example);
    const text = lhc(["validate", file]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(
      `✗ ${file}: invalid ${example.requestType} request (1 issue) against schema version ${manifestV1.schemaVersion}`,
    );
    expect(text.stdout).toContain(`[${example.expectedIssue?.code} at ${example.expectedIssue?.path}]`);

    const json = JSON.parse(lhc(["validate", "--format", "json", file]).stdout);
    expect(json.valid).toBe(false);
    expect(json.results[0].schemaVersion).toBe(manifestV1.schemaVersion);
    expect(json.results[0].issues).toEqual([expect.objectContaining(example.expectedIssue)]);
  });

  it("checks a version-1 file as the --type given", () => {
    const entry = validV1.find((e) => e.requestType === "mla") as ManifestEntry;
    const result = lhc(["validate", "--type", "extradition", "--format", "json", v1File(entry)]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).results[0]).toMatchObject({
      requestType: "extradition",
      schemaVersion: manifestV1.schemaVersion,
      valid: false,
    });
  });

  it("checks a valid version-1 request against the treaty relations with --context", () => {
    const entry = validV1[0] as ManifestEntry;
    const file = v1File(entry);
    const result = lhc(["validate", "--context", file]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe(
      `✓ ${file}: valid ${entry.requestType} request (schema version ${manifestV1.schemaVersion})`,
    );
    expect(result.stdout).toMatch(/\n {4}Treaty relations on \d{4}-\d{2}-\d{2} /);
  });
});

describe("lhc validate --language", () => {
  const issuesOf = (file: string): RequestIssue[] => {
    const result = validateAnyVersion(JSON.parse(readFileSync(file, "utf8")));
    if (result.success) throw new Error(`${file} is valid`);
    return result.issues;
  };
  const lines = (stdout: string) => stdout.split("\n").filter((line) => line.startsWith("    "));

  it.each(invalidV1)(
    "words each issue of version-1 $file in French, and without --language prints the messages as before",
    (example) => {
      const file = v1File(example);
      const issues = issuesOf(file);
      expect(issues.length).toBeGreaterThan(0);
      const french = labelsFor("fr");

      const worded = lhc(["validate", "--language", "fr", file]);
      expect(worded.code).toBe(1);
      expect(worded.stderr).toBe("");
      expect(lines(worded.stdout)).toEqual(
        issues.map((issue) => `    ${issueSentence(issue, french)} [${issue.code} at ${issue.path}]`),
      );

      const plain = lhc(["validate", file]);
      expect(plain.code).toBe(1);
      expect(lines(plain.stdout)).toEqual(
        issues.map((issue) => `    ${issue.message} [${issue.code} at ${issue.path}]`),
      );
      expect(lines(worded.stdout)).not.toEqual(lines(plain.stdout));
      // The verdict line above the issues is the same with or without the option.
      expect(worded.stdout.split("\n")[0]).toBe(plain.stdout.split("\n")[0]);
      // --format json is the same data either way.
      expect(lhc(["validate", "--language", "fr", "--format", "json", file]).stdout).toBe(
        lhc(["validate", "--format", "json", file]).stdout,
      );
    },
  );

  it("exits 2 on a language @lhc/letters has no labels for, naming the languages it has", () => {
    const result = lhc(["validate", "--language", "xx", v1File(invalidV1[0] as ManifestEntry)]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(isOneCleanLine(result.stderr)).toBe(true);
    expect(result.stderr).toContain("--language");
    expect(result.stderr).toContain(letterLanguages.join(", "));
  });
});
