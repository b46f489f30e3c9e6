import { dataset, isIsoDate } from "@lhc/parties";
import type { Request } from "@lhc/requests";
import { checkAnnexes } from "./annexes.js";
import { checkApplicability } from "./applicability.js";
import type { CheckInput } from "./context.js";
import { checkRequestedStateDeclarations } from "./declarations.js";
import { RequestContextInputError } from "./errors.js";
import { type ContextFinding, levelRank, type RequestContextReport } from "./findings.js";
import { checkStates, readState } from "./states.js";

export interface CheckRequestContextOptions {
  /** The date to check the treaty relations on, `YYYY-MM-DD` or a Date (its UTC day); default: the request's `dateOfRequest`. */
  on?: string | Date;
}

function describe(value: unknown): string {
  return typeof value === "string"
    ? JSON.stringify(value)
    : value instanceof Date
      ? "an invalid Date"
      : typeof value;
}

function checkDate(request: Request, options: CheckRequestContextOptions): string {
  if (options === null || typeof options !== "object") {
    throw new RequestContextInputError(
      "options",
      options,
      `checkRequestContext: options must be an object such as { on: "2026-06-01" }, received ${describe(options)}`,
    );
  }
  const { on } = options;
  if (on === undefined) {
    const date: unknown = request?.dateOfRequest;
    if (typeof date === "string" && isIsoDate(date)) return date;
    throw new RequestContextInputError(
      "request.dateOfRequest",
      date,
      `checkRequestContext: the request's dateOfRequest must be a real calendar date written YYYY-MM-DD when options.on is not given, received ${describe(date)}; validate the request first`,
    );
  }
  if (on instanceof Date && !Number.isNaN(on.getTime())) {
    const day = on.toISOString().slice(0, 10);
    if (isIsoDate(day)) return day;
  }
  if (typeof on === "string" && isIsoDate(on)) return on;
  throw new RequestContextInputError(
    "options.on",
    on,
    `checkRequestContext: options.on must be a real calendar date written YYYY-MM-DD (e.g. "2026-06-01") or a valid Date, received ${describe(on)}`,
  );
}

/**
 * Checks a request that `validateRequest` accepts against the treaty relations it travels in, on
 * `options.on` (default: the request's `dateOfRequest`): whether the Convention applies between the
 * requesting and requested States, whether both accept the annex of each annex crime, and what the
 * requested State has declared about the language and channel of requests. Each finding names the facts
 * of `@lhc/parties` it rests on and whether they are verified. Never throws for a valid request; throws
 * `RequestContextInputError` for an invalid `options.on`.
 */
export function checkRequestContext(
  request: Request,
  options: CheckRequestContextOptions = {},
): RequestContextReport {
  const on = checkDate(request, options);
  const input: CheckInput = {
    request,
    on,
    requesting: readState(request.requestingState, "$.requestingState"),
    requested: readState(request.requestedState, "$.requestedState"),
  };
  const findings: ContextFinding[] = checkStates(input.requesting, input.requested);
  const requesting = input.requesting.party;
  const requested = input.requested.party;
  if (findings.length === 0 && requesting && requested) {
    findings.push(checkApplicability(input, requesting, requested));
    findings.push(...checkAnnexes(input, requesting, requested));
  }
  if (requested) findings.push(...checkRequestedStateDeclarations(input, requested));
  // Stable sort: most serious first, in the order of the checks within a level.
  findings.sort((a, b) => levelRank[a.level] - levelRank[b.level]);
  return { on, dataAsOf: dataset.asOf, findings };
}
