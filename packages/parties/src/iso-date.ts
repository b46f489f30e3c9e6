import { isIsoDate as isCalendarDate } from "@lhc/convention/iso-date";
import type { IsoDate } from "./types.js";

/**
 * True when `value` is `YYYY-MM-DD` and names a day that exists in the calendar (no 2025-02-30). The
 * check is @lhc/convention's (a dependency of this package), so every package checks dates alike.
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return isCalendarDate(value);
}

/** The UTC calendar day of a Date as `YYYY-MM-DD`, or `undefined` for an invalid Date. */
export function isoDateOfUtcDay(date: Date): IsoDate | undefined {
  const time = date.getTime();
  if (Number.isNaN(time)) return undefined;
  const iso = date.toISOString();
  // Years beyond 9999 print as "+010000-…", which is no IsoDate.
  const day = iso.slice(0, 10);
  return isIsoDate(day) ? day : undefined;
}
