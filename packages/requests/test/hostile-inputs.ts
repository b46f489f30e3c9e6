// The hostile inputs that JSON can carry, written once: hostile.test.ts asserts what validateRequest says
// about each, and scripts/release/test/python-jsonschema.test.ts asserts that Python's jsonschema gives each
// the verdict ajv gives. This module imports nothing from ../src, so that the release test keeps reading the
// built package.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { paths, replaced } from "./json-paths.js";

/** A valid MLA request for service of documents only: the request the inputs below alter. */
export const serviceOnly = (): Record<string, unknown> =>
  JSON.parse(
    readFileSync(
      join(import.meta.dirname, "..", "examples", "valid", "mla-service-of-documents-only.json"),
      "utf8",
    ),
  );

export const prototypeKeys = ["__proto__", "constructor", "prototype"] as const;

/** The request as JSON text with `key` (with a `polluted` member) at the top and inside requestingAuthority. */
export const withPrototypeKey = (key: string): string =>
  JSON.stringify(serviceOnly()).replace(
    '"requestingAuthority":{',
    `"${key}":{"polluted":true},"requestingAuthority":{"${key}":{"polluted":true},`,
  );

/** The request as JSON text whose otherInformation nests 100,000 objects deep (text, as a parser meets it). */
export function deeplyNested(): string {
  let deep = '"bottom"';
  for (let i = 0; i < 100_000; i += 1) deep = `{"nested":${deep}}`;
  return JSON.stringify(serviceOnly()).replace(/\}$/u, `,"otherInformation":${deep}}`);
}

/** 5,000 nested empty lists as JSON text. */
export const nestedLists = (): string => `${"[".repeat(5_000)}${"]".repeat(5_000)}`;

export const megabyteString = () => ({ ...serviceOnly(), purpose: "x".repeat(1_048_576) });

/** The request with `count` measures of type "other", and the facts summary such measures require. */
export const withMeasures = (count: number) => ({
  ...serviceOnly(),
  factsSummary: "Facts.",
  measures: Array.from({ length: count }, () => ({ type: "other", description: "x" })),
});

export function withWideAuthority() {
  const wide: Record<string, number> = {};
  for (let i = 0; i < 100_000; i += 1) wide[`k${i}`] = i;
  return { ...serviceOnly(), requestingAuthority: wide };
}

export function withUnknownFields(count: number) {
  const request = serviceOnly();
  for (let i = 0; i < count; i += 1) request[`extra${i}`] = i;
  return request;
}

export const loneSurrogates = ["\uD800", "abc\uDC00", "\uDBFF\uDBFF x"];
export const astralName = "𝒜 Authority — Ǆ e\u0301 🇸🇮";

export function withAuthorityName(name: string) {
  const request = serviceOnly();
  request.requestingAuthority = { ...(request.requestingAuthority as object), name };
  return request;
}

/** Every JSON kind of value at the top level, as text. */
export const topLevelValues = [
  ["null", "null"],
  ["a number", "0"],
  ["a string", '"mla"'],
  ["a list", "[]"],
  ["true", "true"],
  ["an empty object", "{}"],
] as const;

/** All of the above, each named and as the JSON text a system could receive, for request type "mla" unless said. */
export function hostileJsonInputs<T extends string>(requestTypes: readonly T[]) {
  const cases: { name: string; type: T | "mla"; text: string }[] = [];
  const add = (name: string, value: unknown, type: T | "mla" = "mla") =>
    cases.push({ name, type, text: typeof value === "string" ? value : JSON.stringify(value) });
  for (const key of prototypeKeys) add(`prototype key ${key}`, withPrototypeKey(key));
  add("100,000 levels of nesting", deeplyNested());
  add("5,000 nested lists", nestedLists());
  add("a megabyte string", megabyteString());
  add("50,000 measures", withMeasures(50_000));
  add("51 measures", withMeasures(51));
  add("an object with 100,000 keys", withWideAuthority());
  add("25 unknown fields", withUnknownFields(25));
  // JSON.stringify writes a lone surrogate as a \u escape, which a parser has to refuse or carry.
  for (const bad of loneSurrogates) add(`a lone surrogate in ${JSON.stringify(bad)}`, withAuthorityName(bad));
  add("astral characters and combining marks", withAuthorityName(astralName));
  add("a date in Devanagari digits", { ...serviceOnly(), dateOfRequest: "२०२६-०९-१४" });
  add("a date that does not exist", { ...serviceOnly(), dateOfRequest: "2026-02-30" });
  for (const type of requestTypes) {
    for (const [name, value] of topLevelValues) add(`${name} as a ${type} request`, value, type);
  }
  return cases;
}

const wrongValues: unknown[] = [null, 0, -1.5, true, "", "text", [], [null], {}];

/** The document with the value at each of its paths replaced by each value of a wrong type, labelled. */
export function wrongTypedVariants(document: unknown) {
  return paths(document).flatMap((path) =>
    wrongValues.map((value) => ({
      path,
      label: `${JSON.stringify(path)} = ${JSON.stringify(value)}`,
      input: replaced(document, path, value),
    })),
  );
}
