import Link from "@docusaurus/Link";
import type { ReactNode } from "react";
import type { Maybe, SourceView } from "../../plugins/lhc-data/types";
import { formatDate } from "./format";

export function NotVerified({ what }: { what?: string }): ReactNode {
  return (
    <span className="lhc-badge lhc-badge--unknown" title="No source verified yet; see the Known gaps page">
      not yet verified{what ? `: ${what}` : ""}
    </span>
  );
}

/** A status as a badge: `label` is the wording the package gives it, otherwise the status itself. */
export function StatusBadge({ status, label }: { status: string; label?: string }): ReactNode {
  const known = [
    "official",
    "secondary",
    "unknown",
    "in-force",
    "entry-into-force-published",
    "consented",
    "signed",
    "none",
  ];
  const modifier = known.includes(status) ? status : "other";
  const text = label ?? (status === "unknown" ? "not yet verified" : status);
  return <span className={`lhc-badge lhc-badge--${modifier}`}>{text}</span>;
}

export function DateValue({ value, missing }: { value: Maybe<string>; missing?: string }): ReactNode {
  if (value === null) return <NotVerified what={missing} />;
  return <time dateTime={value}>{formatDate(value)}</time>;
}

export function SourceList({
  sources,
  heading = "Sources",
}: {
  sources: SourceView[];
  heading?: string;
}): ReactNode {
  if (sources.length === 0) return null;
  return (
    <section className="lhc-sources" aria-label={heading}>
      <h2>{heading}</h2>
      <ul>
        {sources.map((source) => (
          <li key={`${source.url} ${source.title}`}>
            <a href={source.url} rel="noopener noreferrer">
              {source.title}
            </a>
            {source.publisher ? <>, {source.publisher}</> : null} <StatusBadge status={source.kind} />
            {source.accessed ? <span className="lhc-muted"> accessed {source.accessed}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function InlineSources({ sources }: { sources: SourceView[] }): ReactNode {
  return (
    <span className="lhc-inline-sources">
      {sources.map((source, index) => (
        <span key={`${source.url} ${source.title}`}>
          {index > 0 ? "; " : ""}
          <a href={source.url} rel="noopener noreferrer">
            {source.title}
          </a>{" "}
          <span className="lhc-muted">({source.kind})</span>
        </span>
      ))}
    </span>
  );
}

export function InternalLink({ to, children }: { to: string; children: ReactNode }): ReactNode {
  return <Link to={to}>{children}</Link>;
}
