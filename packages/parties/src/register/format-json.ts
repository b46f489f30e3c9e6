/**
 * JSON as the repository's formatter (Biome, line width 110) writes the data files: objects one field a
 * line, an array of plain values on one line when it fits. A file the update rewrites therefore differs
 * from the old one only where the data does.
 */
const LINE_WIDTH = 110;

export function formatJson(value: unknown): string {
  return `${format(value, "", 0)}\n`;
}

function format(value: unknown, indent: string, prefixWidth: number): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const inner = `${indent}  `;
    if (value.every((item) => item === null || typeof item !== "object")) {
      const oneLine = `[${value.map((item) => JSON.stringify(item)).join(", ")}]`;
      // prefixWidth: the indentation and `"key": ` before the value; the trailing comma may follow.
      if (prefixWidth + oneLine.length + 1 <= LINE_WIDTH) return oneLine;
    }
    return `[\n${value.map((item) => `${inner}${format(item, inner, inner.length)}`).join(",\n")}\n${indent}]`;
  }
  if (value && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    const inner = `${indent}  `;
    return `{\n${entries
      .map(([key, item]) => {
        const prefix = `${inner}${JSON.stringify(key)}: `;
        return `${prefix}${format(item, inner, prefix.length)}`;
      })
      .join(",\n")}\n${indent}}`;
  }
  return JSON.stringify(value);
}
