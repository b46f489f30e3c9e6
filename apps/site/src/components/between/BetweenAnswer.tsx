import Link from "@docusaurus/Link";
import { annexesApplicableBetween, inForceBetween, stateLabel } from "@lhc/parties";
import Heading from "@theme/Heading";
import { type ReactNode, useMemo } from "react";

export { canAsk } from "./canAsk";

/** The link to the page of its own for the same question, which can be shared. */
export function betweenPath(a: string, b: string, on: string): string {
  return `/between?${new URLSearchParams({ a, b, on }).toString()}`;
}

function nameOf(code: string): string {
  try {
    return stateLabel(code);
  } catch {
    return code;
  }
}

/**
 * Whether the Convention applies between two States on a date, with the reasons and caveats
 * `@lhc/parties` gives (`inForceBetween`) and the annexes both accept (`annexesApplicableBetween`).
 * The answer and its wording (`verdict`, `reasons`) come from the package; nothing is decided or worded here.
 */
export function BetweenAnswer({
  a,
  b,
  on,
  headingLevel = "h2",
  showLink = false,
}: {
  a: string;
  b: string;
  on: string;
  headingLevel?: "h2" | "h3";
  showLink?: boolean;
}): ReactNode {
  const answer = useMemo(() => {
    try {
      return { between: inForceBetween(a, b, on), annexes: annexesApplicableBetween(a, b, on) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [a, b, on]);
  const question = `Does the Convention apply between ${nameOf(a)} and ${nameOf(b)} on ${on}?`;
  if ("error" in answer) {
    return (
      <div className="lhc-between" data-between="error">
        <Heading as={headingLevel}>{question}</Heading>
        <p>{answer.error}</p>
      </div>
    );
  }
  const { between, annexes } = answer;
  const annexReasons = annexes.reasons.filter((reason) => !between.reasons.includes(reason));
  return (
    <div
      className="lhc-between"
      data-between={between.applies ? "applies" : "does-not-apply"}
      data-answer={between.answer}
    >
      <Heading as={headingLevel}>{question}</Heading>
      <p className="lhc-between__verdict">
        <strong>{between.verdict}</strong>
      </p>
      <ul className="lhc-between__reasons">
        {between.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <p>
        <strong>Annexes both accept:</strong>{" "}
        {annexes.annexes.length > 0
          ? annexes.annexes.join(", ")
          : annexes.unverified
            ? "not yet verified"
            : "none recorded"}
      </p>
      {annexReasons.length > 0 ? (
        <ul className="lhc-between__reasons">
          {annexReasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : null}
      <p className="lhc-muted">
        From <code>@lhc/parties</code>, data as of {between.asOf}. Only published facts count.
        {showLink ? (
          <>
            {" "}
            <Link to={betweenPath(a, b, on)}>Open this answer on its own page</Link>.
          </>
        ) : null}
      </p>
    </div>
  );
}
