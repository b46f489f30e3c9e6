import Link from "@docusaurus/Link";
import Heading from "@theme/Heading";
import Layout from "@theme/Layout";
import type { ReactNode } from "react";
import type { StatePageData } from "../../../plugins/lhc-data/types";
import { DeclarationList } from "../Declarations";
import { DateValue, InlineSources, SourceList, StatusBadge } from "../Facts";

export default function StatePage({ data }: { data: StatePageData }): ReactNode {
  return (
    <Layout title={data.name} description={`${data.name} and the Ljubljana–The Hague Convention`}>
      <main className="container margin-vert--lg">
        <nav aria-label="Breadcrumb" className="lhc-small">
          <Link to="/parties">Parties</Link>
        </nav>
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
            force is not verified. The Convention's own entry-into-force rule (Article 90) is not yet
            verified; see <Link to="/docs/known-gaps">Known gaps</Link>.
          </p>
        ) : null}
        <section aria-labelledby="timeline">
          <Heading as="h2" id="timeline">
            Timeline
          </Heading>
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
        </section>
        <section aria-labelledby="declarations">
          <Heading as="h2" id="declarations">
            Declarations, reservations and notifications
          </Heading>
          <DeclarationList declarations={data.declarations} showState={false} />
        </section>
        {data.notes.length > 0 ? (
          <section aria-labelledby="notes">
            <Heading as="h2" id="notes">
              Notes
            </Heading>
            <ul>
              {data.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </section>
        ) : null}
        <SourceList sources={data.sources} heading="All sources for this State" />
      </main>
    </Layout>
  );
}
