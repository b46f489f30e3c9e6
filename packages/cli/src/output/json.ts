/** Pretty-printed JSON followed by a newline, so that output ends cleanly in a terminal. */
export function renderJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
