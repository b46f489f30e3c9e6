import Link from "@docusaurus/Link";
import {
  type ContextFinding,
  checkRequestContext,
  type FindingBasis,
  findingAction,
  requestVerdict,
} from "@lhc/request-context";
import type { Request } from "@lhc/requests";
import { type ReactNode, useId, useMemo, useState } from "react";
import { VerdictBox } from "./Verdict";

const LEVEL_WORD: Record<ContextFinding["level"], string> = {
  error: "Cannot be sent",
  warning: "To check",
  info: "Checked",
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
        <strong>{LEVEL_WORD[finding.level]}:</strong> {finding.message}
      </p>
      {finding.level === "info" ? null : (
        <p className="lhc-finding__action">
          <strong>What to do:</strong> {findingAction(finding.code)}
        </p>
      )}
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
        <p className="lhc-muted lhc-small">
          Finding <code>{finding.code}</code>
          {finding.path ? (
            <>
              {" "}
              at <code>{finding.path}</code>
            </>
          ) : null}
        </p>
      </details>
    </li>
  );
}

const key = (finding: ContextFinding) => `${finding.code}|${finding.path}|${finding.message}`;

/**
 * The verdict on a request that `@lhc/requests` has validated, from the findings of
 * `@lhc/request-context`: whether the Convention applies between the two States on the date, whether both
 * accept each annex crime's annex, and the requested State's declarations on the language and channel of
 * requests. Each finding is shown once: those that stop or question the request as the verdict's points,
 * each with what to do, then what was checked and found in order. Runs in the browser; the date defaults
 * to the request's `dateOfRequest` and can be changed.
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
  const verdict = typeof report === "string" ? null : requestVerdict({ report });
  const points = typeof report === "string" ? [] : report.findings.filter((f) => f.level !== "info");
  const checked = typeof report === "string" ? [] : report.findings.filter((f) => f.level === "info");
  return (
    <section className="lhc-context" aria-label="Verdict" data-context-findings>
      {typeof report === "string" || verdict === null ? (
        <p className="lhc-verdict lhc-verdict--cannot-send">{report as string}</p>
      ) : (
        <VerdictBox verdict={verdict}>
          {points.length > 0 ? (
            <ol className="lhc-findings">
              {points.map((finding) => (
                <FindingItem key={key(finding)} finding={finding} />
              ))}
            </ol>
          ) : null}
        </VerdictBox>
      )}
      <div className="lhc-context__date">
        <label htmlFor={dateId}>Check the treaty relations on</label>{" "}
        <input
          id={dateId}
          type="date"
          value={on === "" ? request.dateOfRequest : on}
          onChange={(event) => setOn(event.target.value)}
        />
      </div>
      {checked.length > 0 ? (
        <>
          <h3 className="lhc-context__checked">Checked and in order</h3>
          <ol className="lhc-findings">
            {checked.map((finding) => (
              <FindingItem key={key(finding)} finding={finding} />
            ))}
          </ol>
        </>
      ) : null}
      <p className="lhc-small lhc-muted">
        Checked in this browser with <code>@lhc/request-context</code> against the sourced facts of{" "}
        <code>@lhc/parties</code>
        {typeof report === "string" ? "" : ` (data as of ${report.dataAsOf})`}.
      </p>
    </section>
  );
}
