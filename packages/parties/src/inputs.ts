import { knownStateCodes } from "./data.js";
import { PartiesInputError } from "./errors.js";
import { isIsoDate, isoDateOfUtcDay } from "./iso-date.js";
import type { IsoDate } from "./types.js";

/** A date argument: an ISO 8601 calendar date string (`2025-12-01`) or a Date (its UTC day is used). */
export type DateInput = string | Date;

export function describeValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? "an invalid Date" : `the Date ${value.toISOString()}`;
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return "an array";
  return `${typeof value === "object" ? "an object" : `the ${typeof value} ${String(value)}`}`;
}

/**
 * Normalises a State code: two ASCII letters, either case ("lv" is Latvia); it must be an assigned
 * ISO 3166-1 alpha-2 code or XK (Kosovo). Anything else throws, so no input is answered as another State.
 */
export function toStateCode(value: unknown, fn: string, field = "code"): string {
  if (typeof value !== "string") {
    throw new PartiesInputError(
      "invalid-state-code",
      field,
      value,
      `${fn}: ${field} must be a string with a two-letter State code such as "LV", received ${describeValue(value)}`,
    );
  }
  if (!/^([A-Za-z]{2}|[A-Za-z]{4})$/.test(value)) {
    throw new PartiesInputError(
      "invalid-state-code",
      field,
      value,
      `${fn}: ${field} must be two letters (an ISO 3166-1 alpha-2 code, or XK for Kosovo), received ${describeValue(value)}`,
    );
  }
  const code = value.toUpperCase();
  if (!knownStateCodes.has(code)) {
    throw new PartiesInputError(
      "unknown-state-code",
      field,
      value,
      `${fn}: ${field} ${describeValue(value)} is not the ISO 3166-1 alpha-2 code of any State (nor XK, used for Kosovo)`,
    );
  }
  return code;
}

export function toIsoDate(value: unknown, fn: string, field = "date"): IsoDate {
  if (value instanceof Date) {
    const day = isoDateOfUtcDay(value);
    if (day === undefined) {
      throw new PartiesInputError(
        "invalid-date",
        field,
        value,
        `${fn}: ${field} is an invalid Date or outside years 0001–9999`,
      );
    }
    return day;
  }
  if (typeof value !== "string") {
    throw new PartiesInputError(
      "invalid-date",
      field,
      value,
      `${fn}: ${field} must be an ISO 8601 date string such as "2025-12-01" (or a Date), received ${describeValue(value)}`,
    );
  }
  if (!isIsoDate(value)) {
    throw new PartiesInputError(
      "invalid-date",
      field,
      value,
      `${fn}: ${field} ${describeValue(value)} is not a real calendar date written YYYY-MM-DD (e.g. "2025-12-01")`,
    );
  }
  return value;
}
