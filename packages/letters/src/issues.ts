import type { RequestIssue } from "@lhc/requests";
import { type Labels, labelsFor } from "./catalog.js";

/**
 * What wording an issue reads: validateRequest's issues of version 0 and version 1 both fit. The
 * sentence is made from `code`, `pathSegments` and `params`; `message` is the last resort.
 */
export type WordableIssue = Pick<RequestIssue, "code" | "message" | "pathSegments"> & {
  params?: RequestIssue["params"];
};

let englishLabels: Labels | undefined;
const english = (): Labels => {
  englishLabels ??= labelsFor("en");
  return englishLabels;
};

/**
 * "Persons 2 › Date of birth": the field at a path, named by the labels of the letter's language (a list
 * item by its number, from 1), or "The request" at the root.
 */
export function fieldLabelPath(segments: readonly (string | number)[], labels: Labels): string {
  if (segments.length === 0) return labels.text("issue.theRequest");
  const parts: string[] = [];
  for (const segment of segments) {
    if (typeof segment === "number") {
      const previous = parts.pop() ?? "";
      parts.push(`${previous} ${segment + 1}`.trim());
    } else {
      parts.push(labels.field(segment));
    }
  }
  return parts.join(" › ");
}

/**
 * Text inside the language's quotation marks. A function, not a string, replaces: the text may be the
 * request's own (an id), and a replacement string would read "$&" or "$'" in it as patterns.
 */
function quoted(text: string, labels: Labels): string {
  return labels.text("issue.quote").replace("{value}", () => text);
}

/** A value as a person reads it: a code by its label, true and false as yes and no, quoted the language's way. */
function shownValue(value: unknown, labels: Labels): string {
  const label =
    typeof value === "string"
      ? (labels.value(value) ?? value)
      : typeof value === "boolean"
        ? labels.text(value ? "yes" : "no")
        : JSON.stringify(value);
  return quoted(label, labels);
}

function shownNumber(value: number, labels: Labels): string {
  try {
    return value.toLocaleString(labels.language);
  } catch {
    return String(value);
  }
}

/** The catalog key of an issue's sentence and what fills its placeholders. */
function sentenceOf(issue: WordableIssue, labels: Labels): { key: string; vars: Record<string, string> } {
  const p = issue.params ?? {};
  const values = p.values ?? [];
  // Every allowed value, unlike the package's message (at most 20): each is a short label, and an officer
  // choosing among them needs them all.
  const list = () => values.map((value) => shownValue(value, labels)).join(", ");
  const bound = () => shownNumber(p.bound ?? 0, labels);
  switch (issue.code) {
    case "required":
      return { key: "issue.required", vars: {} };
    case "invalid_type":
      return {
        key: "issue.invalid_type",
        vars: {
          expected: labels.text(`issue.type.${p.expected ?? "value"}`),
          received: labels.text(`issue.type.${p.received ?? "value"}`),
        },
      };
    case "invalid_value":
    case "invalid_variant":
    case "unknown_request_type":
      if (values.length === 1) return { key: "issue.invalid_value.one", vars: { values: list() } };
      if (values.length > 1) return { key: "issue.invalid_value.many", vars: { values: list() } };
      return { key: `issue.${issue.code}`, vars: {} };
    case "invalid_format":
      return {
        key: "issue.invalid_format",
        vars: {
          format: labels.text(
            p.format === "regex" && p.pattern !== undefined
              ? `issue.pattern.${p.pattern}`
              : `issue.format.${p.format === "date" || p.format === "datetime" ? p.format : "other"}`,
          ),
        },
      };
    case "too_small":
    case "too_big": {
      const origin = p.origin ?? "number";
      if (issue.code === "too_small" && origin === "string" && p.bound === 1)
        return { key: "issue.too_small.string.empty", vars: {} };
      const one = origin === "array" && p.bound === 1 ? ".one" : "";
      return { key: `issue.${issue.code}.${origin}${one}`, vars: { bound: bound() } };
    }
    case "unknown_key":
      return p.count === undefined
        ? { key: "issue.unknown_key", vars: {} }
        : { key: "issue.unknown_key.more", vars: { count: shownNumber(p.count, labels) } };
    default:
      // rule (without an id), not_json, unreadable, cyclic, too_deep, too_large.
      return { key: `issue.${issue.code}`, vars: {} };
  }
}

/**
 * One issue of validateRequest as a sentence for a person, in the language of `labels`: the field named
 * by its labels ("Personnes 2 › Date de naissance"), allowed values by their labels, bounds and formats
 * in words, and a rule between fields by its sentence, keyed by the rule's id (`issue.rule.<id>` in the
 * catalogs). Like every label, a sentence a language lacks is read from English, except a rule's: a rule
 * the language does not word, or that no catalog words (one added to @lhc/requests since), reads as the
 * package's own English message.
 *
 * The sentence cites no provisions, unlike the package's message: the issue's `basis` holds them, and
 * the request builder shows each section's provisions beside the section, once.
 */
export function issueSentence(issue: WordableIssue, labels: Labels): string {
  const rule = issue.params?.rule;
  const { key, vars } =
    rule === undefined
      ? sentenceOf(issue, labels)
      : { key: `issue.rule.${rule}`, vars: ruleVars(issue, labels) };
  const template = labels.text(key);
  // labels.text gives the key back when no catalog has it. A rule's sentence that the language lacks
  // (labels.text then gives English's) reads as the package's own message instead: an explanation in
  // English is better whole than a French field label inside an English sentence.
  if (template === key) return issue.message;
  if (rule !== undefined && labels.language !== "en" && template === english().text(key))
    return issue.message;
  const all: Record<string, string> = { field: fieldLabelPath(issue.pathSegments, labels), ...vars };
  return template.replace(/\{(\w+)(?::([^}]+))?\}/gu, (whole, name: string, argument: string | undefined) => {
    if (name === "code" && argument !== undefined) return shownValue(argument, labels);
    if (name === "name" && argument !== undefined) return quoted(labels.field(argument), labels);
    return Object.hasOwn(all, name) ? (all[name] as string) : whole;
  });
}

function ruleVars(issue: WordableIssue, labels: Labels): Record<string, string> {
  const p = issue.params ?? {};
  const quote = (text: string) => quoted(text, labels);
  const vars: Record<string, string> = {};
  if (p.value !== undefined) vars.value = quote(p.value);
  if (p.values !== undefined) vars.values = p.values.map((value) => quote(String(value))).join(", ");
  if (p.collection !== undefined) vars.collection = quote(fieldLabelPath(p.collection, labels));
  return vars;
}
