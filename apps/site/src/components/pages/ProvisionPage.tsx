import Link from "@docusaurus/Link";
import useBrokenLinks from "@docusaurus/useBrokenLinks";
import Heading from "@theme/Heading";
import type { ReactNode } from "react";
import type {
  ProvisionNodeView,
  ProvisionPageData,
  SubjectView,
  TextPart,
} from "../../../plugins/lhc-data/types";
import { DeclarationList } from "../Declarations";
import { InlineSources, NotVerified, SourceList, StatusBadge } from "../Facts";
import { Page } from "../Page";
import { Section } from "../Section";

function Subject({ subject }: { subject: SubjectView | null }): ReactNode {
  if (subject === null) return null;
  return (
    <p className="lhc-note">
      <span className="lhc-muted">Subject, in the project's words (not the text of the Convention):</span>{" "}
      {subject.paraphrase} <StatusBadge status={subject.status} />
      <span className="lhc-small">
        {" "}
        — <InlineSources sources={subject.sources} />
      </span>
    </p>
  );
}

function ProvisionText({
  text,
  parts,
  status,
  incomplete,
}: {
  text: string | null;
  parts: TextPart[] | null;
  status: string;
  incomplete: boolean;
}): ReactNode {
  if (text === null) {
    return (
      <p className="lhc-unverified-text">
        <NotVerified what="the text of this provision has not been checked against the official text" />
      </p>
    );
  }
  return (
    <blockquote className="lhc-verbatim">
      {parts
        ? parts.map((part, k) =>
            part.to ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never move
              <Link key={k} to={part.to}>
                {part.text}
              </Link>
            ) : (
              part.text
            ),
          )
        : text}
      {incomplete ? <span className="lhc-muted"> [… the rest of the text is not yet verified]</span> : null}{" "}
      <StatusBadge status={status} />
    </blockquote>
  );
}

function Children({ nodes }: { nodes: ProvisionNodeView[] }): ReactNode {
  if (nodes.length === 0) return null;
  return (
    <ol className="lhc-provision-children">
      {nodes.map((node) => (
        <ChildItem key={node.eId} node={node} />
      ))}
    </ol>
  );
}

type ProvisionContentView = Pick<
  ProvisionNodeView,
  "subject" | "text" | "textParts" | "status" | "textIncomplete" | "children"
>;

/** What a provision holds, on its own page or inside its parent's: subject, text, paragraphs or points. */
function ProvisionContent({ node }: { node: ProvisionContentView }): ReactNode {
  return (
    <>
      <Subject subject={node.subject} />
      <ProvisionText
        text={node.text}
        parts={node.textParts}
        status={node.status}
        incomplete={node.textIncomplete}
      />
      <Children nodes={node.children} />
    </>
  );
}

/** A paragraph or point, with its eId as anchor (`#art_8__para_3`), registered so that links to it are checked. */
function ChildItem({ node }: { node: ProvisionNodeView }): ReactNode {
  useBrokenLinks().collectAnchor(node.eId);
  return (
    <li id={node.eId}>
      <p className="lhc-provision-children__label">
        <strong>{node.label}</strong>
        {node.heading ? <> — {node.heading}</> : null} <code>{node.eId}</code>
      </p>
      <ProvisionContent node={node} />
    </li>
  );
}

export default function ProvisionPage({ data }: { data: ProvisionPageData }): ReactNode {
  return (
    <Page
      title={data.label}
      description={`${data.longLabel} of the Ljubljana–The Hague Convention`}
      className="lhc-provision"
      breadcrumb={
        <>
          <Link to="/convention">Convention</Link>
          {data.parent ? (
            <>
              {" › "}
              <Link to={data.parent.path}>{data.parent.label}</Link>
            </>
          ) : null}
        </>
      }
    >
      <Heading as="h1">
        {data.longLabel}
        {data.heading ? `: ${data.heading}` : ""}
      </Heading>
      <p>
        Provision ID <code>{data.eId}</code> · provenance <StatusBadge status={data.status} />
        {data.heading === null ? (
          <>
            {" "}
            · heading <NotVerified />
          </>
        ) : null}
      </p>
      {data.statusNote ? <p className="lhc-note">{data.statusNote}</p> : null}
      <Section id="text" title="Text">
        <ProvisionContent node={data} />
        <p>
          Official text: <a href={data.officialUrl}>{data.officialUrl}</a> · data:{" "}
          <a href={data.downloadPath}>{data.downloadPath}</a>
        </p>
      </Section>
      <Section id="declarations" title="Declarations and reservations on this provision">
        <DeclarationList declarations={data.declarations} showState />
      </Section>
      <SourceList sources={data.sources} />
      <nav aria-label="Neighbouring provisions" className="lhc-pager">
        {data.previous ? <Link to={data.previous.path}>← {data.previous.label}</Link> : <span />}
        {data.next ? <Link to={data.next.path}>{data.next.label} →</Link> : <span />}
      </nav>
    </Page>
  );
}
