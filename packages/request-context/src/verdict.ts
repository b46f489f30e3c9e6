/**
 * One verdict for a request, in words a case officer acts on: whether it can be sent, what to check
 * before sending it, or why it cannot be sent as it stands. Pure: it reads the schema result and the
 * findings it is given, and loads nothing, so the site, the CLI and any caller print the same verdict.
 */
import type { ContextFinding, FindingCode, RequestContextReport } from "./findings.js";

/** `ready`: nothing to check; `check`: valid, with points to check; `cannot-send`: it cannot go as it stands. */
export type VerdictKind = "ready" | "check" | "cannot-send";

/** A schema issue as `@lhc/requests` reports it (only what the verdict reads). */
export interface VerdictSchemaIssue {
  /** JSONPath of the field, e.g. `$.requestedState`. */
  path: string;
  code: string;
  message: string;
}

/** One thing to fix or to check, with what to do about it. */
export interface VerdictPoint {
  /** Where the point comes from: the request schemas, or the treaty relations (`@lhc/request-context`). */
  source: "schema" | "context";
  /** The schema issue's code or the finding's code. */
  code: string;
  /** JSONPath of the field concerned; absent for the request as a whole. */
  path?: string;
  /** What is wrong or uncertain: the issue's or finding's own message. */
  problem: string;
  /** What to do about it, in one sentence. */
  action: string;
}

export interface RequestVerdict {
  kind: VerdictKind;
  /** "Ready to send", "Valid — 2 points to check before sending" or "Cannot be sent as it stands". */
  title: string;
  /** One sentence on what the verdict rests on. */
  summary: string;
  /** Empty when `kind` is `ready`; the points to fix (`cannot-send`) or to check (`check`), most serious first. */
  points: VerdictPoint[];
}

export interface RequestVerdictInput {
  /** The issues `validateRequest` reported; empty (or absent) when the request is valid. */
  issues?: readonly VerdictSchemaIssue[];
  /** The report of `checkRequestContext` for the request; `null` or absent when it was not checked. */
  report?: RequestContextReport | null;
}

/** What to do about each finding that is not merely information. */
const ACTIONS: Readonly<Record<FindingCode, string>> = {
  "unknown-state": "Correct the State: give the code of a State (ISO 3166-1 alpha-2, or XK for Kosovo).",
  "not-a-signatory":
    "Send the request on another legal basis (a treaty both States are bound by, or reciprocity): the Convention does not bind this State.",
  "same-state": "Correct the requesting or the requested State: they must be two different States.",
  "convention-applies": "Nothing to do.",
  "convention-applies-unverified":
    "Before relying on the Convention, confirm with the depositary's records or the requested State's central authority that it is in force for both States on the date.",
  "convention-not-shown-to-apply":
    "Confirm whether the Convention is in force for both States on the date (depositary's records); if it is not, send the request on another legal basis or once it is in force.",
  "convention-provisionally-applied":
    "Before relying on the Convention, confirm with the requested State's central authority that it applies the Part concerned provisionally and accepts the request on that basis; otherwise send it on another legal basis.",
  "convention-does-not-apply":
    "Send the request on another legal basis (a treaty both States are bound by, or reciprocity): a recorded fact excludes the Convention between the two States on the date.",
  "annex-applies": "Nothing to do.",
  "annex-not-applicable":
    "Rely on another classification of the offence or another legal basis: the annex does not apply between the two States on the date.",
  "annex-not-accepted":
    "Classify the offence otherwise, or send the request on another legal basis: a State has not accepted this annex.",
  "annex-not-verified":
    "Confirm that both States accepted the annex (their declarations under Art. 2(2)) before relying on it.",
  "request-language-accepted": "Nothing to do.",
  "request-language-not-accepted":
    "Attach a translation into a language the requested State accepts, or confirm with its central authority that it accepts the request's language.",
  "request-translation-not-verified":
    "Confirm with the requested State's central authority that it accepts the request with the attached translation, or send the request in a language it accepts.",
  "central-authorities-designated": "Nothing to do.",
  "channel-not-central-authority":
    "Send the request through the requested State's central authority, or confirm with it that it accepts this channel.",
  "declarations-not-verified":
    "Read the requested State's reservations and declarations in the depositary's records before sending; they may bear on the request.",
  "declaration-text-incomplete":
    "Read the full text of the declaration in the depositary's records; the part not known may bear on the request.",
};

/** What to do about one finding (the finding's message says what is wrong). */
export function findingAction(code: FindingCode): string {
  return ACTIONS[code];
}

const SCHEMA_ACTION = "Correct this field as the message says, then check the request again.";

/** "1 point", "2 points". */
function points(count: number): string {
  return `${count} ${count === 1 ? "point" : "points"}`;
}

function fromFinding(finding: ContextFinding): VerdictPoint {
  return {
    source: "context",
    code: finding.code,
    ...(finding.path === undefined ? {} : { path: finding.path }),
    problem: finding.message,
    action: ACTIONS[finding.code],
  };
}

/**
 * The verdict on a request: "Cannot be sent as it stands" when the schemas reject it, or when a finding
 * is an error (a recorded fact positively excludes the request); "Valid — N points to check before
 * sending" for each warning; otherwise "Ready to send". Information findings never count as points.
 */
export function requestVerdict({ issues = [], report = null }: RequestVerdictInput): RequestVerdict {
  if (issues.length > 0) {
    return {
      kind: "cannot-send",
      title: "Cannot be sent as it stands",
      summary: `The request does not meet the request schema: ${issues.length} ${issues.length === 1 ? "field needs" : "fields need"} correcting.`,
      points: issues.map((issue) => ({
        source: "schema",
        code: issue.code,
        path: issue.path,
        problem: issue.message,
        action: SCHEMA_ACTION,
      })),
    };
  }
  const findings = report?.findings ?? [];
  const where = report ? ` on ${report.on} (data as of ${report.dataAsOf})` : "";
  const errors = findings.filter((finding) => finding.level === "error");
  if (errors.length > 0) {
    return {
      kind: "cannot-send",
      title: "Cannot be sent as it stands",
      summary: `The request meets the request schema, but the recorded treaty relations${where} exclude it as it stands: ${errors.length === 1 ? "1 problem" : `${errors.length} problems`} to resolve.`,
      points: errors.map(fromFinding),
    };
  }
  const warnings = findings.filter((finding) => finding.level === "warning");
  if (warnings.length > 0) {
    return {
      kind: "check",
      title: `Valid — ${points(warnings.length)} to check before sending`,
      summary: `The request meets the request schema; the recorded treaty relations${where} leave ${points(warnings.length)} to check.`,
      points: warnings.map(fromFinding),
    };
  }
  return {
    kind: "ready",
    title: "Ready to send",
    summary: report
      ? `The request meets the request schema, and the recorded treaty relations${where} leave nothing to check.`
      : "The request meets the request schema. Its treaty relations were not checked.",
    points: [],
  };
}
