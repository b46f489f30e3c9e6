import Link from "@docusaurus/Link";
import Heading from "@theme/Heading";
import type { ReactNode } from "react";
import type { TimelineData } from "../../../plugins/lhc-data/types";
import { DateValue } from "../Facts";
import { Page } from "../Page";
import TimelineChart from "../TimelineChart";

export default function TimelinePage({ data }: { data: TimelineData }): ReactNode {
  return (
    <Page
      title="Timeline"
      description="Signatures and ratifications of the Ljubljana–The Hague Convention over time"
    >
      <Heading as="h1">Signature and ratification timeline</Heading>
      <TimelineChart events={data.events} asOf={data.asOf} />
      <table className="lhc-table">
        <caption>Every event, in date order</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">State</th>
            <th scope="col">Event</th>
          </tr>
        </thead>
        <tbody>
          {data.events.map((event) => (
            <tr key={`${event.code ?? "convention"}-${event.kind}-${event.date}-${event.label}`}>
              <td>
                <DateValue value={event.date} />
              </td>
              <th scope="row">
                {event.code === null ? (
                  <Link to="/convention">{event.name}</Link>
                ) : (
                  <Link to={`/parties/${event.code.toLowerCase()}`}>{event.name}</Link>
                )}
              </th>
              <td>{event.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Page>
  );
}
