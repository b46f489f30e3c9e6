export type PathSegment = string | number;

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/u;

/** A member name inside single quotes, escaped as RFC 9535 requires. */
function escapeName(name: string): string {
  let out = "";
  for (const char of name) {
    const code = char.charCodeAt(0);
    if (char === "\\" || char === "'") out += `\\${char}`;
    else if (code < 0x20) out += `\\u${code.toString(16).padStart(4, "0")}`;
    else out += char;
  }
  return out;
}

/** JSONPath (RFC 9535 normalized form, dot shorthand for plain names): $.measures[0].type */
export function toJsonPath(segments: readonly PathSegment[]): string {
  let out = "$";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else if (identifier.test(s)) out += `.${s}`;
    else out += `['${escapeName(s)}']`;
  }
  return out;
}

/** RFC 6901 JSON Pointer, the form ajv reports as instancePath: /measures/0/type */
export function toJsonPointer(segments: readonly PathSegment[]): string {
  return segments.map((s) => `/${String(s).replace(/~/gu, "~0").replace(/\//gu, "~1")}`).join("");
}

/** The path as a case officer reads it: measures[0].type, or "the request" at the root. */
export function toLabel(segments: readonly PathSegment[]): string {
  if (segments.length === 0) return "the request";
  return toJsonPath(segments).slice(1).replace(/^\./u, "");
}
