import Link from "@docusaurus/Link";
import Heading from "@theme/Heading";
import type { ReactNode } from "react";
import type { PartiesPageData } from "../../../plugins/lhc-data/types";
import { DateValue, InlineSources } from "../Facts";
import { formatDate } from "../format";
import { Page } from "../Page";
import PartiesTable from "../PartiesTable";
import { Section } from "../Section";

/** The day the register was read; its record may not say, and then neither does the page. */
function ReadOn({ date, on = false }: { date: string | null; on?: boolean }): ReactNode {
  if (date === null) return <>on a date the data does not record</>;
  return (
    <>
      {on ? "on " : ""}
      <time dateTime={date}>{formatDate(date)}</time>
    </>
  );
}

export default function PartiesPage({ data }: { data: PartiesPageData }): ReactNode {
  return (
    <Page title="Parties" description="Signatories, consents to be bound and declarations per State">
      <Heading as="h1">Signatories and parties</Heading>
      <p>
        As of <DateValue value={data.asOf} />
        {data.dataVersion ? ` (data version ${data.dataVersion})` : ""}:{" "}
        <strong>{data.counts.signatories}</strong>{" "}
        {data.counts.signatories === 1 ? "signatory" : "signatories"}, <strong>{data.counts.consents}</strong>{" "}
        {data.counts.consents === 1 ? "consent" : "consents"} to be bound,{" "}
        <strong>{data.counts.inForceForState}</strong> with a published entry into force,{" "}
        <strong>{data.counts.declarants}</strong> with recorded declarations or reservations.
      </p>
      <p>
        A blank consent means the sources show none, not that the State has certainly not consented. See the{" "}
        <Link to="/parties/timeline">timeline</Link>, the <Link to="/docs/downloads">downloads</Link> (
        <a href="/data/parties.json">JSON</a>, <a href="/data/parties.csv">CSV</a>) and the{" "}
        <Link to="/docs/known-gaps">known gaps</Link>.
      </p>
      <PartiesTable rows={data.rows} />
      <Section id="treaty-register" title="What the treaty register confirms">
        {data.register.read ? (
          <>
            <p>
              The facts below cite the Dutch treaty register&apos;s item for the Convention; it was last read{" "}
              <ReadOn date={data.register.lastRead} on />. Facts not listed here are not confirmed by the
              register.
            </p>
            <ul className="lhc-register">
              {data.register.states.map((state) => (
                <li key={state.code}>
                  <Link to={state.path}>{state.name}</Link>:
                  <ul>
                    {state.facts.map((fact) => (
                      <li key={fact.fact}>
                        {fact.fact}: confirmed by the treaty register, read <ReadOn date={fact.accessed} />
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>
            The treaty register has not been read for this data set: no fact here is confirmed by it. The
            facts cite the sources listed on each State&apos;s page.
          </p>
        )}
      </Section>
      {data.conventionFacts.length > 0 ? (
        <Section id="convention-facts" title="Convention-level facts">
          <dl className="lhc-facts">
            {data.conventionFacts.map((fact) => (
              <div key={fact.label}>
                <dt>{fact.label}</dt>
                <dd>
                  {fact.value}
                  {fact.sources.length > 0 ? (
                    <span className="lhc-small">
                      {" "}
                      — <InlineSources sources={fact.sources} />
                    </span>
                  ) : null}
                </dd>
              </div>
            ))}
          </dl>
        </Section>
      ) : null}
    </Page>
  );
}
