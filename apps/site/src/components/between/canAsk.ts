// Apart from BetweenAnswer, so that a page can ask it without loading the parties data with the answer.
import { isIsoDate } from "@lhc/convention/iso-date";

const STATE_CODE = /^[A-Z]{2}$/;

/** Whether the question can be asked yet: two different State codes and a calendar date. */
export function canAsk(a: unknown, b: unknown, on: unknown): boolean {
  return (
    typeof a === "string" &&
    typeof b === "string" &&
    typeof on === "string" &&
    STATE_CODE.test(a) &&
    STATE_CODE.test(b) &&
    a !== b &&
    isIsoDate(on)
  );
}
