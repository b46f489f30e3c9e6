import { useLocation } from "@docusaurus/router";
import useBaseUrl from "@docusaurus/useBaseUrl";
import { requestVerdict } from "@lhc/request-context/verdict";
import Heading from "@theme/Heading";
import { type ChangeEvent, lazy, type ReactNode, Suspense, useEffect, useId, useState } from "react";
import type { ValidatorData } from "../../../plugins/lhc-data/types";
import { ExampleOptions, fetchExampleText } from "../examples";
import { Page } from "../Page";
import { VerdictBox } from "../Verdict";
import { checkRequest, loadValidator, type Verdict } from "../validation";

// Loaded only once a request is valid, so the page does not carry the parties data until then.
const ContextFindings = lazy(() => import("../ContextFindings"));
// The issues' wording and its label catalogs, once a request has issues (fetched with the validator).
const loadSchemaIssues = () => import("../SchemaIssues");
const SchemaIssues = lazy(loadSchemaIssues);

const DETECT = "detect";

function VerdictView({
  verdict,
  typeTitle,
  language,
  onLanguage,
}: {
  verdict: Verdict | null;
  typeTitle: (id: string) => string;
  language: string;
  onLanguage: (language: string) => void;
}): ReactNode {
  if (verdict === null) return null;
  switch (verdict.kind) {
    case "empty":
      return <p className="lhc-verdict lhc-verdict--invalid">Paste or upload a request first.</p>;
    case "unreadable":
      return (
        <div className="lhc-verdict lhc-verdict--cannot-send" data-verdict="unreadable">
          <p>
            <strong>Not valid JSON.</strong> {verdict.message}
          </p>
        </div>
      );
    case "valid":
      // The verdict waits for the treaty relations: see ContextFindings.
      return (
        <p className="lhc-muted">
          The request conforms to the {typeTitle(verdict.requestType)} schema, version {verdict.schemaVersion}
          .
        </p>
      );
    case "invalid": {
      const result = requestVerdict({ issues: verdict.issues });
      return (
        <VerdictBox verdict={result}>
          {/* The verdict's points are the schema issues, one each: worded here from the issues themselves. */}
          <Suspense fallback={<p>Wording the issues…</p>}>
            <SchemaIssues issues={verdict.issues} language={language} onLanguage={onLanguage} />
          </Suspense>
          <p>
            <strong>What to do:</strong> correct each field as its issue says, then validate again.
          </p>
        </VerdictBox>
      );
    }
  }
}

export default function ValidatorPage({ data }: { data: ValidatorData }): ReactNode {
  const location = useLocation();
  const ids = { text: useId(), type: useId(), file: useId(), example: useId() };
  const [text, setText] = useState("");
  const [requestType, setRequestType] = useState(DETECT);
  // `?type=mla` (linked from the schema pages) preselects a type once the page runs in the browser, so
  // that the static HTML and the first client render agree.
  useEffect(() => {
    const wanted = new URLSearchParams(location.search).get("type");
    if (wanted && data.types.some((type) => type.requestType === wanted)) setRequestType(wanted);
  }, [location.search, data.types]);
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  // The language the issues are worded in; the request's own language does not change it.
  const [language, setLanguage] = useState("en");
  const typeTitle = (id: string) => data.types.find((type) => type.requestType === id)?.title ?? id;

  const loadFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setText(await file.text());
    setVerdict(null);
  };
  const examplesUrl = useBaseUrl("/");
  const [exampleError, setExampleError] = useState<string | null>(null);
  const loadExample = async (event: ChangeEvent<HTMLSelectElement>) => {
    const example = data.examples.find((candidate) => candidate.name === event.target.value);
    if (!example) return;
    setExampleError(null);
    try {
      setText((await fetchExampleText(examplesUrl, example)).trimEnd());
    } catch (error) {
      setExampleError(
        `The example could not be loaded (${error instanceof Error ? error.message : String(error)}).`,
      );
      return;
    }
    setRequestType(DETECT);
    setVerdict(null);
  };

  return (
    <Page
      title="Request validator"
      description="Check a request against the @lhc/requests schemas in your browser"
    >
      <Heading as="h1">Request validator</Heading>
      <p>
        Paste a request as JSON or open a file, then validate it. Validation runs entirely in your browser
        with <code>@lhc/requests</code>: nothing you paste is sent anywhere or stored. A valid request is also
        checked against the treaty relations it travels in, with <code>@lhc/request-context</code>.
      </p>
      <form
        className="lhc-validator"
        // The validator's code is fetched as soon as the visitor starts on the form, not with the page.
        onFocus={() => {
          void loadValidator();
          void loadSchemaIssues();
        }}
        onSubmit={async (event) => {
          event.preventDefault();
          setVerdict(await checkRequest(text, requestType === DETECT ? undefined : requestType));
        }}
      >
        <div className="lhc-validator__controls">
          <div>
            <label htmlFor={ids.type}>Request type</label>
            <select
              id={ids.type}
              value={requestType}
              onChange={(event) => setRequestType(event.target.value)}
            >
              <option value={DETECT}>Detect from requestType</option>
              {data.types.map((type) => (
                <option key={type.requestType} value={type.requestType}>
                  {type.title}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={ids.file}>Open a JSON file</label>
            <input id={ids.file} type="file" accept="application/json,.json" onChange={loadFile} />
          </div>
          <div>
            <label htmlFor={ids.example}>Or load an example</label>
            <select id={ids.example} defaultValue="" onChange={loadExample}>
              <ExampleOptions examples={data.examples} />
            </select>
          </div>
        </div>
        <label htmlFor={ids.text}>Request JSON</label>
        <textarea
          id={ids.text}
          value={text}
          spellCheck={false}
          rows={18}
          onChange={(event) => {
            setText(event.target.value);
            setVerdict(null);
          }}
        />
        {exampleError ? (
          <p className="lhc-verdict lhc-verdict--invalid" role="alert">
            {exampleError}
          </p>
        ) : null}
        <button type="submit" className="button button--primary">
          Validate
        </button>
      </form>
      <section aria-live="polite" aria-label="Result" className="lhc-validator__result">
        <VerdictView verdict={verdict} typeTitle={typeTitle} language={language} onLanguage={setLanguage} />
        {verdict?.kind === "valid" ? (
          <Suspense fallback={<p>Checking the treaty relations…</p>}>
            <ContextFindings request={verdict.request} />
          </Suspense>
        ) : null}
      </section>
    </Page>
  );
}
