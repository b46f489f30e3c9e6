import { CliError } from "./errors.js";

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0–99 to 1900–1999; setting the year again undoes that.
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Accepts a real calendar date written YYYY-MM-DD and returns it unchanged; anything else (such
 * as 2025-02-30 or 28/08/2025) is a usage error naming the option.
 */
export function parseIsoDate(text: string, option: string): string {
  const match = isoDate.exec(text);
  if (match && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) return text;
  throw new CliError(`${option} must be a real calendar date written YYYY-MM-DD, got "${text}"`);
}
