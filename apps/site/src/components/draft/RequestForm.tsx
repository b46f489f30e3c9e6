import { issueSentence, type Labels, labelsFor, letterSections, stateNaming } from "@lhc/letters/labels";
import type { RequestType } from "@lhc/requests";
import Form, { getDefaultRegistry } from "@rjsf/core";
import {
  ariaDescribedByIds,
  type ErrorSchema,
  type Field,
  type FieldProps,
  type IconButtonProps,
  type ObjectFieldTemplateProps,
  type Registry,
  type RJSFSchema,
  type UiSchema,
  type Widget,
  type WidgetProps,
} from "@rjsf/utils";
import { type ReactNode, useId, useMemo } from "react";
import { requestValidator } from "./validator";

const defaults = getDefaultRegistry();
const DefaultTextWidget = defaults.widgets.TextWidget as Widget;
const DefaultTextareaWidget = defaults.widgets.TextareaWidget as Widget;
const DefaultSelectWidget = defaults.widgets.SelectWidget as Widget;
/** What every part of the form reads its words from: the catalog of the letter's language. */
interface FormContext {
  language: string;
  labels: Labels;
}
const contextOf = (registry: Registry): FormContext => registry.formContext as FormContext;

/** What a section's fields rest on, said once for the section rather than under every field. */
function SectionBasis({
  fields,
}: {
  fields: { label: string; schema: RJSFSchema | undefined }[];
}): ReactNode {
  const rows = fields.flatMap(({ label, schema }) => {
    const basis = (schema as { basis?: unknown } | undefined)?.basis;
    return Array.isArray(basis) && basis.length > 0 ? [{ label, basis: basis.map(String) }] : [];
  });
  if (rows.length === 0) return null;
  const unverified = fields.some(
    ({ schema }) =>
      (schema as { conventionArticleStatus?: unknown } | undefined)?.conventionArticleStatus ===
      "not yet verified",
  );
  return (
    <details className="lhc-draft__basis">
      <summary>What these fields rest on</summary>
      <ul>
        {rows.map((row) => (
          <li key={row.label}>
            {row.label}: {row.basis.join("; ")}
          </li>
        ))}
      </ul>
      {unverified ? (
        <p className="lhc-muted">
          The article of the Ljubljana–The Hague Convention for these fields is not yet verified; the
          provisions above are those of comparable instruments.
        </p>
      ) : null}
    </details>
  );
}

const isFilled = (value: unknown): boolean =>
  value !== undefined &&
  value !== "" &&
  !(Array.isArray(value) && value.length === 0) &&
  !(value !== null && typeof value === "object" && Object.keys(value).length === 0);

/**
 * Top-level fields grouped in the sections a request reads in (the same list the letters use), each a
 * panel that says how many of its fields are filled in; sections with no required field start folded.
 */
function RootSections(props: ObjectFieldTemplateProps): ReactNode {
  const ObjectFieldTemplate = defaults.templates.ObjectFieldTemplate;
  if (props.fieldPathId.path.length > 0) return <ObjectFieldTemplate {...props} />;
  const { labels } = contextOf(props.registry);
  const byName = new Map(props.properties.map((property) => [property.name, property]));
  const placed = new Set<string>();
  const required = new Set(props.schema.required ?? []);
  const data = (props.formData ?? {}) as Record<string, unknown>;
  const groups = letterSections.map((section) => {
    const members = (section.fields as readonly string[]).flatMap((name) => {
      const property = byName.get(name);
      if (!property) return [];
      placed.add(name);
      return [property];
    });
    return { id: section.id, heading: labels.text(`section.${section.id}`), members };
  });
  const rest = props.properties.filter((property) => !placed.has(property.name));
  const shown = groups.filter((group) => group.members.some((member) => !member.hidden));
  const filledSections = shown.filter((group) =>
    group.members.filter((m) => !m.hidden && required.has(m.name)).every((m) => isFilled(data[m.name])),
  ).length;
  return (
    <div className="lhc-draft__sections">
      <p className="lhc-draft__progress">
        <progress
          max={shown.length}
          value={filledSections}
          aria-label="Sections with every required field filled in"
        />{" "}
        {filledSections} of {shown.length} sections have every required field filled in.
      </p>
      {shown.map((group) => {
        const visible = group.members.filter((member) => !member.hidden);
        const filled = visible.filter((member) => isFilled(data[member.name])).length;
        const needed = visible.some((member) => required.has(member.name));
        return (
          <details
            key={group.id}
            className="lhc-draft__section"
            open={needed}
            aria-labelledby={`section-${group.id}`}
          >
            <summary>
              <h2 id={`section-${group.id}`}>{group.heading}</h2>{" "}
              <span className="lhc-muted">
                {filled} of {visible.length} filled{needed ? "" : " · optional"}
              </span>
            </summary>
            <SectionBasis
              fields={visible.map((member) => ({
                label: labels.field(member.name),
                schema: props.schema.properties?.[member.name] as RJSFSchema | undefined,
              }))}
            />
            {group.members.map((member) => (
              <div key={member.name}>{member.content}</div>
            ))}
          </details>
        );
      })}
      {groups
        .filter((group) => !group.members.some((member) => !member.hidden))
        .flatMap((group) => group.members.map((member) => <div key={member.name}>{member.content}</div>))}
      {rest.map((member) => (
        <div key={member.name}>{member.content}</div>
      ))}
    </div>
  );
}

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const twoLetterCodes = [...LETTERS].flatMap((a) => [...LETTERS].map((b) => `${a}${b}`));

