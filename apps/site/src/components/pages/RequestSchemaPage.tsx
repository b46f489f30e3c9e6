import Link from "@docusaurus/Link";
import Heading from "@theme/Heading";
import type { ReactNode } from "react";
import type { SchemaPageData } from "../../../plugins/lhc-data/types";
import FieldsTable from "../FieldsTable";
import { Page } from "../Page";
import { Section } from "../Section";

/** Which version of the request data model the page describes, and where the other version's page is. */
function VersionLine({ data }: { data: SchemaPageData }): ReactNode {
  const other = data.otherVersion;
  if (data.current) {
    return (
      <p data-schema-version={data.schemaVersion}>
        <strong>Version {data.schemaVersion}</strong> of the request data model, the current one (
        <code>schemaVersion: "{data.schemaVersion}"</code>, <code>@lhc/requests/v1</code>). Systems that still
        send version {other.schemaVersion} find it on{" "}
        <Link to={other.path}>the version-{other.schemaVersion} page</Link>.
      </p>
    );
  }
  return (
    <p className="lhc-note" data-schema-version={data.schemaVersion}>
      <strong>
        This is version {data.schemaVersion}, the previous version of the request data model (
        <code>schemaVersion: "{data.schemaVersion}"</code>, <code>@lhc/requests</code>).
      </strong>{" "}
      Version {other.schemaVersion} is current: see <Link to={other.path}>its page</Link>. A version-
      {data.schemaVersion} request moves to version {other.schemaVersion} with <code>migrate()</code> from{" "}
      <code>@lhc/requests/migrate</code> or <code>lhc migrate &lt;file&gt;</code>; see{" "}
      <Link to="/docs/request-mapping#version-1-in-short">version 1 in short</Link> and{" "}
      <Link to="/docs/versioning#request-schema-versions">Versioning</Link>. Its JSON Schema stays served at
      its <code>$id</code>.
    </p>
  );
}

export default function RequestSchemaPage({ data }: { data: SchemaPageData }): ReactNode {
  const required = data.rows.filter((row) => row.required).length;
  const title = data.current ? data.title : `${data.title} (version ${data.schemaVersion})`;
  return (
    <Page
      title={title}
      description={`JSON Schema reference, version ${data.schemaVersion}: ${data.title}`}
      breadcrumb={<Link to="/requests">Request schemas</Link>}
    >
      <Heading as="h1">{title}</Heading>
      <VersionLine data={data} />
      {data.description ? <p className="lhc-lead">{data.description}</p> : null}
      <p>
        <code>requestType: "{data.requestType}"</code> · {data.rows.length} fields, {required} required ·
        {data.schemaId ? (
          <>
            {" "}
            <code>$id</code> <code>{data.schemaId}</code> ·
          </>
        ) : null}{" "}
        download <a href={data.downloadPath}>{data.downloadPath}</a> ·{" "}
        <Link to={`/validator?type=${data.requestType}`}>validate a request</Link>
      </p>
      <Section id="fields" title="Fields">
        <p className="lhc-small">
          One row per top-level field; the fields inside it, its limits and its legal basis are folded under
          it. Filter to list the matching fields of every level. Paths use <code>[]</code> for array items and{" "}
          <code>[type=…]</code> for one kind of a list whose items differ by type. “Required” is relative to
          the enclosing object. “Legal basis” lists the provisions of comparable instruments a field rests on
          (secondary copies of their texts); the Convention's own request articles are not yet verified.
        </p>
        <FieldsTable rows={data.rows} title={data.title} />
      </Section>
      <Section id="examples" title="Examples">
        <p>
          Fictional examples of version {data.schemaVersion} shipped with @lhc/requests; the invalid ones each
          fail for the reason stated.
        </p>
        {data.examples.map((example) => (
          <details key={example.name} className="lhc-example">
            <summary>
              {example.valid ? "Valid" : "Invalid"}: {example.title} <code>{example.name}</code>
              <br />
              <span className="lhc-small">{example.explanation}</span>
            </summary>
            {/* Plain text, not a highlighted code block: the examples are long and need no script. */}
            <pre className="lhc-json">
              <code>{example.json}</code>
            </pre>
          </details>
        ))}
      </Section>
    </Page>
  );
}
