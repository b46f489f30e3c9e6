import Link from "@docusaurus/Link";
import useBaseUrl from "@docusaurus/useBaseUrl";
import { issueSentence, labelsFor, letterLanguageOf } from "@lhc/letters/labels";
import { requestVerdict } from "@lhc/request-context/verdict";
import type { Request, RequestIssue } from "@lhc/requests";
import { isRequestType, type RequestType } from "@lhc/requests/request-types";
import Heading from "@theme/Heading";
import Layout from "@theme/Layout";
import {
  type ChangeEvent,
  lazy,
  type ReactNode,
  Suspense,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from "react";
import type { ValidatorData } from "../../../plugins/lhc-data/types";
import { canAsk } from "../between/canAsk";
import { downloadFile } from "../draft/download";
import { type Draft, draftName, loadDrafts, newDraftId, saveDrafts } from "../draft/drafts";
import {
  asSaved,
  fieldId,
  issuesToErrorSchema,
  keepOwnProtoKeys,
  withoutAddedEmptyObjects,
} from "../draft/issues";
import type { Opened } from "../draft/v1";
import { ExampleOptions, fetchExampleText } from "../examples";
import { LetterLanguageSelect } from "../LetterLanguageSelect";
import { VerdictBox } from "../Verdict";

// Loaded when they are needed, not with the page: the form library when a request is opened, the treaty
// data when the States are known, the letter's renderers when a letter is asked for.
const RequestForm = lazy(() => import("../draft/RequestForm"));
const BetweenAnswer = lazy(() =>
  import("../between/BetweenAnswer").then((module) => ({ default: module.BetweenAnswer })),
);
const ContextFindings = lazy(() => import("../ContextFindings"));
const LetterPreview = lazy(() => import("../draft/LetterPreview"));
// Version 1 of the request data model (its schemas, validation and migrate()) comes with the form, not on arrival.
type V1 = typeof import("../draft/v1");
const loadV1 = (): Promise<V1> => import("../draft/v1");

/** What opening a version-0 request did: shown once, when it is opened, so that nothing changes unsaid. */
function MigrationNotice({ name, opened }: { name: string; opened: Opened }): ReactNode {
  if (opened.kind === "v1") return null;
  if (opened.kind === "not-migrated") {
    return (
      <div role="alert" className="lhc-verdict lhc-verdict--invalid" data-migration="not-migrated">
        <p>
          {name} is not a version-1 request and could not be migrated to version 1: {opened.reason}. It is
          opened as it was, nothing dropped; the issues below say what to correct.
        </p>
      </div>
    );
  }
  return (
    <div role="status" className="lhc-verdict" data-migration="migrated">
      <p>
        {name} was a version-0 request: it has been migrated to version 1 with <code>migrate()</code> of{" "}
        <code>@lhc/requests</code>.{" "}
        {opened.notes.length === 0
          ? "Everything was carried over as it was."
          : "What could not be carried over as it was (nothing was dropped):"}
      </p>
      {opened.notes.length > 0 ? (
        <ul className="lhc-draft__migration-notes">
          {opened.notes.map((note) => (
            <li key={`${note.kind}|${note.from}|${note.to}|${note.message}`} data-note-kind={note.kind}>
              <strong>{note.kind}</strong>: {note.message} <code className="lhc-muted">{note.from}</code>
              {note.to && note.to !== note.from ? (
                <>
                  {" → "}
                  <code className="lhc-muted">{note.to}</code>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

function DraftsTable({
  drafts,
  currentId,
  typeTitle,
  onOpen,
  onDelete,
}: {
  drafts: readonly Draft[];
  currentId: string | null;
  typeTitle: (type: string) => string;
  onOpen: (id: string) => void;
  onDelete: (id: string) => void;
}): ReactNode {
  if (drafts.length === 0) return <p>No drafts yet.</p>;
  return (
    <table className="lhc-draft__drafts">
      <caption className="lhc-muted">Kept in this browser only, most recently changed first.</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Type</th>
          <th scope="col">Last changed</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {[...drafts]
          .sort((a, b) => b.updated.localeCompare(a.updated))
          .map((draft) => (
            <tr key={draft.id} aria-current={draft.id === currentId ? "true" : undefined}>
              <th scope="row">{draft.name}</th>
              <td>{typeTitle(draft.requestType)}</td>
              <td>
                <time dateTime={draft.updated}>{timeFormat.format(new Date(draft.updated))}</time>
              </td>
              <td>
                <button
                  type="button"
                  className="button button--sm button--secondary"
                  aria-label={`Open draft ${draft.name}`}
                  disabled={draft.id === currentId}
                  onClick={() => onOpen(draft.id)}
                >
                  Open
                </button>{" "}
                <button
                  type="button"
                  className="button button--sm button--secondary"
                  aria-label={`Delete draft ${draft.name}`}
                  onClick={() => onDelete(draft.id)}
                >
                  Delete
                </button>
              </td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}

export default function DraftPage({ data }: { data: ValidatorData }): ReactNode {
  const ids = { type: useId(), file: useId(), example: useId(), name: useId() };
  const [mounted, setMounted] = useState(false);
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [storageProblem, setStorageProblem] = useState<string | null>(null);
  const [openProblem, setOpenProblem] = useState<string | null>(null);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [letterOpen, setLetterOpen] = useState(false);
  // The language of the letter, which the form's labels follow: as chosen, else the request's own language
  // if it has a catalog (the letter is written in it), else English. A draft opened starts unchosen.
  const [chosenLanguage, setChosenLanguage] = useState<string | null>(null);
  const [v1, setV1] = useState<V1 | null>(null);
  const [migration, setMigration] = useState<{ name: string; opened: Opened } | null>(null);
  const [newType, setNewType] = useState<string>(data.types[0]?.requestType ?? "mla");
  // rjsf may report a change of its own when a request is opened; only what the user does changes a draft.
  const userActed = useRef(false);
  const typeTitle = (id: string) => data.types.find((type) => type.requestType === id)?.title ?? id;

  // Drafts live in localStorage, which exists only in the browser: read after the first render.
  useEffect(() => {
    setDrafts(loadDrafts());
    setMounted(true);
  }, []);
  useEffect(() => {
    if (mounted) setStorageProblem(saveDrafts(drafts));
  }, [drafts, mounted]);

  const current = drafts.find((draft) => draft.id === currentId);
  const requestType: RequestType | undefined =
    current && isRequestType(current.requestType) ? current.requestType : undefined;
  const saved = useMemo(() => asSaved(current?.data), [current?.data]);
  const language =
    chosenLanguage ??
    letterLanguageOf((saved !== null && typeof saved === "object" ? saved : {}) as { language?: unknown });
  const withV1 = async (): Promise<V1> => {
    const module = v1 ?? (await loadV1());
    setV1(() => module);
    return module;
  };
  const schema = useMemo(
    () => (v1 && requestType ? v1.builderSchema(requestType, language) : null),
    [v1, requestType, language],
  );
  const result = useMemo(
    () => (v1 && current && requestType ? v1.validateRequest(saved, requestType) : null),
    [v1, current, requestType, saved],
  );
  const issues = result && !result.success ? result.issues : [];
  const visible = (id: string) =>
    showAll || touched.has(id) || [...touched].some((touchedId) => touchedId.startsWith(`${id}_`));
  // Each issue in the words of the form: its field's labels and its sentence in the letter's language.
  const labels = useMemo(() => labelsFor(language), [language]);
  const word = (issue: RequestIssue) => issueSentence(issue, labels);
  const errors = issuesToErrorSchema(issues, visible, word);

  const start = (draft: Draft, all: boolean) => {
    userActed.current = false;
    setDrafts((previous) => [draft, ...previous]);
    setCurrentId(draft.id);
    setTouched(new Set());
    setShowAll(all);
    setLetterOpen(false);
    setChosenLanguage(null);
    setOpenProblem(null);
    setMigration(null);
  };
  const startNew = async () => {
    const { schemaVersion } = await withV1();
    const type = isRequestType(newType) ? newType : "mla";
    start(
      {
        id: newDraftId(),
        name: draftName(typeTitle(type), {}),
        updated: new Date().toISOString(),
        requestType: type,
        data: { schemaVersion, requestType: type },
        autoName: true,
      },
      false,
    );
  };
  const openText = async (name: string, text: string) => {
    setMigration(null);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      setOpenProblem(`${name} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      setOpenProblem(`${name} does not hold a JSON object, so it cannot be opened as a request.`);
      return;
    }
    const declared = (value as { requestType?: unknown }).requestType;
    // A file whose requestType is missing or unknown opens in the form of the type chosen above; its
    // requestType stays as it was, and the issues say so.
    const type = isRequestType(declared) ? declared : isRequestType(newType) ? newType : "mla";
    const opened = (await withV1()).openAsV1(value);
    const draftName = name.replace(/\.json$/i, "").replace(/^.*\//, "");
    start(
      {
        id: newDraftId(),
        name: draftName,
        updated: new Date().toISOString(),
        requestType: type,
        data: opened.data,
      },
      true,
    );
    setMigration(opened.kind === "v1" ? null : { name: draftName, opened });
  };
  const openFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (file) await openText(file.name, await file.text());
  };
  const siteRoot = useBaseUrl("/");
  const openExample = async (event: ChangeEvent<HTMLSelectElement>) => {
    const example = data.examples.find((candidate) => candidate.name === event.target.value);
    event.target.value = "";
    if (!example) return;
    try {
      await openText(example.name, await fetchExampleText(siteRoot, example));
    } catch (error) {
      setOpenProblem(
        `The example ${example.name} could not be loaded (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
  };
  const change = (patch: Partial<Draft>) =>
    setDrafts((previous) =>
      previous.map((draft) =>
        draft.id === currentId ? { ...draft, ...patch, updated: new Date().toISOString() } : draft,
      ),
    );
  const changeData = (next: unknown) => {
    if (!current || !userActed.current) return;
    const kept = withoutAddedEmptyObjects(current.data, keepOwnProtoKeys(current.data, next));
    // rjsf also reports changes that change nothing; they do not date the draft.
    if (JSON.stringify(kept) === JSON.stringify(current.data)) return;
    // A name the builder gave follows the States as they are chosen.
    change(
      current.autoName
        ? { data: kept, name: draftName(typeTitle(current.requestType), kept) }
        : { data: kept },
    );
  };
  const remove = (id: string) => {
    setDrafts((previous) => previous.filter((draft) => draft.id !== id));
    if (id === currentId) setCurrentId(null);
  };

  const record = saved as Record<string, unknown> | undefined;
  return (
    <Layout
      title="Draft a request"
      description="Draft a request under the Ljubljana–The Hague Convention in your browser and make its letter"
    >
      <main className="container margin-vert--lg lhc-draft">
        <Heading as="h1">Draft a request</Heading>
        <p>
          Choose a type of request and fill in the form, or open a request file. The form is generated from
          the <Link to="/requests">request schemas</Link> of <code>@lhc/requests</code>, and the request is
          checked as you go by the <code>validateRequest</code> of version 1 (<code>@lhc/requests/v1</code>).
          A version-0 request you open is migrated to version 1 with <code>migrate()</code>, which says what
          it could not carry over as it was. When it is valid, download it as JSON or make its letter.
        </p>
        <p className="lhc-draft__privacy">
          <strong>Nothing you enter is sent anywhere.</strong> Everything runs in your browser; drafts are
          kept only in this browser's local storage, until you delete them.
        </p>

        <section aria-labelledby="start-heading" className="lhc-draft__toolbar">
          <h2 id="start-heading" className="sr-only">
            Start or open a request
          </h2>
          <div>
            <label htmlFor={ids.type}>Request type</label>
            <select id={ids.type} value={newType} onChange={(event) => setNewType(event.target.value)}>
              {data.types.map((type) => (
                <option key={type.requestType} value={type.requestType}>
                  {type.title}
                </option>
              ))}
            </select>{" "}
            <button type="button" className="button button--primary" onClick={startNew} disabled={!mounted}>
              New request
            </button>
          </div>
          <div>
            <label htmlFor={ids.file}>Open JSON</label>
            <input
              id={ids.file}
              type="file"
              accept="application/json,.json"
              onChange={openFile}
              disabled={!mounted}
            />
          </div>
          <div>
            <label htmlFor={ids.example}>Open an example</label>
            <select id={ids.example} defaultValue="" onChange={openExample} disabled={!mounted}>
              <ExampleOptions examples={data.examples} />
            </select>
          </div>
        </section>
        {openProblem ? (
          <p role="alert" className="lhc-verdict lhc-verdict--invalid">
            {openProblem}
          </p>
        ) : null}
        {storageProblem ? <p role="alert">{storageProblem}</p> : null}
        {migration ? <MigrationNotice name={migration.name} opened={migration.opened} /> : null}

        <section aria-labelledby="drafts-heading">
          <h2 id="drafts-heading">Your drafts</h2>
          {mounted ? (
            <DraftsTable
              drafts={drafts}
              currentId={currentId}
              typeTitle={typeTitle}
              onOpen={async (id) => {
                // A draft kept from before version 1 is migrated when it is opened, and says so once.
                const draft = drafts.find((candidate) => candidate.id === id);
                const opened = draft ? (await withV1()).openAsV1(draft.data) : null;
                if (draft && opened && opened.kind === "migrated") {
                  setDrafts((previous) =>
                    previous.map((candidate) =>
                      candidate.id === id
                        ? { ...candidate, data: opened.data, updated: new Date().toISOString() }
                        : candidate,
                    ),
                  );
                }
                setMigration(draft && opened && opened.kind !== "v1" ? { name: draft.name, opened } : null);
                userActed.current = false;
                setCurrentId(id);
                setTouched(new Set());
                setShowAll(true);
                setLetterOpen(false);
                setChosenLanguage(null);
              }}
              onDelete={remove}
            />
          ) : (
            <p>Reading the drafts kept in this browser…</p>
          )}
        </section>

        {current && requestType && schema && result ? (
          <section aria-labelledby="draft-heading" className="lhc-draft__editor">
            <h2 id="draft-heading">
              {current.name}: {typeTitle(current.requestType)}
            </h2>
            <div className="lhc-draft__toolbar">
              <div>
                <label htmlFor={ids.name}>Draft name</label>
                <input
                  id={ids.name}
                  value={current.name}
                  onChange={(event) => change({ name: event.target.value, autoName: false })}
                />
              </div>
              <LetterLanguageSelect
                label="Language of the letter and the form"
                value={language}
                onChange={setChosenLanguage}
              />
              <button
                type="button"
                className="button button--primary"
                onClick={() =>
                  downloadFile(
                    `${current.name || "request"}.json`,
                    `${JSON.stringify(current.data, null, 2)}\n`,
                    "application/json",
                  )
                }
              >
                Download JSON
              </button>
              <button
                type="button"
                className="button button--secondary"
                aria-expanded={letterOpen}
                onClick={() => setLetterOpen((open) => !open)}
              >
                Letter
              </button>
              <button type="button" className="button button--secondary" onClick={() => setShowAll(true)}>
                Show every issue in the form
              </button>
            </div>

            {result.success ? (
              <section aria-labelledby="relations-heading" className="lhc-draft__relations">
                <h2 id="relations-heading" className="sr-only">
                  Verdict
                </h2>
                <Suspense fallback={<p>Checking the request against the treaty relations…</p>}>
                  {/* request-context reads the States, the date, the type, the offences' annexes, the language,
                      the translations and the channel, which keep their names and shapes in version 1. */}
                  <ContextFindings request={result.data as unknown as Request} />
                </Suspense>
              </section>
            ) : (
              <>
                <VerdictBox verdict={requestVerdict({ issues })}>
                  <details className="lhc-draft__issues" open={showAll}>
                    <summary>
                      {issues.length} {issues.length === 1 ? "field to correct" : "fields to correct"}
                    </summary>
                    <ol className="lhc-issues">
                      {issues.map((issue) => (
                        <li key={`${issue.path}|${issue.code}|${issue.message}`}>
                          <a href={`#${fieldId(issue.pathSegments)}`}>{word(issue)}</a>{" "}
                          <code className="lhc-muted">{issue.path}</code>
                        </li>
                      ))}
                    </ol>
                  </details>
                </VerdictBox>
                <section aria-labelledby="relations-heading" className="lhc-draft__relations">
                  <h2 id="relations-heading">Between the two States</h2>
                  {canAsk(record?.requestingState, record?.requestedState, record?.dateOfRequest) ? (
                    <Suspense fallback={<p>Reading the treaty relations…</p>}>
                      <BetweenAnswer
                        a={record?.requestingState as string}
                        b={record?.requestedState as string}
                        on={record?.dateOfRequest as string}
                        headingLevel="h3"
                        showLink
                      />
                    </Suspense>
                  ) : (
                    <p>
                      Once the requesting State, the requested State and the date of the request are filled
                      in, this says whether the Convention applies between the two States on that date.
                    </p>
                  )}
                </section>
              </>
            )}

            {letterOpen ? (
              result.success ? (
                <Suspense fallback={<p>Preparing the letter…</p>}>
                  <LetterPreview request={saved} fileName={current.name || "request"} language={language} />
                </Suspense>
              ) : (
                <p role="alert">
                  The letter is made from a valid request: {issues.length}{" "}
                  {issues.length === 1 ? "issue remains" : "issues remain"}.
                </p>
              )
            ) : null}

            {/* biome-ignore lint/a11y/noStaticElementInteractions: listens for the form's own inputs, bubbling up */}
            <div
              onInputCapture={() => {
                userActed.current = true;
              }}
              onChangeCapture={() => {
                userActed.current = true;
              }}
              onClickCapture={() => {
                userActed.current = true;
              }}
            >
              <Suspense fallback={<p>Loading the form…</p>}>
                <RequestForm
                  key={current.id}
                  requestType={requestType}
                  language={language}
                  schema={schema}
                  formData={current.data}
                  errors={errors}
                  onChange={changeData}
                  onBlur={(id) => setTouched((previous) => new Set(previous).add(id))}
                />
              </Suspense>
            </div>
          </section>
        ) : current && !v1 ? (
          <p>Loading the form…</p>
        ) : null}
      </main>
    </Layout>
  );
}
