import type { ReactNode } from "react";
import type { TimelineEventView } from "../../plugins/lhc-data/types";
import { formatDate, pluralise } from "./format";

const DAY = 86_400_000;
const width = 900;
const height = 320;
const margin = { top: 24, right: 24, bottom: 48, left: 48 };

function toTime(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

interface Step {
  date: string;
  count: number;
}

/** Running totals per kind of event, one step per date. */
function cumulative(events: TimelineEventView[], kind: string): Step[] {
  const steps: Step[] = [];
  let count = 0;
  for (const event of events.filter((e) => e.kind === kind).sort((a, b) => a.date.localeCompare(b.date))) {
    count += 1;
    const last = steps.at(-1);
    if (last && last.date === event.date) last.count = count;
    else steps.push({ date: event.date, count });
  }
  return steps;
}

/**
 * Signatures and consents to be bound as step lines over time, drawn as plain SVG at build time so the
 * chart needs no script; the same numbers are listed in a table for screen readers.
 */
export default function TimelineChart({
  events,
  asOf,
}: {
  events: TimelineEventView[];
  asOf: string;
}): ReactNode {
  const signatures = cumulative(events, "signature");
  const consents = cumulative(events, "consent");
  const dates = events.map((event) => toTime(event.date));
  const start = Math.min(...dates, toTime(asOf)) - 15 * DAY;
  const end = Math.max(...dates, toTime(asOf)) + 15 * DAY;
  const max = Math.max(1, ...signatures.map((s) => s.count), ...consents.map((s) => s.count));
  const yMax = Math.ceil(max / 10) * 10;
  const x = (iso: string) =>
    margin.left + ((toTime(iso) - start) / (end - start)) * (width - margin.left - margin.right);
  const y = (count: number) =>
    height - margin.bottom - (count / yMax) * (height - margin.top - margin.bottom);
  const path = (steps: Step[]) => {
    if (steps.length === 0) return "";
    // Each step runs along the date axis to its date, then rises to the new total.
    let d = `M ${margin.left} ${y(0)}`;
    for (const step of steps) d += ` H ${x(step.date)} V ${y(step.count)}`;
    return `${d} H ${x(asOf)}`;
  };
  const years: number[] = [];
  for (let year = new Date(start).getUTCFullYear(); year <= new Date(end).getUTCFullYear(); year += 1)
    years.push(year);
  const quarters = years.flatMap((year) => ["01", "04", "07", "10"].map((month) => `${year}-${month}-01`));
  const ticks = quarters.filter((iso) => toTime(iso) >= start && toTime(iso) <= end);
  const yTicks = Array.from({ length: yMax / 10 + 1 }, (_, index) => index * 10);
  const totalSignatures = signatures.at(-1)?.count ?? 0;
  const totalConsents = consents.at(-1)?.count ?? 0;

  return (
    <figure className="lhc-chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby="timeline-title timeline-desc"
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id="timeline-title">Signatures and consents to be bound over time</title>
        <desc id="timeline-desc">
          {`${pluralise(totalSignatures, "signature")} and ${pluralise(totalConsents, "consent")} to be bound by ${formatDate(asOf)}.`}
        </desc>
        {yTicks.map((tick) => (
          <g key={tick}>
            <line
              x1={margin.left}
              x2={width - margin.right}
              y1={y(tick)}
              y2={y(tick)}
              className="lhc-chart__grid"
            />
            <text x={margin.left - 8} y={y(tick) + 4} textAnchor="end" className="lhc-chart__label">
              {tick}
            </text>
          </g>
        ))}
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={x(tick)}
              x2={x(tick)}
              y1={height - margin.bottom}
              y2={height - margin.bottom + 6}
              className="lhc-chart__axis"
            />
            <text
              x={x(tick)}
              y={height - margin.bottom + 20}
              textAnchor="middle"
              className="lhc-chart__label"
            >
              {tick.slice(0, 7)}
            </text>
          </g>
        ))}
        <line
          x1={margin.left}
          x2={width - margin.right}
          y1={height - margin.bottom}
          y2={height - margin.bottom}
          className="lhc-chart__axis"
        />
        <path d={path(signatures)} className="lhc-chart__line lhc-chart__line--signature" />
        <path d={path(consents)} className="lhc-chart__line lhc-chart__line--consent" />
        {events.map((event) => (
          <circle
            key={`${event.code ?? "convention"}-${event.kind}-${event.date}-${event.label}`}
            cx={x(event.date)}
            cy={height - margin.bottom}
            r={3}
            className={`lhc-chart__dot lhc-chart__dot--${event.kind}`}
          >
            <title>{event.label}</title>
          </circle>
        ))}
        <g transform={`translate(${margin.left + 12}, ${margin.top})`}>
          <rect width="14" height="4" y="-2" className="lhc-chart__key--signature" />
          <text x="20" y="4" className="lhc-chart__label">
            Signatures ({totalSignatures})
          </text>
          <rect width="14" height="4" y="16" className="lhc-chart__key--consent" />
          <text x="20" y="22" className="lhc-chart__label">
            Consents to be bound ({totalConsents})
          </text>
        </g>
      </svg>
      <figcaption className="lhc-small">
        Cumulative totals; dates as recorded by the sources. As of {formatDate(asOf)}.
      </figcaption>
    </figure>
  );
}
