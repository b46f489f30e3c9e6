import { type ReactNode, useId, useMemo, useState } from "react";
import type { FieldRow } from "../../plugins/lhc-data/types";
import { FilterBar, SearchFilter } from "./TableFilters";

/** The width of each column, in order (the table has a fixed layout). */
const COLUMN_WIDTHS = [
  ["path", "26%"],
  ["type", "14%"],
  ["required", "9%"],
  ["limits", "11%"],
  ["description", "26%"],
  ["basis", "14%"],
] as const;

/** The fields of one request type, filterable by path or description and by whether they are required. */
export default function FieldsTable({ rows, title }: { rows: FieldRow[]; title: string }): ReactNode {
  const requiredId = useId();
  const [query, setQuery] = useState("");
  const [requiredOnly, setRequiredOnly] = useState(false);
  const visible = useMemo(() => {
    const needle = query.trim().toLowerCase();
    return rows.filter(
      (row) =>
        (!requiredOnly || row.required) &&
        (needle === "" ||
          row.path.toLowerCase().includes(needle) ||
          (row.description ?? "").toLowerCase().includes(needle) ||
          row.basis.some((basis) => basis.toLowerCase().includes(needle))),
    );
  }, [rows, query, requiredOnly]);

  return (
    <>
      <FilterBar shown={visible.length} total={rows.length} noun="fields">
        <SearchFilter
          label="Filter by path, description or basis"
          value={query}
          onChange={setQuery}
          placeholder="e.g. requestingAuthority or UNTOC"
        />
        <input
          id={requiredId}
          type="checkbox"
          checked={requiredOnly}
          onChange={(event) => setRequiredOnly(event.target.checked)}
        />
        <label htmlFor={requiredId}>Required only</label>
      </FilterBar>
      <div className="lhc-table-scroll">
        <table className="lhc-table lhc-fields">
          <caption className="sr-only">Fields of the {title}</caption>
          <colgroup>
            {COLUMN_WIDTHS.map(([column, width]) => (
              <col key={column} style={{ width }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Field path</th>
              <th scope="col">Type</th>
              <th scope="col">Required</th>
              <th scope="col">Limits</th>
              <th scope="col">Description</th>
              <th scope="col">Legal basis</th>
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => (
              <tr key={row.path}>
                <th scope="row">
                  <code>{row.path}</code>
                </th>
                <td>
                  <code>{row.type}</code>
                </td>
                <td>{row.required ? "required" : "optional"}</td>
                <td>{row.limits.join("; ")}</td>
                <td>{row.description ?? ""}</td>
                <td>{row.basis.join("; ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