/** Every code the letters can name as a State, with its name in `language`, sorted by name. */
function stateChoices(language: string): { code: string; name: string }[] {
  const choices = twoLetterCodes.flatMap((code) => {
    const naming = stateNaming(code, language);
    return naming.from === "unknown" ? [] : [{ code, name: naming.name }];
  });
  return choices.sort((a, b) => a.name.localeCompare(b.name, language));
}

/** The two-letter language codes the browser can name (ISO 639-1) in `language`, sorted by name. */
function languageChoices(language: string): { code: string; name: string }[] {
  let names: Intl.DisplayNames;
  try {
    names = new Intl.DisplayNames([language], { type: "language", fallback: "none" });
  } catch {
    return [];
  }
  return twoLetterCodes
    .map((code) => code.toLowerCase())
    .flatMap((code) => {
      const name = names.of(code);
      return name && name !== code ? [{ code, name }] : [];
    })
    .sort((a, b) => a.name.localeCompare(b.name, language));
}

/** Each list once per language: they are built from every two-letter code. */
function cached(build: (language: string) => { code: string; name: string }[]) {
  const lists = new Map<string, { code: string; name: string }[]>();
  return (language: string) => {
    let list = lists.get(language);
    if (!list) {
      list = build(language);
      lists.set(language, list);
    }
    return list;
  };
}
const statesIn = cached(stateChoices);
const languagesIn = cached(languageChoices);

/**
 * A code field (a State, a language) whose suggestions are names: typing "Lat" offers Latvia, and the
 * field keeps the code (LV) the schema asks for. Any other code can still be typed.
 */
function CodeWithNames({
  choices,
  ...props
}: WidgetProps & { choices: () => { code: string; name: string }[] }): ReactNode {
  const listId = `${props.id}__names`;
  const value = typeof props.value === "string" ? props.value : "";
  const named = choices().find((choice) => choice.code === value);
  return (
    <>
      <input
        id={props.id}
        name={props.id}
        className="form-control"
        list={listId}
        value={value}
        required={props.required}
        disabled={props.disabled || props.readonly}
        autoComplete="off"
        aria-describedby={ariaDescribedByIds(props.id)}
        onChange={(event) =>
          props.onChange(event.target.value === "" ? props.options.emptyValue : event.target.value)
        }
        onBlur={(event) => props.onBlur(props.id, event.target.value)}
        onFocus={(event) => props.onFocus(props.id, event.target.value)}
      />
      <datalist id={listId}>
        {choices().map((choice) => (
          <option key={choice.code} value={choice.code}>
            {choice.name}
          </option>
        ))}
      </datalist>
      {named ? <span className="lhc-muted"> {named.name}</span> : null}
    </>
  );
}

const StateWidget = (props: WidgetProps) => (
  <CodeWithNames {...props} choices={() => statesIn(contextOf(props.registry).language)} />
);
const LanguageWidget = (props: WidgetProps) => (
  <CodeWithNames {...props} choices={() => languagesIn(contextOf(props.registry).language)} />
);

