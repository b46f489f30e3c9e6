import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { issueSentence, labelsFor } from "@lhc/letters/labels";
import { validateAnyVersion } from "@lhc/requests/any-version";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { examples, isOneCleanLine, lhc, requestsDir } from "./run-lhc.js";

const scratch = mkdtempSync(join(tmpdir(), "lhc-render-test-"));
const serviceExample = examples("valid").find((f) => f.includes("service-of-documents")) as string;
const request = JSON.parse(readFileSync(serviceExample, "utf8"));
const manifest: {
  examples: { file: string; valid: boolean; expectedIssue?: { path: string; code: string } }[];
} = JSON.parse(readFileSync(join(requestsDir, "examples", "index.json"), "utf8"));
const invalid = manifest.examples.find((e) => !e.valid) as {
  file: string;
  expectedIssue: { path: string; code: string };
};

describe("lhc render", () => {
  it("writes an HTML letter to standard output, in the request's language", () => {
    const result = lhc(["render", serviceExample, "--format", "html"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^<!doctype html>/);
    expect(result.stdout).toContain(`<html lang="${request.language}">`);
    expect(result.stdout).toContain("@media print");
    expect(result.stdout).toContain(request.measures[0].documents[0].sha256);
  });

  it("writes Markdown in the language asked for, with the comparable instruments in an annex", () => {
    const result = lhc(["render", serviceExample, "--format", "md", "--lang", "en", "--basis"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("\n# Request for mutual legal assistance\n");
    expect(result.stdout).toContain("\nDear Sir or Madam,\n");
    const annex = result.stdout.indexOf("\n## Annex — Provisions of comparable instruments (data model)\n");
    expect(annex).toBeGreaterThan(0);
    expect(result.stdout.indexOf("UNTOC art. 18")).toBeGreaterThan(annex);
  });

  it("writes the very letter the site previews (renderHtml and renderMarkdown of @lhc/letters)", async () => {
    const { renderHtml, renderMarkdown } = await import("@lhc/letters");
    // The fullest example, in both languages (each run starts the CLI, so one example is enough).
    const file = examples("valid").find((f) => f.includes("mla-full")) as string;
    const input = JSON.parse(readFileSync(file, "utf8"));
    for (const lang of ["en", "fr"]) {
      const html = lhc(["render", file, "--format", "html", "--lang", lang]);
      expect(html.stdout, lang).toBe(renderHtml(input, { language: lang }));
    }
    const md = lhc(["render", file, "--format", "md", "--basis"]);
    expect(md.stdout).toBe(renderMarkdown(input, { basis: true }));
  });

  it("writes a DOCX file with -o, and reads standard input", () => {
    const out = join(scratch, "letter.docx");
    const result = lhc(["render", "-", "--format", "docx", "-o", out], { input: JSON.stringify(request) });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const xml = strFromU8(unzipSync(readFileSync(out))["word/document.xml"] as Uint8Array);
    expect(xml).toContain(request.measures[0].addressee.name);
  });

  it("prints the issues of an invalid request, exits 1 and writes no file", () => {
    const out = join(scratch, "invalid.html");
    const result = lhc([
      "render",
      join(requestsDir, "examples", invalid.file),
      "--format",
      "html",
      "-o",
      out,
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("invalid request (1 issue); no letter written");
    expect(result.stderr).toContain(`[${invalid.expectedIssue.code} at ${invalid.expectedIssue.path}]`);
    expect(existsSync(out)).toBe(false);
  });

  it("renders a version-1 request, validated against version 1, as @lhc/letters does", async () => {
    const { renderMarkdown } = await import("@lhc/letters");
    const v1 = JSON.parse(readFileSync(join(requestsDir, "examples", "v1", "index.json"), "utf8")) as {
      examples: { file: string; valid: boolean; expectedIssue?: { path: string; code: string } }[];
    };
    const valid = v1.examples.find((e) => e.valid && e.file.includes("extradition-full")) as { file: string };
    const file = join(requestsDir, "examples", "v1", valid.file);
    const result = lhc(["render", file, "--format", "md", "--lang", "fr"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(renderMarkdown(JSON.parse(readFileSync(file, "utf8")), { language: "fr" }));
    const bad = v1.examples.find((e) => !e.valid) as {
      file: string;
      expectedIssue: { path: string; code: string };
    };
    const refused = lhc(["render", join(requestsDir, "examples", "v1", bad.file), "--format", "md"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`[${bad.expectedIssue.code} at ${bad.expectedIssue.path}]`);

    // With --lang, the issues are worded in the letter's language, as lhc validate --language words them.
    const badRequest = JSON.parse(readFileSync(join(requestsDir, "examples", "v1", bad.file), "utf8"));
    const checked = validateAnyVersion(badRequest);
    if (checked.success) throw new Error(`${bad.file} is valid`);
    const french = labelsFor("fr");
    const worded = lhc([
      "render",
      join(requestsDir, "examples", "v1", bad.file),
      "--format",
      "md",
      "--lang",
      "fr",
    ]);
    expect(worded.code).toBe(1);
    expect(worded.stdout).toBe("");
    expect(worded.stderr.split("\n").filter((line) => line.startsWith("    "))).toEqual(
      checked.issues.map((issue) => `    ${issueSentence(issue, french)} [${issue.code} at ${issue.path}]`),
    );
  });

  it.each([
    [["render", serviceExample], "--format"],
    [["render", serviceExample, "--format", "pdf"], "pdf"],
    [["render", serviceExample, "--format", "html", "--lang", "xx"], "--lang must be one of en"],
    [["render", serviceExample, "--format", "docx"], "-o FILE"],
    [["render", join(scratch, "missing.json"), "--format", "md"], "no such file"],
  ])("exits 2 on a usage error: %j", (args, message) => {
    const result = lhc(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(message);
    expect(isOneCleanLine(result.stderr)).toBe(true);
  });
});
