import Link from "@docusaurus/Link";
import {
  type ContextFinding,
  checkRequestContext,
  type FindingBasis,
  type RequestContextReport,
} from "@lhc/request-context";
import type { Request } from "@lhc/requests";
import { type ReactNode, useId, useMemo, useState } from "react";

const LEVEL_WORD: Record<ContextFinding["level"], string> = {
  error: "Error",
  warning: "Warning",
  info: "Info",
};

/** The page of the State, or of the State's declaration, a basis points at; `null` for Convention-level facts. */
function basisPath(basis: FindingBasis): string | null {
  if (basis.state === null) return basis.fact === "signatories" ? "/parties" : null;
  const page = `/parties/${basis.state.toLowerCase()}`;
  return basis.declarationId ? `${page}#${basis.declarationId}` : page;
}

function BasisItem({ basis }: { basis: FindingBasis }): ReactNode {
  const path = basisPath(basis);
  return (
    <li data-basis-fact={basis.fact}>
      <span className={`lhc-badge lhc-badge--${basis.verified ? "official" : "unknown"}`}>
        {basis.verified ? "verified" : "not verified"}
      </span>{" "}
      {path ? <Link to={path}>{basis.label}</Link> : basis.label}
      {basis.sources.length > 0 ? (
        <span className="lhc-small">
          {" "}
          · Sources:{" "}
          {basis.sources.map((source, index) => (
            <span key={source.url}>
              {index > 0 ? "; " : ""}
              <a href={source.url} rel="noopener noreferrer">
                {source.publisher}
              </a>
            </span>
          ))}
        </span>
      ) : null}
    </li>
  );
}

function FindingItem({ finding }: { finding: ContextFinding }): ReactNode {
  return (
    <li className={`lhc-finding lhc-finding--${finding.level}`} data-finding-code={finding.code}>
      <p>
        <strong>{LEVEL_WORD[finding.level]}:</strong> {finding.message}{" "}
        <span className="lhc-muted">
          ({finding.code}
          {finding.path ? (
            <>
              {" "}
              at <code>{finding.path}</code>
            </>
          ) : null}
          )
        </span>
      </p>
      {finding.details.length > 0 ? (
        <ul className="lhc-finding__details">
          {finding.details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      ) : null}
      <details className="lhc-finding__basis">
        <summary>What this rests on ({finding.basis.length})</summary>
        <ul>
          {finding.basis.map((basis) => (
            <BasisItem key={`${basis.fact}|${basis.state}|${basis.declarationId}`} basis={basis} />
          ))}
        </ul>
      </details>
    </li>
  );
}

function Summary({ report }: { report: RequestContextReport }): ReactNode {
  const count = (level: ContextFinding["level"]) => report.findings.filter((f) => f.level === level).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return (
    <p>
      <strong>Treaty relations on {report.on}</strong> (data as of {report.dataAsOf}):{" "}
      {plural(count("error"), "error")}, {plural(count("warning"), "warning")}, {count("info")} info.
    </p>
  );
}

/**
 * The findings of `@lhc/request-context` for a request that `@lhc/requests` has validated: whether the
 * Convention applies between the two States on the date, whether both accept each annex crime's annex,
 * and the requested State's declarations on the language and channel of requests, each with links to the
 * State pages and declarations it rests on. Runs in the browser; the date defaults to the request's
 * `dateOfRequest` and can be changed.
 */
export default function ContextFindings({ request }: { request: Request }): ReactNode {
  const dateId = useId();
  const [on, setOn] = useState("");
  const report = useMemo(() => {
    try {
      return checkRequestContext(request, on === "" ? {} : { on });
    } catch (error) {
      // Only a date being typed can be invalid here; the request has been validated.
      return error instanceof Error ? error.message : String(error);
    }
  }, [request, on]);
  return (
    <section className="lhc-context" aria-label="Treaty relations" data-context-findings>
      <h2>Treaty relations</h2>
      <p className="lhc-small">
        Checked with <code>@lhc/request-context</code> against the sourced facts of <code>@lhc/parties</code>:
        whether the Convention applies between the requesting and requested States, whether both accept the
        annex of each annex crime, and what the requested State has declared about requests.
      </p>
      <div className="lhc-context__date">
        <label htmlFor={dateId}>Check on</label>{" "}
        <input
          id={dateId}
          type="date"
          value={on === "" ? request.dateOfRequest : on}
          onChange={(event) => setOn(event.target.value)}
        />
      </div>
      {typeof report === "string" ? (
        <p className="lhc-verdict lhc-verdict--invalid">{report}</p>
      ) : (
        <>
          <Summary report={report} />
          <ol className="lhc-findings">
            {report.findings.map((finding) => (
              <FindingItem key={`${finding.code}|${finding.path}|${finding.message}`} finding={finding} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
