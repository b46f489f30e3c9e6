import Link from "@docusaurus/Link";
import Heading from "@theme/Heading";
import Layout from "@theme/Layout";
import type { ReactNode } from "react";
import type { HomeData } from "../../../plugins/lhc-data/types";
import { DateValue, NotVerified, StatusBadge } from "../Facts";
import { Section } from "../Section";

export default function HomePage({ data }: { data: HomeData }): ReactNode {
  return (
    <Layout title="Home" description="The Ljubljana–The Hague Convention as open, sourced data">
      <header className="lhc-hero">
        <div className="container">
          <Heading as="h1">Ljubljana–The Hague Convention</Heading>
          <p className="lhc-hero__title">{data.titleEn}</p>
          <p>
            Adopted in Ljubljana on <DateValue value={data.adopted} missing="adoption date" />. This site
            presents the Convention, its signatories and the requests States exchange under it as open data,
            each fact with its source. Anything the project has not verified is marked “not yet verified”.
          </p>
          <div className="lhc-hero__actions">
            <Link className="button button--primary button--lg" to="/docs">
              Read the docs
            </Link>
            <Link className="button button--secondary button--lg" to="/validator">
              Check a request
            </Link>
          </div>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <Section
          id="status-heading"
          title={
            <>
              Status as of <DateValue value={data.asOf} />
            </>
          }
        >
          <ul className="lhc-stats">
            <li>
              <span className="lhc-stats__number">{data.counts.signatories}</span>{" "}
              {data.counts.signatories === 1 ? "signatory" : "signatories"}
            </li>
            <li>
              <span className="lhc-stats__number">{data.counts.consents}</span>{" "}
              {data.counts.consents === 1
                ? "ratification, acceptance, approval or accession"
                : "ratifications, acceptances, approvals or accessions"}
            </li>
            <li>
              <span className="lhc-stats__number">{data.counts.inForceForState}</span>{" "}
              {data.counts.inForceForState === 1 ? "State" : "States"} for which an entry into force is
              published
            </li>
            <li>
              <span className="lhc-stats__number">{data.counts.declarants}</span>{" "}
              {data.counts.declarants === 1 ? "State" : "States"} with recorded declarations or reservations
            </li>
          </ul>
          <p>
            <Link to="/parties">See every State</Link> or the{" "}
            <Link to="/parties/timeline">signature timeline</Link>.
          </p>
        </Section>
        <Section id="coverage-heading" title="How much of the text is verified">
          <table className="lhc-table">
            <caption>Verified text in @lhc/convention</caption>
            <thead>
              <tr>
                <th scope="col">Provisions</th>
                <th scope="col">In the data</th>
                <th scope="col">With verified text</th>
                <th scope="col">In the Convention</th>
              </tr>
            </thead>
            <tbody>
              {data.coverage.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  <td>{row.known}</td>
                  <td>{row.verified}</td>
                  <td>
                    {row.expected === null ? (
                      <NotVerified />
                    ) : (
                      <>
                        {row.expected} <StatusBadge status={row.expectedStatus ?? "unknown"} />
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <Link to="/convention">Browse the Convention</Link> ·{" "}
            <Link to="/docs/known-gaps">Known gaps</Link>
          </p>
        </Section>
        <Section id="requests-heading" title="Request schemas">
          <p>Version {data.requestSchemaVersion} of the request data model, the current one:</p>
          <ul>
            {data.requestTypes.map((type) => (
              <li key={type.requestType}>
                <Link to={type.path}>{type.title}</Link> (<code>{type.requestType}</code>, {type.fields}{" "}
                fields)
              </li>
            ))}
          </ul>
        </Section>
      </main>
    </Layout>
  );
}