/** Long texts (descriptions, reasons, facts) get a text area; everything else the default input. */
function TextOrTextarea(props: WidgetProps): ReactNode {
  if (typeof props.schema.maxLength === "number" && props.schema.maxLength >= 10_000) {
    return <DefaultTextareaWidget {...props} options={{ ...props.options, rows: 4 }} />;
  }
  return <DefaultTextWidget {...props} />;
}

type Options = { value: string; title: string; schema: RJSFSchema }[];

function measureOptions(schema: RJSFSchema): Options {
  return ((schema.oneOf ?? schema.anyOf ?? []) as RJSFSchema[]).flatMap((option) => {
    const type = (option.properties?.type as RJSFSchema | undefined)?.const;
    return typeof type === "string" ? [{ value: type, title: option.title ?? type, schema: option }] : [];
  });
}

/**
 * A measure: its type is chosen first (a select listing the measure types of the schema), and only
 * then do the fields of that type appear. A type the schema does not know is kept and shown as such.
 */
function MeasureField(props: FieldProps): ReactNode {
  const { schema, formData, registry, fieldPathId, onChange, uiSchema } = props;
  const selectId = `${fieldPathId.$id}_type__choose`;
  const hintId = useId();
  // rjsf hands a custom field its schema already narrowed; the measure types are read from the root.
  const measureItems = (registry.rootSchema.properties?.measures as RJSFSchema | undefined)?.items as
    | RJSFSchema
    | undefined;
  const options = measureOptions(measureItems ?? schema);
  const data = formData as Record<string, unknown> | undefined;
  const type = typeof data?.type === "string" ? data.type : undefined;
  const option = options.find((candidate) => candidate.value === type);
  const choose = (next: string) => {
    if (next === "") return;
    // Changing the type keeps what every measure has (identifier, description, procedure).
    const kept = Object.fromEntries(
      Object.entries(data ?? {}).filter(([key]) => ["id", "description", "procedure"].includes(key)),
    );
    onChange({ ...kept, type: next }, fieldPathId.path);
  };
  const picker = (
    <div className="form-group lhc-draft__measure-type">
      <label htmlFor={selectId}>Type of measure</label>
      <select
        id={selectId}
        className="form-control"
        value={type ?? ""}
        aria-describedby={hintId}
        onChange={(event) => choose(event.target.value)}
      >
        <option value="">Choose the type of measure…</option>
        {options.map((candidate) => (
          <option key={candidate.value} value={candidate.value}>
            {candidate.title}
          </option>
        ))}
        {type !== undefined && !option ? (
          <option value={type}>{type} (not a type the schema knows)</option>
        ) : null}
      </select>
      <p id={hintId} className="lhc-muted">
        {option
          ? (option.schema.description ?? "")
          : type === undefined
            ? "The fields of the measure appear once its type is chosen."
            : `"${type}" is not a measure type of the schema; the rest of this measure is kept as it was opened.`}
      </p>
    </div>
  );
  if (!option) return picker;
  const SchemaField = registry.fields.SchemaField as Field;
  const { oneOf: _oneOf, anyOf: _anyOf, ...unionRest } = measureItems ?? schema;
  const optionSchema = { ...unionRest, ...option.schema, description: undefined } as RJSFSchema;
  const { "ui:field": _field, "ui:fieldReplacesAnyOrOneOf": _replaces, ...restUi } = uiSchema ?? {};
  return (
    <div className="lhc-draft__measure">
      {picker}
      <SchemaField
        {...props}
        schema={optionSchema}
        uiSchema={{ ...restUi, type: { "ui:widget": "hidden" } }}
      />
    </div>
  );
}

/** "root_measures_0" → "Measures: no. 1": what a button acts on, for its accessible name. */
function describeFieldId(id: string, labels: Labels): string {
  const segments = id
    .replace(/__[A-Za-z]+$/, "")
    .split("_")
    .slice(1);
  const last = segments[segments.length - 1];
  const names = segments.filter((segment) => !/^\d+$/.test(segment));
  const label = labels.field(names[names.length - 1] ?? "request");
  return last !== undefined && /^\d+$/.test(last)
    ? labels
        .text("itemOf")
        .replace("{label}", label)
        .replace("{n}", String(Number(last) + 1))
    : label;
}

