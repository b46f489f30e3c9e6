import Link from "@docusaurus/Link";
import Heading from "@theme/Heading";
import type { ReactNode } from "react";
import type { StatePageData } from "../../../plugins/lhc-data/types";
import { DeclarationList } from "../Declarations";
import { DateValue, InlineSources, SourceList, StatusBadge } from "../Facts";
import { Page } from "../Page";
import { Section } from "../Section";

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
