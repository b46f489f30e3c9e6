import Link from "@docusaurus/Link";
import Heading from "@theme/Heading";
import type { ReactNode } from "react";
import type { OutlineData, OutlineItem } from "../../../plugins/lhc-data/types";
import { DateValue, InlineSources, NotVerified, SourceList, StatusBadge } from "../Facts";
import { Page } from "../Page";
import { Section } from "../Section";

function OutlineList({ items }: { items: OutlineItem[] }): ReactNode {
  return (
    <ul className="lhc-outline">
      {items.map((item) => (
        <li key={item.eId}>
          {item.hasPage ? <Link to={item.path}>{item.label}</Link> : <span>{item.label}</span>}
          {item.heading && item.heading !== item.label ? <> — {item.heading}</> : null}{" "}
          <span className="lhc-small">
            {item.status === "unknown" ? (
              <NotVerified />
            ) : (
              <>
                known from <StatusBadge status={item.status} /> sources
              </>
            )}{" "}
            · text {item.hasText ? <StatusBadge status="official" /> : <NotVerified />}
          </span>
          {item.children.length > 0 ? <OutlineList items={item.children} /> : null}
        </li>
      ))}
    </ul>
  );
}

export default function ConventionOutlinePage({ data }: { data: OutlineData }): ReactNode {
  const { meta } = data;
  return (
    <Page title="The Convention" description="Outline of the Ljubljana–The Hague Convention">
      <Heading as="h1">The Convention</Heading>
      <p className="lhc-lead">{meta.titleEn}</p>
      {meta.titleNl ? (
        <p lang="nl" className="lhc-muted">
          {meta.titleNl}
        </p>
      ) : null}
      <dl className="lhc-facts">
        <dt>Adopted</dt>
        <dd>
          <DateValue value={meta.adopted} />
          {meta.adoptedPlace ? `, ${meta.adoptedPlace}` : ""}
        </dd>
        <dt>Opened for signature</dt>
        <dd>
          <DateValue value={meta.openedForSignature} />
        </dd>
        {meta.identifiers.map((identifier) => (
          <div key={identifier.label}>
            <dt>{identifier.label}</dt>
            <dd>{identifier.value}</dd>
          </div>
        ))}
        <dt>Depositary</dt>
        <dd>
          {meta.depositary.length === 0 ? (
            <NotVerified />
          ) : (
            <>
              <NotVerified what="sources conflict" />
              <ul>
                {meta.depositary.map((candidate) => (
                  <li key={candidate.candidate}>
                    {candidate.candidate}: <InlineSources sources={candidate.sources} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </dd>
        <dt>Official text</dt>
        <dd>
          <a href={meta.officialUrl}>{meta.officialUrl}</a>
        </dd>
      </dl>
      <Section id="coverage" title="Verified text">
        <ul>
          {data.coverage.map((row) => (
            <li key={row.label}>
              {row.label}: {row.known} in the data, {row.verified} with verified text
              {row.expected === null
                ? ""
                : `; ${row.expected} in the Convention (${row.expectedStatus ?? "unknown"})`}
            </li>
          ))}
        </ul>
        <p>
          Provisions without verified text are listed with the status <StatusBadge status="unknown" />. Their
          text is not reproduced here until it is checked against the{" "}
          <a href={meta.officialUrl}>official text</a>.
        </p>
      </Section>
      <Section id="outline" title="Outline">
        <OutlineList items={data.items} />
      </Section>
      <SourceList sources={meta.sources} />
    </Page>
  );
}
