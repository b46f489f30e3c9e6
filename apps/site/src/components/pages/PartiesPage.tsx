import Link from "@docusaurus/Link";
import Heading from "@theme/Heading";
import type { ReactNode } from "react";
import type { PartiesPageData } from "../../../plugins/lhc-data/types";
import { DateValue, InlineSources } from "../Facts";
import { Page } from "../Page";
import PartiesTable from "../PartiesTable";
import { Section } from "../Section";

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
