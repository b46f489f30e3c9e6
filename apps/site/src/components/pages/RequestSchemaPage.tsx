import Link from "@docusaurus/Link";
import Heading from "@theme/Heading";
import type { ReactNode } from "react";
import type { SchemaPageData } from "../../../plugins/lhc-data/types";
import FieldsTable from "../FieldsTable";
import { Page } from "../Page";
import { Section } from "../Section";

export default function RequestSchemaPage({ data }: { data: SchemaPageData }): ReactNode {
  const required = data.rows.filter((row) => row.required).length;
  return (
    <Page
      title={data.title}
      description={`JSON Schema reference: ${data.title}`}
      breadcrumb={<Link to="/requests">Request schemas</Link>}
    >
      <Heading as="h1">{data.title}</Heading>
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
          Fictional examples shipped with @lhc/requests; the invalid ones each fail for the reason stated.
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
