import type { RequestContextReport } from "@lhc/request-context";
import type { Locator } from "playwright-core";
import { expect } from "vitest";

/**
 * Checks that a page shows a request-context report's findings in the package's own words: the same
 * codes in the same order, each with its message and details. `findings` locates the finding elements
 * (`[data-finding-code]`) of one ContextFindings block.
 */
export async function expectFindingsShown(findings: Locator, report: RequestContextReport): Promise<void> {
  // The findings' code is loaded once a request is valid; they appear together.
  await findings.first().waitFor();
  await expect(
    findings.evaluateAll((items) => items.map((item) => item.getAttribute("data-finding-code"))),
  ).resolves.toEqual(report.findings.map((finding) => finding.code));
  const texts = await findings.allTextContents();
  report.findings.forEach((finding, i) => {
    expect(texts[i]).toContain(finding.message);
    for (const detail of finding.details) expect(texts[i]).toContain(detail);
  });
}
