import { issueSentence, labelsFor } from "@lhc/letters/labels";
import { citeBasis } from "@lhc/requests";
import type { RequestIssue } from "@lhc/requests/any-version";
import { type ReactNode, useMemo } from "react";
import { LetterLanguageSelect } from "./LetterLanguageSelect";

/**
 * The schema issues of a request as a case officer reads them, in the chosen language: the field by its
 * labels and the rule in a sentence (issueSentence of @lhc/letters/labels), the provisions it rests on,
 * and for developers the JSON path and the issue's code. Loaded when a request has issues, so that the
 * page does not carry the label catalogs before then.
 */
export default function SchemaIssues({
  issues,
  language,
  onLanguage,
}: {
  issues: readonly RequestIssue[];
  language: string;
  onLanguage: (language: string) => void;
}): ReactNode {
  const labels = useMemo(() => labelsFor(language), [language]);
  return (
    <>
      <div className="lhc-validator__controls">
        <LetterLanguageSelect label="Language of the issues" value={language} onChange={onLanguage} />
      </div>
      <ol className="lhc-issues" lang={language}>
        {issues.map((issue, index) => (
          // Two issues may share a path and a code (a rule and a format on one field): the index keeps them apart.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole on each validation.
          <li key={`${index}|${issue.path}|${issue.code}`} data-issue-code={issue.code}>
            <span data-issue-sentence="">{issueSentence(issue, labels)}</span>
            {issue.basis.length > 0 ? <span> ({issue.basis.map(citeBasis).join("; ")})</span> : null}
            <br />
            <small className="lhc-muted">
              <code>{issue.path}</code> · {issue.code}
            </small>
          </li>
        ))}
      </ol>
    </>
  );
}