/** An array button with visible text and a name that says which list or item it acts on. */
function TextButton({
  id,
  registry,
  onClick,
  disabled,
  text,
  describe,
}: IconButtonProps & { text: string; describe: (what: string) => string }): ReactNode {
  return (
    <button
      type="button"
      id={id}
      className="button button--sm button--outline button--secondary margin-right--sm"
      onClick={onClick}
      disabled={disabled}
      aria-label={describe(describeFieldId(id ?? "", contextOf(registry).labels))}
    >
      {text}
    </button>
  );
}

/**
 * A select with a name for screen readers: the one the form library puts before the options of an
 * `anyOf`/`oneOf` (e.g. a contact given by telephone or by e-mail) has no label of its own.
 */
function NamedSelect(props: WidgetProps): ReactNode {
  const choosesOption = /__(?:any|one)of_select$/.test(props.id);
  if (!choosesOption) return <DefaultSelectWidget {...props} />;
  const baseId = props.id.replace(/__(?:any|one)of_select$/, "");
  return (
    <>
      <label htmlFor={props.id} className="sr-only">
        {describeFieldId(baseId, contextOf(props.registry).labels)}
      </label>
      <DefaultSelectWidget {...props} />
    </>
  );
}

const ButtonTemplates = {
  AddButton: (props: IconButtonProps) => (
    <TextButton {...props} text="Add" describe={(what) => `Add to ${what}`} />
  ),
  RemoveButton: (props: IconButtonProps) => (
    <TextButton {...props} text="Remove" describe={(what) => `Remove ${what}`} />
  ),
  MoveUpButton: (props: IconButtonProps) => (
    <TextButton {...props} text="Move up" describe={(what) => `Move up ${what}`} />
  ),
  MoveDownButton: (props: IconButtonProps) => (
    <TextButton {...props} text="Move down" describe={(what) => `Move down ${what}`} />
  ),
  CopyButton: (props: IconButtonProps) => (
    <TextButton {...props} text="Copy" describe={(what) => `Copy ${what}`} />
  ),
};

const uiSchema: UiSchema = {
  "ui:submitButtonOptions": { norender: true },
  requestType: { "ui:widget": "hidden" },
  requestingState: { "ui:widget": StateWidget },
  requestedState: { "ui:widget": StateWidget },
  language: { "ui:widget": LanguageWidget },
  schemaVersion: { "ui:widget": "hidden" },
  // The measure field replaces rjsf's own choice of oneOf option (which would render the fields again).
  measures: { items: { "ui:field": MeasureField, "ui:fieldReplacesAnyOrOneOf": true } },
};

export interface RequestFormProps {
  requestType: RequestType;
  /** The letter's language, which the form's labels follow. */
  language: string;
  schema: RJSFSchema;
  formData: unknown;
  errors: ErrorSchema;
  onChange: (data: unknown) => void;
  onBlur: (id: string) => void;
}

/** The request form: generated by react-jsonschema-form from the package's JSON Schema for the type. */
export default function RequestForm({
  requestType,
  language,
  schema,
  formData,
  errors,
  onChange,
  onBlur,
}: RequestFormProps): ReactNode {
  // The validator mostly steers the form (which measure option a value matches, which fields the schema's
  // if/else requires); the errors shown are DraftPage's, from the same validateRequest, hence noValidate.
  const formContext = useMemo<FormContext>(() => ({ language, labels: labelsFor(language) }), [language]);
  const validator = useMemo(
    () => requestValidator(requestType, (issue) => issueSentence(issue, formContext.labels)),
    [requestType, formContext],
  );
  return (
    <Form
      schema={schema}
      uiSchema={uiSchema}
      formData={formData}
      validator={validator}
      formContext={formContext}
      noValidate
      showErrorList={false}
      extraErrors={errors}
      idPrefix="root"
      idSeparator="_"
      templates={{ ObjectFieldTemplate: RootSections, ButtonTemplates }}
      widgets={{ TextWidget: TextOrTextarea, SelectWidget: NamedSelect }}
      experimental_defaultFormStateBehavior={{
        // Nothing is filled in for the user: a request holds exactly what was typed, chosen or opened.
        emptyObjectFields: "skipDefaults",
        arrayMinItems: { populate: "never" },
        constAsDefaults: "never",
      }}
      onChange={(event) => onChange(event.formData)}
      onBlur={(id) => onBlur(id)}
      onSubmit={() => undefined}
    />
  );
}
