import Link from "@docusaurus/Link";
import Heading from "@theme/Heading";
import type { ReactNode } from "react";
import type { StatePageData } from "../../../plugins/lhc-data/types";
import { DeclarationList } from "../Declarations";
import { DateValue, InlineSources, SourceList, StatusBadge } from "../Facts";
import { Page } from "../Page";
import { Section } from "../Section";

/**
 * What the State's declarations do for a request, first: central authorities, language of requests,
 * accepted annexes, each linking to the declaration it comes from (with its text, status and sources).
 */
function DeclarationsAtAGlance({ data }: { data: StatePageData }): ReactNode {
  const items = data.declarations.flatMap((declaration) => [
    ...declaration.effects.map((effect) => ({ id: declaration.id, text: effect, basis: declaration.basis })),
    ...(declaration.annexes.length > 0
      ? [
          {
            id: declaration.id,
            text: `Accepts ${declaration.annexes.length === 1 ? "Annex" : "Annexes"} ${declaration.annexes.join(", ")} (Art. 2(2)).`,
            basis: declaration.basis,
          },
        ]
      : []),
  ]);
  if (items.length === 0) return null;
  return (
    <section className="lhc-glance" aria-labelledby="glance-heading">
      <h2 id="glance-heading">For a request to {data.name}</h2>
      <ul>
        {items.map((item) => (
          <li key={`${item.id}|${item.text}`}>
            {/* A plain link: the declarations' ids are not headings, which Docusaurus's anchor check knows. */}
            {item.text} <a href={`#${item.id}`}>Declaration {item.id}</a>{" "}
            <span className="lhc-muted lhc-small">({item.basis})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export default function StatePage({ data }: { data: StatePageData }): ReactNode {
  return (
    <Page
      title={data.name}
      description={`${data.name} and the Ljubljana–The Hague Convention`}
      breadcrumb={<Link to="/parties">Parties</Link>}
    >
      <Heading as="h1">{data.name}</Heading>
      <p>
        Code <code>{data.code}</code>
        {data.codeNote ? <span className="lhc-muted"> ({data.codeNote})</span> : null} · status on{" "}
        <DateValue value={data.asOf} />: <StatusBadge status={data.status} label={data.statusLabel} />
        {data.statusSince ? (
          <>
            {" "}
            since <DateValue value={data.statusSince} />
          </>
        ) : null}
      </p>
      <DeclarationsAtAGlance data={data} />
      {data.status === "entry-into-force-published" || data.status === "consented" ? (
        <p className="lhc-note">
          The status follows the dates the source publishes for this State; a published date of entry into
          force is not verified. {data.entryIntoForceRule}; see <Link to="/docs/known-gaps">Known gaps</Link>.
        </p>
      ) : null}
      <Section id="timeline" title="Timeline">
        {data.events.length === 0 ? (
          <p>No event is recorded.</p>
        ) : (
          <ol className="lhc-timeline">
            {data.events.map((event) => (
              <li key={`${event.kind}-${event.date}-${event.label}`}>
                <DateValue value={event.date} />: <strong>{event.label}</strong>
                <div className="lhc-small">
                  Source: <InlineSources sources={event.sources} />
                </div>
              </li>
            ))}
          </ol>
        )}
      </Section>
      <Section id="declarations" title="Declarations, reservations and notifications">
        <DeclarationList declarations={data.declarations} showState={false} />
      </Section>
      {data.notes.length > 0 ? (
        <Section id="notes" title="Notes">
          <ul>
            {data.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </Section>
      ) : null}
      <SourceList sources={data.sources} heading="All sources for this State" />
    </Page>
  );
}
