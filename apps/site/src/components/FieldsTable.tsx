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

/**
 * The fields of one request type: the top-level fields, each with the fields inside it folded; a filter
 * (by path, description or basis, or required only) lists the matching fields of every level instead.
 */
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

  const filtering = requiredOnly || query.trim() !== "";
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
      {filtering ? (
        <div className="lhc-table-scroll">
          <FlatTable rows={visible} caption={`Fields of the ${title} that match the filter`} />
        </div>
      ) : (
        <TopLevelTable rows={rows} title={title} />
      )}
    </>
  );
}

/** The name of the top-level field a path belongs to: "measures[type=…].place" → "measures". */
const topLevelOf = (path: string): string => /^[^.[]+/.exec(path)?.[0] ?? path;

function FlatTable({ rows, caption }: { rows: readonly FieldRow[]; caption: string }): ReactNode {
  return (
    <table className="lhc-table lhc-fields">
      <caption className="sr-only">{caption}</caption>
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
        {rows.map((row) => (
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
  );
}

/** A list of choices, "\"a\" | \"b\" | …", said as its number of choices when it is long. */
function TypeText({ type }: { type: string }): ReactNode {
  const choices = type.split(" | ");
  if (choices.length <= 3) return <code>{type}</code>;
  return (
    <details className="lhc-fields__choices">
      <summary>one of {choices.length} values</summary>
      <code>{type}</code>
    </details>
  );
}

/**
 * One row per top-level field, what it is about in the row, and the rest folded: its limits and
 * legal basis, and the fields inside it (a person's name, a measure's place…) with theirs.
 */
function TopLevelTable({ rows, title }: { rows: readonly FieldRow[]; title: string }): ReactNode {
  const groups = new Map<string, { top: FieldRow | undefined; inner: FieldRow[] }>();
  for (const row of rows) {
    const name = topLevelOf(row.path);
    const group = groups.get(name) ?? { top: undefined, inner: [] };
    if (row.path === name) group.top = row;
    else group.inner.push(row);
    groups.set(name, group);
  }
  return (
    <table className="lhc-table lhc-fields lhc-fields--top">
      <caption className="sr-only">
        Top-level fields of the {title}, with the fields inside each folded
      </caption>
      <colgroup>
        <col style={{ width: "24%" }} />
        <col style={{ width: "16%" }} />
        <col style={{ width: "12%" }} />
        <col style={{ width: "48%" }} />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Type</th>
          <th scope="col">Required</th>
          <th scope="col">What it holds</th>
        </tr>
      </thead>
      <tbody>
        {[...groups].map(([name, { top, inner }]) => {
          const details = [
            top?.limits.length ? `limits: ${top.limits.join("; ")}` : null,
            top?.basis.length ? `legal basis: ${top.basis.join("; ")}` : null,
          ].filter((line): line is string => line !== null);
          return (
            <tr key={name}>
              <th scope="row">
                <code>{name}</code>
              </th>
              <td>{top ? <TypeText type={top.type} /> : null}</td>
              <td>{top?.required ? "required" : "optional"}</td>
              <td>
                {top?.description ?? ""}
                {details.length > 0 ? (
                  <details className="lhc-fields__more">
                    <summary>Limits and legal basis</summary>
                    <ul>
                      {details.map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  </details>
                ) : null}
                {inner.length > 0 ? (
                  <details className="lhc-fields__more">
                    <summary>
                      {inner.length} {inner.length === 1 ? "field" : "fields"} inside
                    </summary>
                    <ul className="lhc-fields__inner">
                      {inner.map((row) => (
                        <li key={row.path}>
                          <code>{row.path}</code> · <TypeText type={row.type} /> ·{" "}
                          {row.required ? "required" : "optional"}
                          {row.description ? <> — {row.description}</> : null}
                          {row.limits.length > 0 ? (
                            <span className="lhc-muted"> Limits: {row.limits.join("; ")}.</span>
                          ) : null}
                          {row.basis.length > 0 ? (
                            <span className="lhc-muted"> Legal basis: {row.basis.join("; ")}.</span>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
