import Link from "@docusaurus/Link";
import type { ReactNode } from "react";
import type { DeclarationView } from "../../plugins/lhc-data/types";
import { DateValue, InlineSources, NotVerified } from "./Facts";

function ProvisionLinks({ links }: { links: DeclarationView["provisionLinks"] }): ReactNode {
  return links.map((link, index) => (
    <span key={link.label}>
      {index > 0 ? ", " : ""}
      {link.path ? <Link to={link.path}>{link.label}</Link> : link.label}
    </span>
  ));
}

/**
 * Declarations and reservations, rendered as text only (the verbatim texts are data, never markup). Each
 * leads with what it does (its provisions, the project's summary, the effects the request check reads,
 * the verbatim text where published); how it is known (its kind, basis, date, notes and sources) is
 * folded beside it.
 */
export function DeclarationList({
  declarations,
  showState,
}: {
  declarations: DeclarationView[];
  showState: boolean;
}): ReactNode {
  if (declarations.length === 0) {
    return <p>No declaration or reservation is recorded in the data.</p>;
  }
  return (
    <ul className="lhc-declarations">
      {declarations.map((declaration) => {
        const hasText = declaration.text !== null && declaration.text !== "";
        const says =
          hasText ||
          declaration.summary !== null ||
          declaration.effects.length > 0 ||
          declaration.annexes.length > 0;
        return (
          <li key={declaration.id} className="lhc-declaration" id={declaration.id}>
            <p className="lhc-declaration__head">
              {showState ? (
                <>
                  <Link to={`/parties/${declaration.state.toLowerCase()}`}>{declaration.stateName}</Link>:{" "}
                </>
              ) : null}
              <strong>
                {declaration.provisionLinks.length > 0 ? (
                  <ProvisionLinks links={declaration.provisionLinks} />
                ) : (
                  "Provisions not yet verified"
                )}
              </strong>
              {declaration.annexes.length > 0 ? <> · annexes {declaration.annexes.join(", ")}</> : null}
              <span className="lhc-muted lhc-small"> · {declaration.id}</span>
            </p>
            {declaration.summary ? (
              <p>
                {declaration.summary}{" "}
                <span className="lhc-muted lhc-small">(in the project's words, not the text)</span>
              </p>
            ) : null}
            {declaration.effects.length > 0 ? (
              <div>
                <span className="lhc-muted">What the request check reads from it:</span>
                <ul>
                  {declaration.effects.map((effect) => (
                    <li key={effect}>{effect}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            {hasText ? (
              <blockquote className="lhc-verbatim" aria-label="Verbatim text as the source records it">
                {declaration.text}
                {declaration.textIncomplete ? (
                  <span className="lhc-muted"> [… the rest of the text is not yet verified]</span>
                ) : null}
              </blockquote>
            ) : null}
            {says ? null : <p>What it does is not yet verified.</p>}
            <details className="lhc-declaration__caveats">
              <summary>How this is known</summary>
              <ul className="lhc-small">
                <li>
                  {declaration.kind ?? (
                    <>
                      Reservation, declaration or notification (kind <NotVerified />)
                    </>
                  )}
                  : {declaration.basis}.
                </li>
                <li>
                  Date: <DateValue value={declaration.date} />
                  {declaration.date === null && declaration.dateStatus ? (
                    <span className="lhc-muted"> {declaration.dateStatus}</span>
                  ) : null}
                </li>
                {hasText ? null : (
                  <li>
                    Text: <NotVerified what="the published text is not available to the project" />
                  </li>
                )}
                {declaration.note ? <li>{declaration.note}</li> : null}
                <li>
                  Source: <InlineSources sources={declaration.sources} />
                </li>
              </ul>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
