import Link from "@docusaurus/Link";
import Heading from "@theme/Heading";
import Layout from "@theme/Layout";
import type { ReactNode } from "react";
import type { SchemaPageData } from "../../../plugins/lhc-data/types";

export default function RequestSchemaPage({ data }: { data: SchemaPageData }): ReactNode {
  const required = data.rows.filter((row) => row.required).length;
  return (
    <Layout title={data.title} description={`JSON Schema reference: ${data.title}`}>
      <main className="container margin-vert--lg">
        <nav aria-label="Breadcrumb" className="lhc-small">
          <Link to="/requests">Request schemas</Link>
        </nav>
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
        <section aria-labelledby="fields">
          <Heading as="h2" id="fields">
            Fields
          </Heading>
          <p className="lhc-small">
            Paths use <code>[]</code> for array items. “Legal basis” lists the verified provisions of
            established instruments that require the element; the Convention's own request articles are not
            yet verified.
          </p>
          <div className="lhc-table-scroll">
            <table className="lhc-table lhc-fields">
              <caption className="sr-only">Fields of the {data.title}</caption>
              <colgroup>
                <col className="lhc-col--path" />
                <col className="lhc-col--type" />
                <col className="lhc-col--required" />
                <col className="lhc-col--limits" />
                <col className="lhc-col--description" />
                <col className="lhc-col--basis" />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">Field path</th>
                  <th scope="col">Type</th>
                  <th scope="col">Required</th>
                  <th scope="col">Limits</th>
                  <th scope="col">Description</th>
                  <th scope="col">Legal basis</th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((row) => (
                  <tr key={row.path}>
                    <th scope="row">
                      <code>{row.path}</code>
                    </th>
                    <td>
                      <code>{row.type}</code>
                    </td>
                    <td>{row.required ? "required" : "optional"}</td>
                    <td>{row.limits.join("; ")}</td>
                    <td>{row.description ?? ""}</td>
                    <td>{row.basis.join("; ")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
        <section aria-labelledby="examples">
          <Heading as="h2" id="examples">
            Examples
          </Heading>
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
        </section>
      </main>
    </Layout>
  );
}
