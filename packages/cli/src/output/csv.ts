import { stringify } from "csv-stringify/sync";

/** RFC 4180 CSV with a header row and CRLF line ends, as spreadsheet tools expect. */
export function renderCsv(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  return stringify([headers as string[], ...(rows as string[][])], { record_delimiter: "windows" });
}
