import { catalogFiles } from "../generated/catalogs.js";
import { isLetterLanguage } from "./languages.js";

/** One language's labels: a file `labels/<language>.json`. English is complete; others fall back to it. */
export interface LabelCatalog {
  language: string;
  /** The language's name in that language, e.g. "Français". */
  name: string;
  /** Headings and phrases of the letter, by key (e.g. "section.persons", "yes"). */
  text: Record<string, string>;
  /** Labels of request fields, by property name (e.g. "dateOfRequest"). */
  fields: Record<string, string>;
  /** Labels of coded values, by value (e.g. "service-of-documents"). */
  values: Record<string, string>;
}

const catalogs: Readonly<Record<string, LabelCatalog>> = catalogFiles;
const english = catalogs.en as LabelCatalog;

// The list of languages is its own module (@lhc/letters/languages), made from the same labels/*.json.
export { isLetterLanguage, letterLanguages } from "./languages.js";

/** The label catalog of a language as its file holds it (no fallback), or undefined. */
export function labelCatalog(language: string): LabelCatalog | undefined {
  return isLetterLanguage(language) ? catalogs[language] : undefined;
}

export interface Labels {
  readonly language: string;
  text(key: string): string;
  field(name: string): string;
  /** The label of a coded value, or undefined when the value is not a code the catalogs know. */
  value(value: string): string | undefined;
}

const own = (table: Record<string, string> | undefined, key: string): string | undefined =>
  table && Object.hasOwn(table, key) ? table[key] : undefined;

/**
 * Labels in `language`; a label missing from its catalog falls back to English, and a field English
 * does not know either is shown by its property name, so that no value is ever left without a label.
 */
export function labelsFor(language: string): Labels {
  return labelsFrom(labelCatalog(language) ?? english);
}

/** Labels from a catalog that may be incomplete (a new language in progress), falling back to English. */
export function labelsFrom(catalog: LabelCatalog): Labels {
  return {
    language: catalog.language,
    text: (key) => own(catalog.text, key) ?? own(english.text, key) ?? key,
    field: (name) => own(catalog.fields, name) ?? own(english.fields, name) ?? name,
    value: (value) => own(catalog.values, value) ?? own(english.values, value),
  };
}

export interface MissingLabels {
  text: string[];
  fields: string[];
  values: string[];
}

/** The keys English has and `language`'s catalog lacks (they are shown in English). */
export function missingLabels(language: string): MissingLabels {
  const catalog = labelCatalog(language);
  const missing = (table: "text" | "fields" | "values") =>
    Object.keys(english[table]).filter((key) => own(catalog?.[table], key) === undefined);
  return { text: missing("text"), fields: missing("fields"), values: missing("values") };
}

/** The letter language for a request: the option, else the request's language if it has a catalog, else English. */
export function letterLanguageOf(request: { language?: unknown }, wanted?: string): string {
  if (wanted !== undefined) return isLetterLanguage(wanted) ? wanted : "en";
  const tag = typeof request.language === "string" ? request.language : "";
  const primary = tag.split("-")[0] ?? "";
  return isLetterLanguage(primary) ? primary : "en";
}
