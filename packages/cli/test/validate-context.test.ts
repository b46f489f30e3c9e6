import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkRequestContext, findingAction, requestVerdict } from "@lhc/request-context";
import { describe, expect, it } from "vitest";
import { examples, isOneCleanLine, lhc, requestsDir } from "./run-lhc.js";

const scratch = mkdtempSync(join(tmpdir(), "lhc-cli-context-"));
const annexExample = JSON.parse(
  readFileSync(join(requestsDir, "examples", "valid", "mla-other-forms-of-assistance.json"), "utf8"),
);
// Latvia to the Netherlands on 2026-06-01: the Netherlands has no entry into force published.
const latviaToNetherlands = {
  ...annexExample,
  requestingState: "LV",
  requestedState: "NL",
  dateOfRequest: "2026-06-01",
};
const file = join(scratch, "lv-nl.json");
writeFileSync(file, JSON.stringify(latviaToNetherlands));
const invalid = examples("invalid")[0] as string;

describe("lhc validate --context", () => {
  it("prints the one verdict, then the findings with what to do, in the package's words, and keeps exit code 0", () => {
    const result = lhc(["validate", "--context", file]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const report = checkRequestContext(latviaToNetherlands);
    const verdict = requestVerdict({ report });
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe(`✓ ${file}: valid mla request (schema version 0.1)`);
    expect(lines[1]).toBe(`    ${verdict.title}. ${verdict.summary}`);
    expect(lines[2]).toMatch(
      /^ {4}Treaty relations on 2026-06-01 \(data as of \d{4}-\d{2}-\d{2}\): 0 errors, \d+ warnings?, \d+ info$/,
    );
    for (const finding of report.findings) {
      expect(result.stdout).toContain(`${finding.level}: ${finding.message} [${finding.code}`);
      for (const basis of finding.basis) expect(result.stdout).toContain(basis.label);
      if (finding.level !== "info")
        expect(result.stdout).toContain(`What to do: ${findingAction(finding.code)}`);
    }
    // The Netherlands applies Part III (MLA) provisionally: a warning, never an error.
    expect(result.stdout).toContain("[convention-provisionally-applied]");
  });

  it("--strict exits 1 when a finding is a warning or an error", () => {
    const result = lhc(["validate", "--context", "--strict", file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`✓ ${file}: valid mla request`);
  });

  it("--format json adds each request's findings, and null for a request that is not valid", () => {
    const result = lhc(["validate", "--context", "--on", "2025-12-01", "--format", "json", file, invalid]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.results[0].context).toEqual(
      JSON.parse(JSON.stringify(checkRequestContext(latviaToNetherlands, { on: "2025-12-01" }))),
    );
    expect(report.results[0].context.on).toBe("2025-12-01");
    expect(report.results[1]).toMatchObject({
      valid: false,
      context: null,
      verdict: { kind: "cannot-send", title: "Cannot be sent as it stands" },
    });
    expect(report.results[0].verdict).toEqual(
      JSON.parse(JSON.stringify(requestVerdict({ report: report.results[0].context }))),
    );
  });

  it("leaves the output of validate alone without --context", () => {
    const result = lhc(["validate", "--format", "json", file]);
    expect(JSON.parse(result.stdout).results[0]).not.toHaveProperty("context");
    expect(lhc(["validate", file]).stdout).toBe(`✓ ${file}: valid mla request (schema version 0.1)\n`);
  });

  it.each([
    [["validate", "--strict", file], "--strict applies only with --context; add --context"],
    [["validate", "--on", "2026-01-01", file], "--on applies only with --context; add --context"],
    [
      ["validate", "--context", "--on", "2026-02-30", file],
      '--on must be a real calendar date written YYYY-MM-DD, got "2026-02-30"',
    ],
  ])("treats %j as a usage error (exit 2)", (args, message) => {
    const result = lhc(args);
    expect(result.code).toBe(2);
    expect(isOneCleanLine(result.stderr)).toBe(true);
    expect(result.stderr).toBe(`lhc: ${message}\n`);
  });
});
