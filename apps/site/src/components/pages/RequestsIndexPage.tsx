import Link from "@docusaurus/Link";
import Heading from "@theme/Heading";
import type { ReactNode } from "react";
import type { RequestsIndexData } from "../../../plugins/lhc-data/types";
import { Page } from "../Page";

export default function RequestsIndexPage({ data }: { data: RequestsIndexData }): ReactNode {
  return (
    <Page title="Request schemas" description="JSON Schema reference for every request type">
      <Heading as="h1">Request schemas</Heading>
      <p>
        One reference page per request type, generated from the JSON Schema (draft 2020-12) that{" "}
        <code>@lhc/requests</code> builds from its zod schemas. To use them outside TypeScript, see{" "}
        <Link to="/docs/integrating-json-schema">Integrating the schemas</Link>; to check a request, use the{" "}
        <Link to="/validator">validator</Link>.
      </p>
      <p data-schema-version={data.schemaVersion}>
        These pages describe <strong>version {data.schemaVersion}</strong> of the request data model, the
        current one (<code>schemaVersion: "{data.schemaVersion}"</code>, <code>@lhc/requests/v1</code>). The
        previous version, {data.previousSchemaVersion}, keeps a page per type (last column); a request moves
        to version {data.schemaVersion} with <code>migrate()</code> from <code>@lhc/requests/migrate</code> or{" "}
        <code>lhc migrate</code> (see <Link to="/docs/versioning#request-schema-versions">Versioning</Link>).
      </p>
      <table className="lhc-table">
        <caption className="sr-only">Request types</caption>
        <thead>
          <tr>
            <th scope="col">Request type</th>
            <th scope="col">
              <code>requestType</code>
            </th>
            <th scope="col">Fields</th>
            <th scope="col">JSON Schema, version {data.schemaVersion}</th>
            <th scope="col">Version {data.previousSchemaVersion}</th>
          </tr>
        </thead>
        <tbody>
          {data.types.map((type) => (
            <tr key={type.requestType}>
              <th scope="row">
                <Link to={type.path}>{type.title}</Link>
              </th>
              <td>
                <code>{type.requestType}</code>
              </td>
              <td>{type.fields}</td>
              <td>
                <a href={type.downloadPath}>{type.downloadPath}</a>
              </td>
              <td>
                <Link to={type.previousPath}>
                  {type.title}, version {data.previousSchemaVersion}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Page>
  );
}
