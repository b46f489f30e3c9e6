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
      <table className="lhc-table">
        <caption className="sr-only">Request types</caption>
        <thead>
          <tr>
            <th scope="col">Request type</th>
            <th scope="col">
              <code>requestType</code>
            </th>
            <th scope="col">Fields</th>
            <th scope="col">JSON Schema</th>
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
                <a
                  href={`/data/schemas/${type.requestType}.json`}
                >{`/data/schemas/${type.requestType}.json`}</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Page>
  );
}
