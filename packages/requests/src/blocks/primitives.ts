import * as z from "zod";
import { limits } from "../limits.js";
import { shared } from "./lazy-shape.js";

/**
 * Text with at least one visible character and no unpaired UTF-16 surrogate (which no UTF-8 system
 * can store). Written as a JSON Schema pattern so that ajv, Java, .NET and Python validators agree.
 */
export const textPattern = /^\s*[^\s\uD800-\uDFFF][^\uD800-\uDFFF]*$/u;
export const countryCodePattern = /^[A-Z]{2}$/u;
export const languageTagPattern =
  /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*$/u;
export const scriptCodePattern = /^[A-Z][a-z]{3}$/u;
export const sha256Pattern = /^[a-f0-9]{64}$/u;
export const mediaTypePattern = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/u;
export const durationPattern =
  /^P(?!$)(?:\d{1,4}Y)?(?:\d{1,4}M)?(?:\d{1,4}W)?(?:\d{1,5}D)?(?:T(?=\d)(?:\d{1,5}H)?(?:\d{1,5}M)?(?:\d{1,6}S)?)?$/u;
export const emailPattern =
  /^[^\s@\uD800-\uDFFF]{1,64}@[^\s@\uD800-\uDFFF]{1,255}\.[^\s@\uD800-\uDFFF]{1,63}$/u;
export const phonePattern = /^\+?[0-9 ().-]{4,40}$/u;
export const localIdPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/u;
export const currencyPattern = /^[A-Z]{3}$/u;

/**
 * Each pattern's stable key and its wording in issue messages. The key travels in an issue's
 * `params.pattern`, so that a form can word the hint in its own language (see @lhc/letters).
 */
const patternTable = [
  {
    key: "text",
    pattern: textPattern,
    hint: "text with at least one visible character and no unpaired surrogate (invalid Unicode)",
  },
  {
    key: "country-code",
    pattern: countryCodePattern,
    hint: 'an ISO 3166-1 alpha-2 country code in capitals, such as "NL" (or "XK" for Kosovo)',
  },
  {
    key: "language-tag",
    pattern: languageTagPattern,
    hint: 'a BCP 47 language tag such as "en", "fr", "uk" or "sr-Latn"',
  },
  {
    key: "script-code",
    pattern: scriptCodePattern,
    hint: 'an ISO 15924 script code such as "Latn", "Cyrl" or "Arab"',
  },
  {
    key: "sha256",
    pattern: sha256Pattern,
    hint: "a SHA-256 digest written as 64 lower-case hexadecimal characters",
  },
  { key: "media-type", pattern: mediaTypePattern, hint: 'a media type such as "application/pdf"' },
  { key: "duration", pattern: durationPattern, hint: 'an ISO 8601 duration such as "P12Y" or "P2Y6M"' },
  { key: "email", pattern: emailPattern, hint: 'an e-mail address such as "mla@justice.example"' },
  { key: "phone", pattern: phonePattern, hint: 'a telephone number such as "+31 70 000 0000"' },
  {
    key: "local-id",
    pattern: localIdPattern,
    hint: "an identifier of letters, digits, '.', '_' or '-' (at most 64 characters)",
  },
  { key: "currency-code", pattern: currencyPattern, hint: 'an ISO 4217 currency code such as "EUR"' },
] as const;

export type PatternHintKey = (typeof patternTable)[number]["key"];

/** The keys of the patterns that have a hint, e.g. "country-code" (an issue's `params.pattern`). */
export const patternHintKeys: readonly PatternHintKey[] = patternTable.map((entry) => entry.key);

/** Human wording of each pattern, used in issue messages, by the pattern's source (String(regex)). */
export const patternHints: ReadonlyMap<string, string> = new Map(
  patternTable.map((entry) => [String(entry.pattern), entry.hint]),
);

/** The key of each pattern, by the pattern's source (String(regex)). */
export const patternKeys: ReadonlyMap<string, PatternHintKey> = new Map(
  patternTable.map((entry) => [String(entry.pattern), entry.key]),
);

// Each primitive is built once and shared. Fields wrap it (`.meta()`, `.optional()`, `field()`), which
// makes new schemas and leaves the shared one unchanged; building zod schemas is most of what importing
// this package costs, and a text field otherwise builds four schemas and three checks of its own.
const textByMax = new Map<number, z.ZodString>();

export const text = (max: number = limits.mediumText): z.ZodString => {
  let schema = textByMax.get(max);
  if (schema === undefined) {
    // One .check() with all three builds one schema instead of one per .min(), .max() and .regex().
    schema = z.string().check(z.minLength(1), z.maxLength(max), z.regex(textPattern));
    textByMax.set(max, schema);
  }
  return schema;
};
export const shortText = () => text(limits.shortText);
export const longText = () => text(limits.longText);
export const narrativeText = () => text(limits.narrativeText);

export const countryCode = shared(() =>
  z.string().regex(countryCodePattern).meta({
    description:
      'ISO 3166-1 alpha-2 country code in capitals (the user-assigned "XK" is accepted for Kosovo).',
  }),
);

export const languageTag = shared(() =>
  z
    .string()
    .check(z.maxLength(35), z.regex(languageTagPattern))
    .meta({ description: "BCP 47 language tag: language, optional script, region and variants." }),
);

export const scriptCode = shared(() =>
  z.string().regex(scriptCodePattern).meta({ description: "ISO 15924 script code." }),
);

/** Calendar date, ISO 8601 extended form YYYY-MM-DD. */
export const isoDate = shared(() => z.iso.date());

export const isoDuration = shared(() =>
  z.string().regex(durationPattern).meta({ description: "ISO 8601 duration, e.g. P12Y or P2Y6M." }),
);

export const sha256 = shared(() => z.string().regex(sha256Pattern));
export const mediaType = shared(() => z.string().check(z.maxLength(255), z.regex(mediaTypePattern)));
export const email = shared(() => z.string().check(z.maxLength(320), z.regex(emailPattern)));
export const phone = shared(() => z.string().regex(phonePattern));
export const localId = shared(() => z.string().regex(localIdPattern));
export const currencyCode = shared(() => z.string().regex(currencyPattern));

export const list = <T extends z.ZodType>(item: T, max: number = limits.list, min = 0) =>
  z.array(item).check(z.minLength(min), z.maxLength(max));
