import { type ReactNode, useId } from "react";

/** A labelled search box that filters a table as the reader types. */
export function SearchFilter({
  label,
  value,
  onChange,
  placeholder,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
}): ReactNode {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        placeholder={placeholder}
      />
    </>
  );
}

/** The filters above a table, ending with how many rows they leave, announced as it changes. */
export function FilterBar({
  shown,
  total,
  noun,
  children,
}: {
  shown: number;
  total: number;
  noun: string;
  children: ReactNode;
}): ReactNode {
  return (
    <div className="lhc-filters">
      {children}
      <output className="lhc-muted" aria-live="polite">
        {shown} of {total} {noun} shown
      </output>
    </div>
  );
}
