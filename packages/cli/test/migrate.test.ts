import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { issueSentence, labelsFor } from "@lhc/letters/labels";
import { migrate } from "@lhc/requests/migrate";
import { validateRequest } from "@lhc/requests/v1";
import { describe, expect, it } from "vitest";
import { examples, isOneCleanLine, lhc } from "./run-lhc.js";

const scratch = mkdtempSync(join(tmpdir(), "lhc-migrate-test-"));

describe("lhc migrate", () => {
  it.each(examples("valid").map((file) => [file]))("migrates %s to a valid version-1 request", (file) => {
    const result = lhc(["migrate", file]);
    expect(result.stderr).toMatch(/^✓ .*migrated to a valid version-1 request/u);
    expect(result.code).toBe(0);
    const migrated = JSON.parse(result.stdout);
    expect(migrated.schemaVersion).toBe("1.0");
    expect(validateRequest(migrated).success).toBe(true);
  });

  it("writes the request to -o FILE and reads standard input", () => {
    const file = examples("valid").find((f) => f.includes("extradition-full")) as string;
    const out = join(scratch, "v1.json");
    const result = lhc(["migrate", "-", "-o", out], { input: readFileSync(file, "utf8") });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("basisDecisions[0]");
    expect(JSON.parse(readFileSync(out, "utf8")).basisDecisions).toHaveLength(1);
  });

  it("writes the request but exits 1, naming what is missing, when version 1 needs more", () => {
    const file = examples("valid").find((f) => f.includes("service-of-documents")) as string;
    const request = JSON.parse(readFileSync(file, "utf8"));
    delete request.requestingAuthority.contact;
    const result = lhc(["migrate", "-"], { input: JSON.stringify(request) });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).schemaVersion).toBe("1.0");
    expect(result.stderr).toContain("missing: version 1 requires a telephone number or an e-mail address");
    expect(result.stderr).toContain("$.requestingAuthority.contact");
  });

  it("words what version 1 still needs in the --language given, after the same notes", () => {
    const file = examples("valid").find((f) => f.includes("service-of-documents")) as string;
    const request = JSON.parse(readFileSync(file, "utf8"));
    delete request.requestingAuthority.contact;
    const input = JSON.stringify(request);
    const plain = lhc(["migrate", "-"], { input });
    const worded = lhc(["migrate", "-", "--language", "fr"], { input });
    expect(worded.code).toBe(1);
    expect(worded.stdout).toBe(plain.stdout);
    const { issues } = migrate(request);
    expect(issues.length).toBeGreaterThan(0);
    const french = labelsFor("fr");
    for (const issue of issues) {
      expect(plain.stderr).toContain(`    ${issue.message} [${issue.code} at ${issue.path}]\n`);
      expect(worded.stderr).toContain(
        `    ${issueSentence(issue, french)} [${issue.code} at ${issue.path}]\n`,
      );
    }
    const notes = (stderr: string) => stderr.split("\n").filter((line) => !line.includes(" at $"));
    expect(notes(worded.stderr)).toEqual(notes(plain.stderr));
  });

  it("refuses a file that is not a valid version-0 request, with its issues", () => {
    const file = examples("invalid")[0] as string;
    const result = lhc(["migrate", file]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/not a valid version-0 request; nothing migrated/u);
  });

  it("reports an unreadable file in one line", () => {
    const result = lhc(["migrate", join(scratch, "missing.json")]);
    expect(result.code).toBe(2);
    expect(isOneCleanLine(result.stderr)).toBe(true);
  });
});
