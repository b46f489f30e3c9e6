import type { RequestVerdict } from "@lhc/request-context";
import type { ReactNode } from "react";

/**
 * The one verdict on a request (`requestVerdict` of `@lhc/request-context`): "Ready to send", "Valid — N
 * points to check before sending" or "Cannot be sent as it stands", with what it rests on. The points
 * themselves are the children, so that each page lists them once, in its own way (the builder links each
 * to its field).
 */
export function VerdictBox({
  verdict,
  children,
}: {
  verdict: RequestVerdict;
  children?: ReactNode;
}): ReactNode {
  return (
    <div
      role="status"
      aria-live="polite"
      className={`lhc-verdict lhc-verdict--${verdict.kind}`}
      data-verdict={verdict.kind}
    >
      <p className="lhc-verdict__title">
        <strong>{verdict.title}</strong>
      </p>
      <p>{verdict.summary}</p>
      {children}
    </div>
  );
}
