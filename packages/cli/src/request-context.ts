import type { ContextFinding, RequestContextReport, RequestVerdict } from "@lhc/request-context";
import { findingAction } from "@lhc/request-context/verdict";

export type RequestContextModule = typeof import("@lhc/request-context");

/** Loaded on use, so that only `lhc validate --context` loads the parties data for it. */
export const loadRequestContext = (): Promise<RequestContextModule> => import("@lhc/request-context");

const MARK: Record<ContextFinding["level"], string> = { error: "✗", warning: "!", info: "i" };

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** The findings for one request, indented under its schema verdict; the words are the package's own. */
export function describeReport(report: RequestContextReport): string {
  const count = (level: ContextFinding["level"]) => report.findings.filter((f) => f.level === level).length;
  const errors = count("error");
  const warnings = count("warning");
  let out = `    Treaty relations on ${report.on} (data as of ${report.dataAsOf}): ${plural(errors, "error")}, ${plural(warnings, "warning")}, ${count("info")} info\n`;
  for (const finding of report.findings) {
    const where = finding.path ? ` at ${finding.path}` : "";
    out += `    ${MARK[finding.level]} ${finding.level}: ${finding.message} [${finding.code}${where}]\n`;
    if (finding.level !== "info") out += `        What to do: ${findingAction(finding.code)}\n`;
    for (const detail of finding.details) out += `        - ${detail}\n`;
    for (const basis of finding.basis) {
      out += `        basis (${basis.verified ? "verified" : "not verified"}): ${basis.label}\n`;
    }
  }
  return out;
}

/** The verdict (`requestVerdict`), indented under the schema verdict: its title, then what it rests on. */
export function describeVerdict(verdict: RequestVerdict): string {
  return `    ${verdict.title}. ${verdict.summary}\n`;
}
