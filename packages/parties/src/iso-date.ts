import type { IsoDate } from "./types.js";

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is `YYYY-MM-DD` and names a day that exists in the calendar (no 2025-02-30). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== "string") return false;
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear undoes that for four-digit inputs such as 0099.
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
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
