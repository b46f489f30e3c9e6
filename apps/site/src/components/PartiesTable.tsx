import Link from "@docusaurus/Link";
import { type ReactNode, useId, useMemo, useState } from "react";
import type { PartyRow } from "../../plugins/lhc-data/types";
import { DateValue, StatusBadge } from "./Facts";
import { FilterBar, SearchFilter } from "./TableFilters";

type SortKey = "name" | "code" | "signature" | "consent" | "entryIntoForce" | "declarations" | "status";
type Direction = "ascending" | "descending";

const columns: { key: SortKey; label: string }[] = [
  { key: "name", label: "State" },
  { key: "code", label: "Code" },
  { key: "signature", label: "Signature" },
  { key: "consent", label: "Consent to be bound" },
  { key: "entryIntoForce", label: "Entry into force for the State" },
  { key: "declarations", label: "Declarations" },
  { key: "status", label: "Status" },
];

function compare(a: PartyRow, b: PartyRow, key: SortKey): number {
  const left = a[key];
  const right = b[key];
  // Unknown values sort last in both directions' natural reading: they are not "earliest".
  if (left === null && right === null) return 0;
  if (left === null) return 1;
  if (right === null) return -1;
  if (typeof left === "number" && typeof right === "number") return left - right;
  return String(left).localeCompare(String(right), "en");
}

/** Sortable and filterable: sorting and filtering happen in the browser on the rows rendered at build time. */
export default function PartiesTable({ rows }: { rows: PartyRow[] }): ReactNode {
  const statusId = useId();
  const [query, setQuery] = useState("");
  const [status, setStatus] = useState("all");
  const [sort, setSort] = useState<{ key: SortKey; direction: Direction }>({
    key: "name",
    direction: "ascending",
  });
  const statuses = useMemo(
    () => [...new Map(rows.map((row) => [row.status, row.statusLabel]))].sort(),
    [rows],
  );

  const visible = useMemo(() => {
    const needle = query.trim().toLowerCase();
    const filtered = rows.filter(
      (row) =>
        (status === "all" || row.status === status) &&
        (needle === "" || row.name.toLowerCase().includes(needle) || row.code.toLowerCase().includes(needle)),
    );
    const sign = sort.direction === "ascending" ? 1 : -1;
    return filtered.sort((a, b) => {
      const primary = compare(a, b, sort.key);
      if (primary !== 0 && (a[sort.key] === null || b[sort.key] === null)) return primary;
      return sign * primary || a.name.localeCompare(b.name, "en");
    });
  }, [rows, query, status, sort]);

  const toggle = (key: SortKey) =>
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === "ascending" ? "descending" : "ascending" }
        : { key, direction: "ascending" },
    );

  return (
    <div className="lhc-parties-table">
      <FilterBar shown={visible.length} total={rows.length} noun="States">
        <SearchFilter
          label="Filter by name or code"
          value={query}
          onChange={setQuery}
          placeholder="e.g. Latvia or LV"
        />
        <label htmlFor={statusId}>Status</label>
        <select id={statusId} value={status} onChange={(event) => setStatus(event.target.value)}>
          <option value="all">All</option>
          {statuses.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </FilterBar>
      <div className="lhc-table-scroll">
        <table className="lhc-table">
          <caption className="sr-only">Signatories, sortable by any column</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={sort.key === column.key ? sort.direction : undefined}
                >
                  <button type="button" className="lhc-sort" onClick={() => toggle(column.key)}>
                    {column.label}
                    <span aria-hidden="true">
                      {sort.key === column.key ? (sort.direction === "ascending" ? " ▲" : " ▼") : " ↕"}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => (
              <tr key={row.code}>
                <th scope="row">
                  <Link to={row.path}>{row.name}</Link>
                </th>
                <td>
                  <code>{row.code}</code>
                  {row.codeNote ? <span title={row.codeNote}> *</span> : null}
                </td>
                <td>
                  <DateValue value={row.signature} />
                </td>
                <td>
                  {row.consent === null ? (
                    <span className="lhc-muted">none recorded</span>
                  ) : (
                    <>
                      <DateValue value={row.consent} />
                      {row.consentType ? ` (${row.consentType})` : ""}
                    </>
                  )}
                </td>
                <td>
                  {row.entryIntoForce === null ? (
                    <span className="lhc-muted">none published</span>
                  ) : (
                    <DateValue value={row.entryIntoForce} />
                  )}
                </td>
                <td>{row.declarations}</td>
                <td>
                  <StatusBadge status={row.status} label={row.statusLabel} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
