/**
 * RFC 4180 CSV with a header row and CRLF line ends, as spreadsheet tools expect. csv-stringify is
 * loaded on use, so that every other command starts without it.
 */
export async function renderCsv(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): Promise<string> {
  const { stringify } = await import("csv-stringify/sync");
  return stringify([headers as string[], ...(rows as string[][])], { record_delimiter: "windows" });
}
