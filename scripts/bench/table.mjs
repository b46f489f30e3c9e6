// One plain-text table for all results; ratios make runs on a noisy machine comparable.
export function renderTable(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? "").length)));
  const line = (cells) =>
    cells
      .map((c, i) => String(c ?? "").padEnd(widths[i]))
      .join(" │ ")
      .trimEnd();
  return [line(headers), widths.map((w) => "─".repeat(w)).join("─┼─"), ...rows.map(line)].join("\n");
}

/** The same table in Markdown, for pasting figures into documentation. */
export function renderMarkdownTable(headers, rows) {
  const cell = (c) => String(c ?? "").replaceAll("|", "\\|");
  return [headers, headers.map(() => "---"), ...rows].map((r) => `| ${r.map(cell).join(" | ")} |`).join("\n");
}

export const ms = (value) => `${value.toFixed(1)} ms`;
export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
export const opsPerSecond = (value) => `${Math.round(value).toLocaleString("en-US")} ops/s`;
export const ratio = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : "–");

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
