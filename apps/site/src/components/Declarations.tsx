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

/** Declarations and reservations, rendered as text only: the verbatim texts are data, never markup. */
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
      {declarations.map((declaration) => (
        <li key={declaration.id} className="lhc-declaration" id={declaration.id}>
          <p className="lhc-declaration__head">
            {showState ? (
              <>
                <Link to={`/parties/${declaration.state.toLowerCase()}`}>{declaration.stateName}</Link>:{" "}
              </>
            ) : null}
            <strong>{declaration.kind ?? "Reservation, declaration or notification"}</strong>
            {declaration.kind === null ? (
              <>
                {" "}
                (kind <NotVerified />)
              </>
            ) : null}
            {declaration.provisionLinks.length > 0 ? (
              <>
                {" "}
                on <ProvisionLinks links={declaration.provisionLinks} />
              </>
            ) : null}
            {declaration.annexes.length > 0 ? <> · annexes {declaration.annexes.join(", ")}</> : null}
          </p>
          <p className="lhc-small">
            {declaration.basis} · date: <DateValue value={declaration.date} />
            {declaration.date === null && declaration.dateStatus ? (
              <span className="lhc-muted"> {declaration.dateStatus}</span>
            ) : null}
          </p>
          {declaration.text === null ? (
            <p>
              Text: <NotVerified what="the published text is not available to the project" />
            </p>
          ) : (
            <blockquote className="lhc-verbatim" aria-label="Verbatim text as the source records it">
              {declaration.text}
              {declaration.textIncomplete ? (
                <span className="lhc-muted"> [… the rest of the text is not yet verified]</span>
              ) : null}
            </blockquote>
          )}
          {declaration.summary ? (
            <p>
              <span className="lhc-muted">In the project's words (not the text):</span> {declaration.summary}
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
          {declaration.note ? <p className="lhc-muted">{declaration.note}</p> : null}
          <p className="lhc-small">
            Source: <InlineSources sources={declaration.sources} />
          </p>
        </li>
      ))}
    </ul>
  );
}
