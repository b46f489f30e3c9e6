// src/basis-ids.ts
var basisIds = [
  "UNTOC 16(4)",
  "UNTOC 16(9)",
  "UNTOC 18(3)(a)",
  "UNTOC 18(3)(b)",
  "UNTOC 18(3)(c)",
  "UNTOC 18(3)(d)",
  "UNTOC 18(3)(e)",
  "UNTOC 18(3)(f)",
  "UNTOC 18(3)(g)",
  "UNTOC 18(3)(h)",
  "UNTOC 18(3)(i)",
  "UNTOC 18(10)",
  "UNTOC 18(13)",
  "UNTOC 18(14)",
  "UNTOC 18(15)(a)",
  "UNTOC 18(15)(b)",
  "UNTOC 18(15)(c)",
  "UNTOC 18(15)(d)",
  "UNTOC 18(15)(e)",
  "UNTOC 18(15)(f)",
  "UNTOC 18(16)",
  "UNTOC 18(17)",
  "UNTOC 18(18)",
  "UNTOC 18(20)",
  "UNTOC 18(24)",
  "UNTOC 18(27)",
  "UNCAC 46(3)(j)",
  "UNCAC 46(3)(k)",
  "UNCAC 46(14)",
  "UNCAC 46(15)(a)",
  "UNCAC 46(15)(b)",
  "UNCAC 46(15)(c)",
  "UNCAC 46(15)(d)",
  "UNCAC 46(15)(e)",
  "UNCAC 46(15)(f)",
  "UNCAC 46(20)",
  "UNCAC 46(24)",
  "Model-MLA 1(2)(b)",
  "ECMA 3(2)",
  "ECMA 3(3)",
  "ECMA 14(1)(a)",
  "ECMA 14(1)(b)",
  "ECMA 14(1)(c)",
  "ECMA 14(1)(d)",
  "ECMA 14(2)",
  "ECMA 15(1)",
  "ECMA 15(7)",
  "ECMA 16(2)",
  "2AP-ECMA 8",
  "2AP-ECMA 9(1)",
  "2AP-ECMA 9(3)",
  "2AP-ECMA 25",
  "ECE 12(1)",
  "ECE 12(2)(a)",
  "ECE 12(2)(b)",
  "ECE 12(2)(c)",
  "ECE 13",
  "ECE 16(1)",
  "ECE 16(2)",
  "ECE 16(3)",
  "ECE 23",
  "3AP-ECE 2(1)(a)",
  "3AP-ECE 2(1)(b)",
  "3AP-ECE 2(1)(c)",
  "3AP-ECE 2(1)(d)",
  "3AP-ECE 2(1)(e)",
  "3AP-ECE 2(1)(f)",
  "3AP-ECE 2(1)(g)",
  "3AP-ECE 2(1)(h)",
  "TSP 2(3)",
  "TSP 3(1)(b)",
  "TSP 3(1)(d)",
  "TSP 4(3)(a)",
  "TSP 4(3)(b)",
  "TSP 4(3)(c)",
  "TSP 4(3)(d)",
  "TSP 5(1)",
  "TSP 5(2)",
  "TSP 6(1)(a)",
  "TSP 6(1)(b)",
  "TSP 6(1)(c)",
  "TSP 6(2)(a)",
  "TSP 6(2)(b)",
  "TSP 6(2)(c)",
  "TSP 6(2)(d)",
  "TSP 9(1)",
  "TSP 17(3)",
  "EAW 8(1)(a)",
  "EAW 8(1)(b)",
  "EAW 8(1)(c)",
  "EAW 8(1)(d)",
  "EAW 8(1)(e)",
  "EAW 8(1)(f)",
  "EAW 8(1)(g)",
  "EAW 8(2)",
  "RS 87(1)(a)",
  "RS 87(1)(b)",
  "RS 87(2)",
  "RS 87(3)",
  "RS 87(4)",
  "RS 91(1)",
  "RS 91(2)(a)",
  "RS 91(2)(b)",
  "RS 91(2)(c)",
  "RS 91(3)(a)",
  "RS 91(3)(b)",
  "RS 91(3)(c)",
  "RS 91(3)(d)",
  "RS 92(1)",
  "RS 92(2)",
  "RS 92(2)(a)",
  "RS 92(2)(b)",
  "RS 92(2)(c)",
  "RS 92(2)(d)",
  "RS 93(1)(a)",
  "RS 93(1)(b)",
  "RS 93(1)(c)",
  "RS 93(1)(d)",
  "RS 93(1)(e)",
  "RS 93(1)(f)",
  "RS 93(1)(g)",
  "RS 93(1)(h)",
  "RS 93(1)(i)",
  "RS 93(1)(j)",
  "RS 93(1)(k)",
  "RS 93(1)(l)",
  "RS 96(1)",
  "RS 96(2)(a)",
  "RS 96(2)(b)",
  "RS 96(2)(c)",
  "RS 96(2)(d)",
  "RS 96(2)(e)",
  "RS 96(2)(f)"
];
function citeBasis(id) {
  const space = id.indexOf(" ");
  return space === -1 ? id : `${id.slice(0, space)} art. ${id.slice(space + 1)}`;
}

// src/blocks/primitives.ts
import * as z from "zod";

// src/limits.ts
var limits = {
  /** Codes, identifiers and references. */
  shortText: 200,
  /** Names, titles, legal qualifications, addresses. */
  mediumText: 1e3,
  /** Descriptions, reasons, purposes. */
  longText: 1e4,
  /** Summaries of facts and statements of law. */
  narrativeText: 1e5,
  /** Items in a list of strings such as aliases or legal provisions. */
  smallList: 20,
  /** Persons, offences, premises, assets and similar lists. */
  list: 100,
  /** Measures of assistance in one request. */
  measures: 50,
  /** Documents attached to one request. */
  attachments: 200
};
var readLimits = {
  maxDepth: 64,
  maxArrayLength: 1e4,
  maxObjectKeys: 1e3,
  maxNodes: 1e6
};

// src/blocks/primitives.ts
var textPattern = /^\s*[^\s\uD800-\uDFFF][^\uD800-\uDFFF]*$/u;
var countryCodePattern = /^[A-Z]{2}$/u;
var languageTagPattern = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*$/u;
var scriptCodePattern = /^[A-Z][a-z]{3}$/u;
var sha256Pattern = /^[a-f0-9]{64}$/u;
var mediaTypePattern = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/u;
var durationPattern = /^P(?!$)(?:\d{1,4}Y)?(?:\d{1,4}M)?(?:\d{1,4}W)?(?:\d{1,5}D)?(?:T(?=\d)(?:\d{1,5}H)?(?:\d{1,5}M)?(?:\d{1,6}S)?)?$/u;
var emailPattern = /^[^\s@\uD800-\uDFFF]{1,64}@[^\s@\uD800-\uDFFF]{1,255}\.[^\s@\uD800-\uDFFF]{1,63}$/u;
var phonePattern = /^\+?[0-9 ().-]{4,40}$/u;
var localIdPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/u;
var currencyPattern = /^[A-Z]{3}$/u;
var patternHints = /* @__PURE__ */ new Map([
  [
    String(textPattern),
    "text with at least one visible character and no unpaired surrogate (invalid Unicode)"
  ],
  [
    String(countryCodePattern),
    'an ISO 3166-1 alpha-2 country code in capitals, such as "NL" (or "XK" for Kosovo)'
  ],
  [String(languageTagPattern), 'a BCP 47 language tag such as "en", "fr", "uk" or "sr-Latn"'],
  [String(scriptCodePattern), 'an ISO 15924 script code such as "Latn", "Cyrl" or "Arab"'],
  [String(sha256Pattern), "a SHA-256 digest written as 64 lower-case hexadecimal characters"],
  [String(mediaTypePattern), 'a media type such as "application/pdf"'],
  [String(durationPattern), 'an ISO 8601 duration such as "P12Y" or "P2Y6M"'],
  [String(emailPattern), 'an e-mail address such as "mla@justice.example"'],
  [String(phonePattern), 'a telephone number such as "+31 70 000 0000"'],
  [String(localIdPattern), "an identifier of letters, digits, '.', '_' or '-' (at most 64 characters)"],
  [String(currencyPattern), 'an ISO 4217 currency code such as "EUR"']
]);
function shared(build) {
  let schema;
  return () => {
    schema ??= build();
    return schema;
  };
}
var textByMax = /* @__PURE__ */ new Map();
var text = (max = limits.mediumText) => {
  let schema = textByMax.get(max);
  if (schema === void 0) {
    schema = z.string().check(z.minLength(1), z.maxLength(max), z.regex(textPattern));
    textByMax.set(max, schema);
  }
  return schema;
};
var shortText = () => text(limits.shortText);
var longText = () => text(limits.longText);
var narrativeText = () => text(limits.narrativeText);
var countryCode = shared(
  () => z.string().regex(countryCodePattern).meta({
    description: 'ISO 3166-1 alpha-2 country code in capitals (the user-assigned "XK" is accepted for Kosovo).'
  })
);
var languageTag = shared(
  () => z.string().check(z.maxLength(35), z.regex(languageTagPattern)).meta({ description: "BCP 47 language tag: language, optional script, region and variants." })
);
var scriptCode = shared(
  () => z.string().regex(scriptCodePattern).meta({ description: "ISO 15924 script code." })
);
var isoDate = shared(() => z.iso.date());
var isoDuration = shared(
  () => z.string().regex(durationPattern).meta({ description: "ISO 8601 duration, e.g. P12Y or P2Y6M." })
);
var sha256 = shared(() => z.string().regex(sha256Pattern));
var mediaType = shared(() => z.string().check(z.maxLength(255), z.regex(mediaTypePattern)));
var email = shared(() => z.string().check(z.maxLength(320), z.regex(emailPattern)));
var phone = shared(() => z.string().regex(phonePattern));
var localId = shared(() => z.string().regex(localIdPattern));
var currencyCode = shared(() => z.string().regex(currencyPattern));
var list = (item, max = limits.list, min = 0) => z.array(item).check(z.minLength(min), z.maxLength(max));

// src/path.ts
var identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/u;
function escapeName(name) {
  let out = "";
  for (const char of name) {
    const code = char.charCodeAt(0);
    if (char === "\\" || char === "'") out += `\\${char}`;
    else if (code < 32) out += `\\u${code.toString(16).padStart(4, "0")}`;
    else out += char;
  }
  return out;
}
function toJsonPath(segments) {
  let out = "$";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else if (identifier.test(s)) out += `.${s}`;
    else out += `['${escapeName(s)}']`;
  }
  return out;
}
function toJsonPointer(segments) {
  return segments.map((s) => `/${String(s).replace(/~/gu, "~0").replace(/\//gu, "~1")}`).join("");
}
function toLabel(segments) {
  if (segments.length === 0) return "the request";
  return toJsonPath(segments).slice(1).replace(/^\./u, "");
}

// src/issues.ts
var requestIssueCodes = [
  "required",
  "invalid_type",
  "invalid_value",
  "invalid_format",
  "too_small",
  "too_big",
  "unknown_key",
  "invalid_variant",
  "rule",
  "unknown_request_type",
  "not_json",
  "unreadable",
  "cyclic",
  "too_deep",
  "too_large"
];
function makeIssue(segments, code, message, basis = []) {
  return {
    path: toJsonPath(segments),
    pathSegments: [...segments],
    pointer: toJsonPointer(segments),
    code,
    message,
    basis: [...basis]
  };
}
function fromReadProblem(problem) {
  return makeIssue(problem.segments, problem.code, `${toLabel(problem.segments)}: ${problem.detail}`);
}
function metaOf(schema) {
  const meta = schema.meta?.();
  return meta && typeof meta === "object" ? meta : void 0;
}
function basisOf(schema) {
  const basis = metaOf(schema)?.basis;
  return Array.isArray(basis) ? basis : void 0;
}
function unwrap(schema, onEach) {
  let current = schema;
  for (let i = 0; i < 10; i += 1) {
    onEach(current);
    const def = current._zod.def;
    if (def.innerType && ["optional", "nullable", "default", "readonly", "nonoptional", "prefault", "catch"].includes(def.type)) {
      current = def.innerType;
    } else if (def.type === "pipe" && def.in) {
      current = def.in;
    } else {
      break;
    }
  }
  return current;
}
function childOf(value, key) {
  if (value === null || typeof value !== "object") return void 0;
  return Object.hasOwn(value, key) ? value[key] : void 0;
}
function unionOption(schema, value) {
  const def = schema._zod.def;
  if (!def.discriminator) return void 0;
  const tag = childOf(value, def.discriminator);
  return def.options.find((option) => {
    const values = option._zod.propValues?.[def.discriminator];
    return values?.has(tag) ?? false;
  });
}
function schemaAtPath(root, segments, input) {
  let basis = [];
  const note = (s) => {
    const b = basisOf(s);
    if (b && b.length > 0) basis = b;
  };
  let schema = unwrap(root, note);
  let value = input;
  for (const segment of segments) {
    if (!schema) break;
    let def = schema._zod.def;
    if (def.type === "union") {
      const option = unionOption(schema, value);
      schema = option ? unwrap(option, note) : void 0;
      if (!schema) break;
      def = schema._zod.def;
    }
    if (def.type === "object" && typeof segment === "string" && def.shape && Object.hasOwn(def.shape, segment)) {
      schema = unwrap(def.shape[segment], note);
    } else if (def.type === "array" && typeof segment === "number" && def.element) {
      schema = unwrap(def.element, note);
    } else {
      schema = void 0;
    }
    value = childOf(value, segment);
  }
  if (schema && schema._zod.def.type === "union") {
    const option = unionOption(schema, value);
    if (option) schema = unwrap(option, note);
  }
  return { schema, basis };
}
function cite(basis) {
  return basis.length === 0 ? "" : ` (${basis.map(citeBasis).join("; ")})`;
}
function typeName(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return "text";
  return `a ${typeof value}`;
}
var expectedNames = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "an object",
  array: "a list",
  null: "null"
};
function valueAt(input, segments) {
  let value = input;
  for (const segment of segments) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, segment)) {
      return { present: false, value: void 0 };
    }
    value = value[segment];
  }
  return { present: true, value };
}
function formatList(values) {
  const shown = values.slice(0, 20).map((v) => JSON.stringify(v));
  return values.length > 20 ? `${shown.join(", ")}, \u2026` : shown.join(", ");
}
function formatHint(issue) {
  const i = issue;
  if (i.format === "date") return "a date in ISO 8601 form YYYY-MM-DD";
  if (i.format === "datetime")
    return "a date and time in ISO 8601 form with offset, e.g. 2026-03-01T09:30:00Z";
  if (i.format === "regex" && i.pattern) return patternHints.get(i.pattern) ?? `text matching ${i.pattern}`;
  return `a valid ${i.format ?? "value"}`;
}
function fromZodIssue(issue, root, input) {
  const segments = issue.path.filter((s) => typeof s !== "symbol");
  const { basis } = schemaAtPath(root, segments, input);
  const label = toLabel(segments);
  const at = valueAt(input, segments);
  if ((issue.code === "invalid_type" || issue.code === "invalid_value") && !at.present && segments.length > 0) {
    return [makeIssue(segments, "required", `${label} is required${cite(basis)}`, basis)];
  }
  switch (issue.code) {
    case "invalid_type":
      return [
        makeIssue(
          segments,
          "invalid_type",
          `${label} must be ${expectedNames[issue.expected] ?? issue.expected}, not ${typeName(at.value)}${cite(basis)}`,
          basis
        )
      ];
    case "invalid_value":
      return [
        makeIssue(
          segments,
          "invalid_value",
          issue.values.length === 1 ? `${label} must be ${formatList(issue.values)}${cite(basis)}` : `${label} must be one of ${formatList(issue.values)}${cite(basis)}`,
          basis
        )
      ];
    case "invalid_format":
      return [
        makeIssue(segments, "invalid_format", `${label} must be ${formatHint(issue)}${cite(basis)}`, basis)
      ];
    case "too_small":
    case "too_big": {
      const small = issue.code === "too_small";
      const bound = small ? issue.minimum : issue.maximum;
      const origin = issue.origin;
      const text2 = origin === "string" ? small && Number(bound) === 1 ? "must not be empty" : `must have ${small ? "at least" : "at most"} ${bound} characters` : origin === "array" ? `must list ${small ? "at least" : "at most"} ${bound} item${Number(bound) === 1 ? "" : "s"}` : `must be ${small ? "at least" : "at most"} ${bound}`;
      return [makeIssue(segments, issue.code, `${label} ${text2}${cite(basis)}`, basis)];
    }
    case "unrecognized_keys": {
      const shown = issue.keys.slice(0, 10);
      const issues = shown.map((key) => {
        const keyPath = [...segments, key];
        return makeIssue(
          keyPath,
          "unknown_key",
          `${toLabel(keyPath)} is not a field of this schema; unknown fields are rejected so that nothing sent is silently lost`
        );
      });
      if (issue.keys.length > shown.length) {
        issues.push(
          makeIssue(
            segments,
            "unknown_key",
            `${label} has ${issue.keys.length - shown.length} more unknown fields`
          )
        );
      }
      return issues;
    }
    case "invalid_union": {
      const u = issue;
      if (u.discriminator) {
        const tagPath = [...segments];
        const options = u.options ?? [];
        return [
          makeIssue(
            tagPath,
            at.present ? "invalid_variant" : "required",
            at.present ? `${label} must be one of ${formatList(options)}${cite(basis)}` : `${label} is required${cite(basis)}`,
            basis
          )
        ];
      }
      return [
        makeIssue(
          segments,
          "invalid_variant",
          `${label} does not match any allowed form${cite(basis)}`,
          basis
        )
      ];
    }
    case "custom": {
      const params = issue.params;
      return [
        makeIssue(
          segments,
          params?.rule === "required" ? "required" : "rule",
          issue.message,
          params?.basis ?? basis
        )
      ];
    }
    default:
      return [makeIssue(segments, "invalid_value", `${label}: ${issue.message}${cite(basis)}`, basis)];
  }
}

// src/json-schema.ts
import * as z5 from "zod";

// src/blocks/request-fields.ts
import * as z4 from "zod";

// src/field.ts
function describeBasis(basis) {
  return basis.length === 0 ? "Basis: no verified provision; a field of this data model." : `Basis: ${basis.map(citeBasis).join("; ")}.`;
}
function field(schema, meta) {
  const fieldMeta = {
    ...meta.title === void 0 ? {} : { title: meta.title },
    description: `${meta.description} ${describeBasis(meta.basis)} Ljubljana\u2013The Hague Convention article: not yet verified.`,
    basis: [...meta.basis],
    conventionArticle: null,
    conventionArticleStatus: "not yet verified"
  };
  return schema.meta(fieldMeta);
}

// src/blocks/attachment.ts
import * as z2 from "zod";

// src/blocks/lazy-shape.ts
function lazyShape(build, known = {}) {
  let built;
  const shape = () => {
    built ??= { ...known, ...build() };
    return built;
  };
  const isKnown = (key) => built === void 0 && Object.hasOwn(known, key);
  return new Proxy({}, {
    ownKeys: () => Reflect.ownKeys(shape()),
    getOwnPropertyDescriptor: (_target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(isKnown(key) ? known : shape(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
    get: (_target, key) => Reflect.get(isKnown(key) ? known : shape(), key),
    has: (_target, key) => isKnown(key) || key in shape()
  });
}

// src/blocks/attachment.ts
var attachmentSchema = z2.strictObject(
  lazyShape(() => ({
    id: localId().optional().meta({ description: "Identifier of the document within this request, e.g. 'doc-1'." }),
    title: text().meta({ description: "Title of the document as it appears on it." }),
    mediaType: mediaType().meta({ description: "IANA media type of the file, e.g. application/pdf." }),
    sha256: sha256().meta({
      description: "SHA-256 digest of the file, 64 lower-case hexadecimal characters."
    }),
    byteLength: z2.int().min(0).max(1e10).optional().meta({ description: "Size of the file in bytes." }),
    language: languageTag().optional().meta({ description: "Language of the document (BCP 47)." }),
    translationOf: localId().optional().meta({ description: "Identifier of the document this file translates, when it is a translation." }),
    authenticated: z2.boolean().optional().meta({ description: "Whether the document is an original or an authenticated or certified copy." }),
    reference: shortText().optional().meta({ description: "File or registry reference of the document." })
  }))
).meta({ title: "Attachment" });

// src/blocks/procedure.ts
import * as z3 from "zod";
var legalBasisKinds = [
  "multilateral-treaty",
  "bilateral-treaty",
  "reciprocity",
  "domestic-law",
  "other"
];
var legalBasisItemSchema = z3.strictObject(
  lazyShape(() => ({
    kind: z3.enum(legalBasisKinds),
    title: text().meta({
      description: "Name of the treaty or law, e.g. 'Ljubljana\u2013The Hague Convention' or 'European Convention on Extradition'."
    }),
    provisions: list(text(), 20).optional().meta({ description: "Articles relied on, as cited in the request." })
  }))
).meta({ title: "Legal basis" });
var legalBasisSchema = list(legalBasisItemSchema, 10, 1);
var channels = [
  "central-authority",
  "ministry-of-justice",
  "diplomatic",
  "interpol",
  "direct-judicial",
  "post-or-other-written-means",
  "other-agreed"
];
var channelSchema = z3.enum(channels).meta({
  title: "Channel of transmission",
  description: "central-authority, ministry-of-justice, diplomatic, interpol (International Criminal Police Organization), direct-judicial (between judicial authorities), post-or-other-written-means, or other-agreed."
});
var forms = ["written", "electronic-written-record", "oral-confirmed-in-writing"];
var formSchema = z3.enum(forms).meta({
  title: "Form of the request",
  description: "written; electronic-written-record (any means producing a written record); or oral-confirmed-in-writing (an urgent oral request now confirmed in writing)."
});
var urgencySchema = z3.strictObject(
  lazyShape(() => ({
    reasons: longText().meta({ description: "Why the request is urgent." }),
    deadline: z3.iso.date().optional().meta({ description: "Date by which execution is needed." })
  }))
).meta({ title: "Urgency" });
var confidentialitySchema = z3.strictObject(
  lazyShape(() => ({
    required: z3.boolean().meta({ description: "Whether the fact and substance of the request must be kept confidential." }),
    scope: longText().optional().meta({ description: "What must be kept confidential and from whom." })
  }))
).meta({ title: "Confidentiality" });
var procedureRequestSchema = z3.strictObject(
  lazyShape(() => ({
    details: longText().meta({ description: "The procedure or formalities to be followed." }),
    reasons: longText().optional().meta({ description: "Why they are needed under the requesting State's law." })
  }))
).meta({ title: "Requested procedure" });
var conductingAuthoritySchema = z3.strictObject(
  lazyShape(() => ({
    name: text().meta({ description: "Name of the authority conducting the proceeding." }),
    functions: text().meta({
      description: "Its functions, e.g. 'public prosecutor for international crimes'."
    })
  }))
).meta({ title: "Conducting authority" });
var proceedingStages = ["investigation", "prosecution", "judicial-proceeding"];
var proceedingSchema = z3.strictObject(
  lazyShape(() => ({
    stage: z3.enum(proceedingStages).meta({ description: "Investigation, prosecution or judicial proceeding." }),
    subjectMatter: narrativeText().meta({ description: "Subject matter and nature of the proceeding." }),
    reference: text().optional().meta({ description: "Case number of the proceeding." }),
    conductingAuthority: conductingAuthoritySchema
  }))
).meta({ title: "Proceeding" });

// src/blocks/request-fields.ts
var schemaVersion = "0.1";
var schemaVersionField = () => field(z4.literal(schemaVersion), {
  description: `Version of the request data model. This is version ${schemaVersion}.`,
  basis: []
});
var requestTypeField = (type) => field(z4.literal(type), {
  description: `Kind of request: always "${type}" for this schema.`,
  basis: []
});
var dateOfRequestField = () => field(isoDate(), {
  description: "Date on which the request is made (ISO 8601, YYYY-MM-DD).",
  basis: []
});
var requestingStateField = (basis) => field(countryCode(), {
  description: 'State making the request, as an ISO 3166-1 alpha-2 code in capitals ("XK" is accepted for Kosovo).',
  basis
});
var requestedStateField = (basis) => field(countryCode(), {
  description: 'State to which the request is addressed, as an ISO 3166-1 alpha-2 code ("XK" for Kosovo).',
  basis
});
var languageField = (basis) => field(languageTag(), {
  description: "Language the request is written in, as a BCP 47 tag; it must be a language the requested State accepts.",
  basis
});
var translationsField = (basis) => field(list(attachmentSchema, limits.attachments).optional(), {
  description: "Translations of the request and its supporting documents, each with its language.",
  basis
});
var formField = (basis) => field(formSchema, {
  description: "Form in which the request is made.",
  basis
});
var legalBasisField = (basis, required) => {
  const meta = {
    description: "Treaties, arrangements or laws on which the request is based.",
    basis
  };
  return required ? field(legalBasisSchema, meta) : field(legalBasisSchema.optional(), meta);
};
var confidentialityField = (basis) => field(confidentialitySchema.optional(), {
  description: "Whether the requested State is asked to keep the fact and substance of the request confidential.",
  basis
});
var attachmentsField = () => field(list(attachmentSchema, limits.attachments).optional(), {
  description: "Other documents sent with the request, each identified by its SHA-256 digest.",
  basis: ["UNTOC 18(14)", "RS 96(2)(f)"]
});
var otherInformationField = (basis) => field(longText().optional(), {
  description: "Any other information relevant to the execution of the request.",
  basis
});
var requestedStateRequirementsField = (basis) => field(longText().optional(), {
  description: "Information that the law of the requested State requires in order to execute the request.",
  basis
});

// src/json-schema.ts
var jsonSchemaBaseUrl = "https://lhc-project.github.io/schemas/requests";
function jsonSchemaId(requestType) {
  return `${jsonSchemaBaseUrl}/${schemaVersion}/${requestType}.json`;
}
function buildJsonSchema(requestType, schema) {
  const generated = z5.toJSONSchema(schema, {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "throw"
  });
  const { $schema, ...rest } = generated;
  return { $schema, $id: jsonSchemaId(requestType), ...rest };
}

// src/request-schemas/extradition.ts
import * as z11 from "zod";

// src/blocks/authority.ts
import * as z6 from "zod";
var authorityRoles = [
  "central-authority",
  "ministry-of-justice",
  "ministry-of-foreign-affairs",
  "prosecutor",
  "court",
  "investigating-judge",
  "police",
  "prison-administration",
  "other"
];
var addressSchema = z6.strictObject(
  lazyShape(() => ({
    lines: list(text(), 6, 1).meta({ description: "Street address lines, in order." }),
    locality: text().meta({ description: "City, town or village." }),
    postalCode: shortText().optional(),
    region: text().optional(),
    country: countryCode()
  }))
).meta({ title: "Address" });
var contactSchema = z6.strictObject(
  lazyShape(() => ({
    name: text().optional().meta({ description: "Contact person or desk." }),
    phone: phone().optional(),
    fax: phone().optional(),
    email: email().optional()
  }))
).meta({ title: "Contact" });
var authoritySchema = z6.strictObject(
  lazyShape(() => ({
    name: text().meta({ description: "Official name of the authority." }),
    role: z6.enum(authorityRoles).optional().meta({ description: "Kind of authority." }),
    country: countryCode().optional().meta({ description: "State of the authority." }),
    address: addressSchema.optional(),
    contact: contactSchema.optional(),
    reference: shortText().optional().meta({ description: "The authority's own file reference for this case." })
  }))
).meta({ title: "Authority" });
var authorityWithContactSchema = authoritySchema.extend({ address: addressSchema, contact: contactSchema }).meta({ title: "Authority with contact details" });

// src/blocks/decision.ts
import * as z7 from "zod";
var sentenceSchema = z7.strictObject(
  lazyShape(() => ({
    nature: text().meta({
      description: "Nature of the sentence, e.g. 'imprisonment', 'life imprisonment'."
    }),
    duration: isoDuration().optional().meta({ description: "Length of a determinate sentence (ISO 8601 duration)." }),
    indeterminate: z7.boolean().optional().meta({ description: "True for life or other indeterminate sentences." })
  }))
).meta({ title: "Sentence" });
var decisionCore = {
  issuingAuthority: authoritySchema.meta({ description: "Court or authority that issued the decision." }),
  date: isoDate().meta({ description: "Date of the decision." }),
  reference: shortText().meta({ description: "Number or reference of the decision." })
};
var arrestWarrantDecisionSchema = z7.strictObject(
  lazyShape(() => ({
    type: z7.literal("arrest-warrant"),
    ...decisionCore,
    copy: field(attachmentSchema, {
      description: "Original or authenticated copy of the warrant of arrest or order having the same effect.",
      basis: ["ECE 12(2)(a)", "RS 91(2)(b)", "EAW 8(1)(c)"]
    }),
    penaltyScale: field(text(), {
      description: "Scale of penalties prescribed for the offence by the law of the requesting State.",
      basis: ["EAW 8(1)(f)", "3AP-ECE 2(1)(d)"]
    })
  }))
).meta({ title: "Arrest warrant" });
var convictionDecisionSchema = z7.strictObject(
  lazyShape(() => ({
    type: z7.literal("conviction"),
    ...decisionCore,
    copy: field(attachmentSchema, {
      description: "Original or authenticated copy of the enforceable judgment of conviction and sentence.",
      basis: ["ECE 12(2)(a)", "RS 91(3)(b)", "EAW 8(1)(c)"]
    }),
    arrestWarrant: field(attachmentSchema.optional(), {
      description: "Copy of any warrant of arrest for the person.",
      basis: ["RS 91(3)(a)"]
    }),
    final: field(z7.boolean(), {
      description: "Whether the judgment is final and enforceable.",
      basis: ["ECE 12(2)(a)", "EAW 8(1)(f)"]
    }),
    inAbsentia: field(z7.boolean(), {
      description: "Whether the judgment was rendered in absentia.",
      basis: ["3AP-ECE 2(1)(h)"]
    }),
    sentenceImposed: field(sentenceSchema, {
      description: "The sentence imposed.",
      basis: ["RS 91(3)(d)", "EAW 8(1)(f)"]
    }),
    timeServed: field(isoDuration(), {
      description: "Time already served (ISO 8601 duration; 'P0D' if none).",
      basis: ["RS 91(3)(d)", "3AP-ECE 2(1)(d)"]
    }),
    timeRemaining: field(isoDuration().optional(), {
      description: "Time remaining to be served (omit for an indeterminate sentence).",
      basis: ["RS 91(3)(d)"]
    }),
    identityLink: field(longText(), {
      description: "Information showing that the person sought is the person referred to in the judgment.",
      basis: ["RS 91(3)(c)"]
    })
  }))
).meta({ title: "Conviction" });
var basisDecisionSchema = z7.discriminatedUnion("type", [arrestWarrantDecisionSchema, convictionDecisionSchema]).meta({ title: "Decision on which the request rests" });
var decisionStatementSchema = z7.strictObject(
  lazyShape(() => ({
    type: z7.enum(["arrest-warrant", "conviction"]),
    issuingAuthority: authoritySchema,
    date: isoDate(),
    reference: shortText().optional(),
    copy: attachmentSchema.optional().meta({ description: "Copy of the decision, when it is sent already." })
  }))
).meta({ title: "Statement of the existence of a decision" });

// src/blocks/offence.ts
import * as z9 from "zod";

// src/blocks/person.ts
import * as z8 from "zod";
var personNameSchema = z8.strictObject(
  lazyShape(() => ({
    fullName: text().meta({ description: "The name as a whole, in the order used in its script." }),
    givenNames: text().optional(),
    familyName: text().optional(),
    patronymic: text().optional(),
    script: scriptCode().optional().meta({ description: "ISO 15924 script the name is written in, e.g. Cyrl." }),
    language: languageTag().optional()
  }))
).meta({ title: "Person name" });
var transliteratedNameSchema = personNameSchema.extend({
  system: text().optional().meta({ description: "Transliteration system used, e.g. ISO 9 or ICAO 9303." })
}).meta({ title: "Transliterated name" });
var placeSchema = z8.strictObject(
  lazyShape(() => ({
    description: text().meta({ description: "Place as precisely as known, e.g. town, district." }),
    country: countryCode().optional()
  }))
).meta({ title: "Place" });
var identityDocumentTypes = [
  "passport",
  "national-identity-card",
  "residence-permit",
  "driving-licence",
  "other"
];
var identityDocumentSchema = z8.strictObject(
  lazyShape(() => ({
    type: z8.enum(identityDocumentTypes),
    number: shortText(),
    issuingState: countryCode(),
    dateOfIssue: isoDate().optional(),
    dateOfExpiry: isoDate().optional()
  }))
).meta({ title: "Identity document" });
var sexValues = ["female", "male", "other", "unknown"];
var personSchema = z8.strictObject(
  lazyShape(() => ({
    name: personNameSchema.meta({ description: "Name in the original script." }),
    transliterations: list(transliteratedNameSchema, 10).optional().meta({ description: "The name transliterated into other scripts, usually Latin." }),
    aliases: list(text(), 20).optional().meta({ description: "Other names the person is known by." }),
    sex: z8.enum(sexValues).optional(),
    dateOfBirth: isoDate().optional(),
    placeOfBirth: placeSchema.optional(),
    nationalities: list(countryCode(), 10).optional().meta({ description: "States of nationality as ISO 3166-1 alpha-2 codes." }),
    identityDocuments: list(identityDocumentSchema, 20).optional(),
    physicalDescription: longText().optional().meta({ description: "Description sufficient to identify the person: height, build, marks." }),
    address: addressSchema.optional().meta({ description: "Last known address." }),
    knownLocation: text().optional().meta({ description: "Where the person is believed to be, as precisely as known." }),
    reference: shortText().optional().meta({ description: "Case-system identifier of the person." })
  }))
).meta({ title: "Person" });

// src/blocks/offence.ts
var annexLetters = ["A", "B", "C", "D", "E", "F", "G", "H"];
var core = ["genocide", "crimes-against-humanity", "war-crimes"];
var offenceCategorySchema = z9.discriminatedUnion("category", [
  z9.strictObject(lazyShape(() => ({ category: z9.enum(core) }))),
  z9.strictObject(
    lazyShape(() => ({
      category: z9.literal("annex-crime"),
      annex: z9.enum(annexLetters).meta({
        description: "Letter of the Convention annex that lists the crime (a State applies annex crimes only if it opted in)."
      })
    }))
  ),
  z9.strictObject(
    lazyShape(() => ({
      category: z9.literal("other"),
      description: text().meta({ description: "What kind of offence it is." })
    }))
  )
]).meta({
  title: "Offence category",
  description: "Genocide, crimes against humanity or war crimes; a crime listed in an annex of the Convention (with its letter); or another offence."
});
var periodSchema = z9.strictObject(
  lazyShape(() => ({
    start: isoDate().meta({ description: "First day of the conduct (or the only day)." }),
    end: isoDate().optional().meta({ description: "Last day of the conduct, when it lasted longer." }),
    approximate: z9.boolean().optional().meta({ description: "True when the dates are approximate." })
  }))
).meta({ title: "Period" });
var offenceSchema = z9.strictObject(
  lazyShape(() => ({
    legalQualification: text().meta({
      description: "Legal description of the offence under the law of the requesting State."
    }),
    classification: offenceCategorySchema,
    provisions: list(text(), 50, 1).meta({
      description: "The legal provisions that define and punish the offence, e.g. 'Criminal Code, art. 118'."
    }),
    timeOfCommission: periodSchema,
    placeOfCommission: placeSchema,
    circumstances: narrativeText().meta({
      description: "How the offence was committed: conduct, victims and circumstances."
    }),
    participation: longText().optional().meta({
      description: "Degree of participation of the person concerned (e.g. perpetrator, superior)."
    }),
    maximumPenalty: text().optional().meta({ description: "Maximum penalty or scale of penalties provided by the law for the offence." })
  }))
).meta({ title: "Offence" });

// src/blocks/person-sought.ts
var personSoughtSchema = personSchema.extend({
  knownLocation: text().meta({ description: "The person's probable location in the requested State." })
}).meta({ title: "Person sought" });

// src/validate-core.ts
import * as z10 from "zod";

// src/read-json.ts
var maxProblems = 20;
function describe(value) {
  if (typeof value === "bigint") return "a BigInt";
  if (typeof value === "function") return "a function";
  if (typeof value === "symbol") return "a symbol";
  if (value === void 0) return "undefined";
  if (typeof value === "number") return String(value);
  return "an object that is not plain JSON";
}
function isPlainPrototype(proto) {
  if (proto === null || proto === Object.prototype) return true;
  return Object.getPrototypeOf(proto) === null;
}
function readJson(input) {
  const reader = { problems: [], path: [], ancestors: [], nodes: 0 };
  let value;
  try {
    value = visit(reader, input, 0);
  } catch (error) {
    fail(reader, 0, "unreadable", `the input could not be read: ${errorText(error)}`);
  }
  return reader.problems.length === 0 ? { ok: true, value } : { ok: false, problems: reader.problems };
}
function fail(reader, depth, code, detail) {
  if (reader.problems.length < maxProblems) {
    reader.problems.push({ segments: reader.path.slice(0, depth), code, detail });
  }
}
function visit(reader, value, depth) {
  if (reader.problems.length >= maxProblems) return null;
  reader.nodes += 1;
  if (reader.nodes > readLimits.maxNodes) {
    if (reader.nodes === readLimits.maxNodes + 1) {
      fail(reader, depth, "too_large", `the request has more than ${readLimits.maxNodes} values`);
    }
    return null;
  }
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (Number.isFinite(value)) return value;
    fail(reader, depth, "not_json", `${describe(value)} is not a JSON number`);
    return null;
  }
  if (typeof value !== "object") {
    fail(reader, depth, "not_json", `${describe(value)} is not a JSON value`);
    return null;
  }
  if (depth >= readLimits.maxDepth) {
    fail(reader, depth, "too_deep", `values are nested more than ${readLimits.maxDepth} levels deep`);
    return null;
  }
  const ancestors = reader.ancestors;
  for (let i = 0; i < depth; i += 1) {
    if (ancestors[i] === value) {
      fail(reader, depth, "cyclic", "the value contains itself (a cycle), which JSON cannot represent");
      return null;
    }
  }
  ancestors[depth] = value;
  try {
    return Array.isArray(value) ? visitArray(reader, value, depth) : visitObject(reader, value, depth);
  } catch (error) {
    fail(reader, depth, "unreadable", `the value could not be read: ${errorText(error)}`);
    return null;
  }
}
function visitArray(reader, array2, depth) {
  const length = array2.length;
  if (length > readLimits.maxArrayLength) {
    fail(
      reader,
      depth,
      "too_large",
      `the list has ${length} items; no list in a request may exceed ${readLimits.maxArrayLength}`
    );
    return [];
  }
  const out = new Array(length);
  const path = reader.path;
  for (let i = 0; i < length; i += 1) {
    path[depth] = i;
    let item;
    try {
      item = array2[i];
    } catch (error) {
      fail(reader, depth + 1, "unreadable", `the value could not be read: ${errorText(error)}`);
      out[i] = null;
      continue;
    }
    out[i] = visit(reader, item, depth + 1);
  }
  return out;
}
function visitObject(reader, object, depth) {
  if (!isPlainPrototype(Object.getPrototypeOf(object))) {
    fail(
      reader,
      depth,
      "not_json",
      `${describe(object)} (such as a Date, Map or class instance) is not a JSON object`
    );
    return {};
  }
  const keys = Object.keys(object);
  if (keys.length > readLimits.maxObjectKeys) {
    fail(
      reader,
      depth,
      "too_large",
      `the object has ${keys.length} fields; no object in a request may exceed ${readLimits.maxObjectKeys}`
    );
    return {};
  }
  const out = {};
  const path = reader.path;
  for (const key of keys) {
    path[depth] = key;
    let item;
    try {
      item = object[key];
    } catch (error) {
      fail(reader, depth + 1, "unreadable", `the value could not be read: ${errorText(error)}`);
      continue;
    }
    if (item === void 0) continue;
    const copy = visit(reader, item, depth + 1);
    if (key === "__proto__") {
      Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
    } else {
      out[key] = copy;
    }
  }
  return out;
}
function errorText(error) {
  try {
    if (error instanceof Error) return String(error.message).slice(0, 200);
    return String(error).slice(0, 200);
  } catch {
    return "unknown error";
  }
}

// src/validate-core.ts
var RequestValidationError = class extends Error {
  name = "RequestValidationError";
  issues;
  constructor(issues) {
    const head = issues.slice(0, 5).map((issue) => `- ${issue.message}`).join("\n");
    const more = issues.length > 5 ? `
- \u2026 and ${issues.length - 5} more` : "";
    super(
      `The request is not valid (${issues.length} issue${issues.length === 1 ? "" : "s"}):
${head}${more}`
    );
    this.issues = issues;
  }
};
var maxIssues = 200;
var compileAfter = 1e3;
var uses = /* @__PURE__ */ new WeakMap();
function parserFor(schema) {
  let use = uses.get(schema);
  if (use === void 0) {
    use = { validations: 0 };
    uses.set(schema, use);
  }
  if (use.compiled !== void 0) return use.compiled;
  use.validations += 1;
  if (use.validations > compileAfter) use.compiled = z10.compile(schema);
  return schema;
}
function validateWith(schema, input) {
  try {
    const read = readJson(input);
    if (!read.ok) return { success: false, issues: read.problems.map(fromReadProblem) };
    const result = parserFor(schema).safeParse(read.value);
    if (result.success) return { success: true, data: result.data };
    const issues = result.error.issues.flatMap((issue) => fromZodIssue(issue, schema, read.value));
    return { success: false, issues: issues.slice(0, maxIssues) };
  } catch (error) {
    let detail = "unknown error";
    try {
      detail = error instanceof Error ? error.message : String(error);
    } catch {
    }
    return {
      success: false,
      issues: [makeIssue([], "unreadable", `the request could not be validated: ${detail}`)]
    };
  }
}
function parseWith(schema, input) {
  const result = validateWith(schema, input);
  if (!result.success) throw new RequestValidationError(result.issues);
  return result.data;
}

// src/request-schemas/extradition.ts
var applicableLawSchema = z11.discriminatedUnion("form", [
  z11.strictObject(
    lazyShape(() => ({
      form: z11.literal("copy-of-enactments"),
      enactments: list(attachmentSchema, 50, 1).meta({
        description: "Copies of the relevant enactments."
      })
    }))
  ).meta({ title: "Copy of the relevant enactments" }),
  z11.strictObject(
    lazyShape(() => ({
      form: z11.literal("statement-of-law"),
      statement: narrativeText().meta({
        description: "Statement of the relevant law, used where copies of the enactments cannot be given."
      })
    }))
  ).meta({ title: "Statement of the relevant law" })
]).meta({ title: "Applicable law" });
var extraditionRequestSchema = z11.strictObject(
  lazyShape(() => ({
    schemaVersion: schemaVersionField(),
    requestType: requestTypeField("extradition"),
    dateOfRequest: dateOfRequestField(),
    requestingState: requestingStateField(["ECE 12(1)"]),
    requestedState: requestedStateField(["ECE 12(1)"]),
    form: formField(["ECE 12(1)", "RS 91(1)"]),
    channel: field(channelSchema, {
      description: "Ministry of Justice to Ministry of Justice; the diplomatic channel is not excluded; other means by agreement.",
      basis: ["ECE 12(1)", "RS 87(1)(a)"]
    }),
    language: languageField(["ECE 23", "EAW 8(2)", "RS 87(2)"]),
    translations: translationsField(["ECE 23", "EAW 8(2)", "RS 87(2)"]),
    legalBasis: legalBasisField(["UNTOC 16(4)"], false),
    requestingAuthority: field(authorityWithContactSchema, {
      description: "The requesting or issuing authority, with its address, telephone, fax and e-mail.",
      basis: ["EAW 8(1)(b)", "3AP-ECE 2(1)(b)"]
    }),
    basisDecision: field(basisDecisionSchema, {
      description: "The arrest warrant (with the penalty scale) or the enforceable conviction (with the sentence, time served and remaining) on which the request rests.",
      basis: [
        "ECE 12(2)(a)",
        "EAW 8(1)(c)",
        "EAW 8(1)(f)",
        "RS 91(2)(b)",
        "RS 91(3)(a)",
        "RS 91(3)(b)",
        "RS 91(3)(c)",
        "RS 91(3)(d)"
      ]
    }),
    offences: field(list(offenceSchema, limits.list, 1), {
      description: "Statement of the offences: time and place of commission, legal description, relevant legal provisions, circumstances and degree of participation.",
      basis: ["ECE 12(2)(b)", "EAW 8(1)(d)", "EAW 8(1)(e)", "3AP-ECE 2(1)(d)", "3AP-ECE 2(1)(f)"]
    }),
    applicableLaw: field(applicableLawSchema, {
      description: "Copy of the relevant enactments or, where this is not possible, a statement of the relevant law.",
      basis: ["ECE 12(2)(c)"]
    }),
    personSought: field(personSoughtSchema, {
      description: "As accurate a description as possible of the person sought, with information establishing identity and nationality, and the person's probable location.",
      basis: ["ECE 12(2)(c)", "EAW 8(1)(a)", "RS 91(2)(a)", "3AP-ECE 2(1)(a)"]
    }),
    consequences: field(longText().optional(), {
      description: "If possible, other consequences of the offence.",
      basis: ["EAW 8(1)(g)", "3AP-ECE 2(1)(g)"]
    }),
    lapseOfTime: field(longText().optional(), {
      description: "Information on lapse of time (limitation) and its interruption.",
      basis: ["3AP-ECE 2(1)(e)"]
    }),
    requestedStateRequirements: requestedStateRequirementsField(["RS 91(2)(c)"]),
    supplementaryInformationTo: field(text().optional(), {
      description: "Reference of the earlier request this one supplements, when it answers a request for supplementary information.",
      basis: ["ECE 13"]
    }),
    urgency: field(urgencySchema.optional(), {
      description: "Why the request is urgent, and any deadline.",
      basis: ["RS 91(1)"]
    }),
    confidentiality: confidentialityField(["RS 87(3)"]),
    otherInformation: otherInformationField(["RS 91(2)(c)"]),
    attachments: attachmentsField(),
    signatory: field(text().optional(), {
      description: "Name and function of the official who signs the request.",
      basis: ["ECE 12(1)"]
    })
  }))
).meta({
  title: "Request for extradition",
  description: "A request for the extradition (or surrender) of a person sought for prosecution or for the enforcement of a sentence. Each field cites the verified provisions of comparable instruments it rests on; the Ljubljana\u2013The Hague Convention's own articles on requests are not yet verified."
});

// src/request-schemas/mla.ts
import * as z13 from "zod";

// src/blocks/measures.ts
import * as z12 from "zod";
var measureBaseShape;
var measureBase = () => {
  measureBaseShape ??= buildMeasureBase();
  return measureBaseShape;
};
function buildMeasureBase() {
  return {
    id: localId().optional().meta({ description: "Identifier of the measure within this request, e.g. 'm1'." }),
    description: field(longText(), {
      description: "Description of the assistance sought by this measure.",
      basis: ["UNTOC 18(15)(d)", "UNCAC 46(15)(d)", "RS 96(2)(a)", "ECMA 14(1)(b)"]
    }),
    procedure: field(procedureRequestSchema.optional(), {
      description: "Particular procedure the requesting State wishes to be followed for this measure, and why.",
      basis: ["UNTOC 18(15)(d)", "UNTOC 18(17)", "RS 96(2)(d)", "2AP-ECMA 8"]
    })
  };
}
var capacities = ["witness", "expert", "victim", "suspect-or-accused", "other"];
var personHeardSchema = z12.strictObject(
  lazyShape(() => ({
    person: personSchema,
    capacity: z12.enum(capacities).meta({ description: "Capacity in which the person is to be heard." })
  }))
).meta({ title: "Person to be heard" });
var measureTypeOf = /* @__PURE__ */ new WeakMap();
var measure = (type, title, basis, description, shape) => {
  const schema = field(
    z12.strictObject(lazyShape(() => ({ ...measureBase(), ...shape() }), { type: z12.literal(type) })),
    {
      title,
      description,
      basis
    }
  );
  measureTypeOf.set(schema, type);
  return schema;
};
var takingEvidenceSchema = measure(
  "taking-evidence",
  "Taking evidence or statements",
  ["UNTOC 18(3)(a)", "RS 93(1)(b)", "ECMA 3(2)"],
  "Taking evidence or statements from persons, including testimony under oath.",
  () => ({
    persons: field(list(personHeardSchema, limits.list, 1), {
      description: "Persons from whom evidence or statements are to be taken, with their capacity.",
      basis: ["UNTOC 18(15)(e)", "RS 96(2)(b)", "ECMA 14(1)(c)"]
    }),
    subjects: field(narrativeText(), {
      description: "Subjects on which the persons are to be heard, or the questions to be put.",
      basis: ["UNTOC 18(15)(d)", "RS 96(2)(a)"]
    }),
    onOath: field(z12.boolean().optional(), {
      description: "True if evidence is to be given on oath; this must be requested expressly.",
      basis: ["ECMA 3(2)", "RS 93(1)(b)"]
    })
  })
);
var videoConferenceHearingSchema = measure(
  "video-conference-hearing",
  "Hearing by video conference",
  ["2AP-ECMA 9(1)", "2AP-ECMA 9(3)", "UNTOC 18(18)"],
  "Hearing of a witness or expert by video conference.",
  () => ({
    person: field(personSchema, {
      description: "The witness or expert to be heard.",
      basis: ["2AP-ECMA 9(1)", "UNTOC 18(18)"]
    }),
    capacity: field(z12.enum(["witness", "expert"]), {
      description: "Whether the person is heard as a witness or as an expert.",
      basis: ["2AP-ECMA 9(1)", "UNTOC 18(18)"]
    }),
    reasonPersonalAppearanceNotPossible: field(longText(), {
      description: "Why it is not desirable or possible for the person to attend in person.",
      basis: ["2AP-ECMA 9(3)", "UNTOC 18(18)"]
    }),
    conductingJudicialAuthority: field(authoritySchema, {
      description: "The judicial authority that will conduct the hearing.",
      basis: ["2AP-ECMA 9(3)", "UNTOC 18(18)"]
    }),
    personsConductingHearing: field(
      list(
        z12.strictObject(
          lazyShape(() => ({
            name: text(),
            function: text().meta({ description: "e.g. 'investigating judge', 'prosecutor'." })
          }))
        ).meta({ title: "Person conducting the hearing" }),
        20,
        1
      ),
      {
        description: "Names and functions of the persons who will conduct the hearing.",
        basis: ["2AP-ECMA 9(3)"]
      }
    ),
    proposedDate: field(isoDate().optional(), {
      description: "Proposed date of the hearing.",
      basis: ["UNTOC 18(24)"]
    })
  })
);
var questioningOfSuspectSchema = measure(
  "questioning-of-suspect",
  "Questioning of a person investigated or prosecuted",
  ["RS 93(1)(c)"],
  "Questioning of a person being investigated or prosecuted.",
  () => ({
    person: field(personSchema, {
      description: "The person to be questioned.",
      basis: ["RS 93(1)(c)", "UNTOC 18(15)(e)"]
    }),
    subjects: field(narrativeText(), {
      description: "Subjects of the questioning or the questions to be put.",
      basis: ["UNTOC 18(15)(d)", "RS 96(2)(a)"]
    })
  })
);
var serviceOfDocumentsSchema = measure(
  "service-of-documents",
  "Service of documents",
  ["UNTOC 18(3)(b)", "RS 93(1)(d)"],
  "Service of judicial and other documents. A summary of the facts is not required when every measure in the request is service of documents (UNTOC art. 18(15)(c)).",
  () => ({
    addressee: field(
      z12.strictObject(
        lazyShape(() => ({
          name: text().meta({ description: "Name of the person or body to be served." }),
          address: addressSchema
        }))
      ).meta({ title: "Addressee" }),
      {
        description: "Name and address of the person to be served.",
        basis: ["ECMA 14(1)(d)"]
      }
    ),
    documents: field(list(attachmentSchema, limits.attachments, 1), {
      description: "The documents to be served.",
      basis: ["UNTOC 18(3)(b)", "RS 93(1)(d)"]
    }),
    proofOfServiceRequested: field(z12.boolean().optional(), {
      description: "True if proof of service is to be returned.",
      basis: ["UNTOC 18(15)(d)"]
    })
  })
);
var searchAndSeizureSchema = measure(
  "search-and-seizure",
  "Search and seizure",
  ["UNTOC 18(3)(c)", "RS 93(1)(h)"],
  "Executing searches and seizures.",
  () => ({
    premises: field(
      list(
        z12.strictObject(
          lazyShape(() => ({
            description: text().meta({
              description: "What the place is, e.g. 'residence', 'office', 'vehicle'."
            }),
            address: addressSchema.optional(),
            occupant: text().optional().meta({ description: "Who occupies or controls the place." })
          }))
        ).meta({ title: "Premises" }),
        limits.list,
        1
      ),
      {
        description: "Places to be searched, as precisely as possible.",
        basis: ["RS 96(2)(b)"]
      }
    ),
    itemsSought: field(longText(), {
      description: "Items, data or documents to be searched for and seized.",
      basis: ["UNTOC 18(3)(c)", "RS 93(1)(h)"]
    }),
    grounds: field(longText(), {
      description: "Grounds for believing that the items are at the premises.",
      basis: ["RS 96(2)(a)"]
    })
  })
);
var assetSchema = z12.strictObject(
  lazyShape(() => ({
    description: text().meta({ description: "The asset, e.g. 'bank account', 'apartment', 'vehicle'." }),
    identifier: text().optional().meta({ description: "Account number, land-register entry, registration." }),
    holder: text().optional().meta({ description: "Holder, owner or institution holding the asset." }),
    location: placeSchema.optional(),
    estimatedValue: z12.strictObject({
      amount: z12.number().min(0).max(1e15),
      currency: currencyCode()
    }).optional()
  }))
).meta({ title: "Asset" });
var freezingOrSeizureOfAssetsSchema = measure(
  "freezing-or-seizure-of-assets",
  "Freezing or seizure of assets",
  ["UNTOC 18(3)(c)", "UNCAC 46(3)(j)", "RS 93(1)(k)"],
  "Freezing or seizure of proceeds, property, assets and instrumentalities of crime.",
  () => ({
    action: field(z12.enum(["freezing", "seizure"]), {
      description: "Whether the assets are to be frozen or seized.",
      basis: ["UNTOC 18(3)(c)", "RS 93(1)(k)"]
    }),
    assets: field(list(assetSchema, limits.list, 1), {
      description: "The assets concerned, as precisely as possible.",
      basis: ["RS 96(2)(b)", "RS 93(1)(k)"]
    }),
    linkToOffence: field(longText(), {
      description: "Why the assets are proceeds, property or instrumentalities of the offence.",
      basis: ["RS 96(2)(a)", "RS 93(1)(k)"]
    })
  })
);
var examinationOfObjectsAndSitesSchema = measure(
  "examination-of-objects-and-sites",
  "Examination of objects and sites",
  ["UNTOC 18(3)(d)", "RS 93(1)(g)"],
  "Examining objects and sites, including the exhumation and examination of grave sites.",
  () => ({
    objectsOrSites: field(
      list(
        z12.strictObject(
          lazyShape(() => ({
            description: text(),
            location: placeSchema
          }))
        ).meta({ title: "Object or site" }),
        limits.list,
        1
      ),
      {
        description: "Objects or sites to be examined and where they are.",
        basis: ["RS 96(2)(b)", "UNTOC 18(3)(d)"]
      }
    ),
    exhumation: field(z12.boolean().optional(), {
      description: "True if the examination includes exhumation of a grave site.",
      basis: ["RS 93(1)(g)"]
    })
  })
);
var informationAndExpertEvaluationsSchema = measure(
  "information-and-expert-evaluations",
  "Information, evidentiary items and expert evaluations",
  ["UNTOC 18(3)(e)", "RS 93(1)(b)"],
  "Providing information, evidentiary items and expert evaluations.",
  () => ({
    informationSought: field(longText(), {
      description: "The information, evidentiary items or expert evaluation sought.",
      basis: ["UNTOC 18(3)(e)"]
    })
  })
);
var recordsAndDocumentsSchema = measure(
  "records-and-documents",
  "Records and documents",
  ["UNTOC 18(3)(f)", "RS 93(1)(i)", "ECMA 3(3)"],
  "Providing originals or certified copies of documents and records, including government, bank, financial, corporate or business records.",
  () => ({
    records: field(
      list(
        z12.strictObject(
          lazyShape(() => ({
            description: text(),
            holder: text().optional().meta({ description: "Institution or person holding the records." }),
            period: z12.strictObject({ start: isoDate(), end: isoDate().optional() }).optional().meta({ description: "Period the records cover." })
          }))
        ).meta({ title: "Record" }),
        limits.list,
        1
      ),
      {
        description: "The records or documents sought and who holds them.",
        basis: ["UNTOC 18(3)(f)", "RS 96(2)(b)"]
      }
    ),
    form: field(z12.enum(["certified-copies", "originals"]), {
      description: "Whether certified copies suffice or originals are expressly requested.",
      basis: ["ECMA 3(3)", "UNTOC 18(3)(f)"]
    })
  })
);
var identifyingOrTracingProceedsSchema = measure(
  "identifying-or-tracing-proceeds",
  "Identifying or tracing proceeds",
  ["UNTOC 18(3)(g)", "UNCAC 46(3)(j)", "RS 93(1)(k)"],
  "Identifying or tracing proceeds of crime, property, instrumentalities or other things for evidentiary purposes.",
  () => ({
    propertySought: field(longText(), {
      description: "The proceeds, property or instrumentalities to be identified or traced.",
      basis: ["UNTOC 18(3)(g)"]
    }),
    personsOrEntities: field(list(text(), limits.list).optional(), {
      description: "Persons or entities believed to hold or control the property.",
      basis: ["RS 96(2)(b)"]
    })
  })
);
var locatingPersonsOrItemsSchema = measure(
  "locating-persons-or-items",
  "Identification and whereabouts of persons, location of items",
  ["RS 93(1)(a)"],
  "The identification and whereabouts of persons or the location of items.",
  () => ({
    targets: field(
      list(
        z12.strictObject(
          lazyShape(() => ({
            kind: z12.enum(["person", "item"]),
            description: longText(),
            lastKnownLocation: text().optional()
          }))
        ).meta({ title: "Person or item to locate" }),
        limits.list,
        1
      ),
      {
        description: "Persons or items to be identified or located.",
        basis: ["RS 93(1)(a)", "RS 96(2)(b)"]
      }
    )
  })
);
var voluntaryAppearanceSchema = measure(
  "voluntary-appearance",
  "Facilitating voluntary appearance",
  ["UNTOC 18(3)(h)", "RS 93(1)(e)"],
  "Facilitating the voluntary appearance of persons in the requesting State.",
  () => ({
    person: field(personSchema, {
      description: "The person invited to appear.",
      basis: ["UNTOC 18(3)(h)", "UNTOC 18(15)(e)"]
    }),
    capacity: field(z12.enum(capacities), {
      description: "Capacity in which the person is to appear.",
      basis: ["RS 93(1)(e)"]
    }),
    appearanceDate: field(isoDate().optional(), {
      description: "Date on which the person is to appear.",
      basis: ["UNTOC 18(24)"]
    }),
    safeConductOffered: field(z12.boolean().optional(), {
      description: "True if the person is offered safe conduct.",
      basis: ["UNTOC 18(27)"]
    })
  })
);
var temporaryTransferSchema = measure(
  "temporary-transfer-of-detained-person",
  "Temporary transfer of a person in custody",
  ["UNTOC 18(10)", "RS 93(1)(f)", "Model-MLA 1(2)(b)"],
  "Temporary transfer of a person detained or serving a sentence, for identification, testimony or other assistance in obtaining evidence.",
  () => ({
    person: field(personSchema, {
      description: "The person in custody whose transfer is sought.",
      basis: ["UNTOC 18(10)"]
    }),
    placeOfDetention: field(text(), {
      description: "Where the person is detained or serving a sentence.",
      basis: ["UNTOC 18(10)", "RS 96(2)(b)"]
    }),
    purpose: field(z12.enum(["identification", "testimony", "other-assistance-in-obtaining-evidence"]), {
      description: "Purpose of the transfer.",
      basis: ["UNTOC 18(10)"]
    }),
    consent: field(z12.enum(["given", "to-be-obtained"]), {
      description: "Whether the person has freely given informed consent, or it is still to be obtained.",
      basis: ["UNTOC 18(10)"]
    }),
    proposedPeriod: field(
      z12.strictObject(lazyShape(() => ({ start: isoDate(), end: isoDate() }))).optional().meta({ title: "Proposed period" }),
      {
        description: "Proposed dates of transfer and return.",
        basis: ["UNTOC 18(10)"]
      }
    )
  })
);
var protectionOfVictimsAndWitnessesSchema = measure(
  "protection-of-victims-and-witnesses",
  "Protection of victims and witnesses",
  ["RS 93(1)(j)", "RS 87(4)"],
  "Protection of victims and witnesses and their families.",
  () => ({
    personsToProtect: field(list(text(), limits.list, 1), {
      description: "Who is to be protected (names or pseudonyms as the case requires).",
      basis: ["RS 93(1)(j)", "RS 87(4)"]
    }),
    measuresSought: field(longText(), {
      description: "The protective measures sought.",
      basis: ["RS 93(1)(j)", "RS 87(4)"]
    })
  })
);
var preservationOfEvidenceSchema = measure(
  "preservation-of-evidence",
  "Preservation of evidence",
  ["RS 93(1)(j)"],
  "Preservation of evidence, for example data, records or physical evidence at risk of loss.",
  () => ({
    evidence: field(longText(), {
      description: "The evidence to be preserved and where it is.",
      basis: ["RS 93(1)(j)", "RS 96(2)(b)"]
    }),
    preserveUntil: field(isoDate().optional(), {
      description: "Date until which the evidence should be preserved.",
      basis: ["UNTOC 18(24)"]
    })
  })
);
var assetRecoverySchema = measure(
  "asset-recovery",
  "Recovery of assets",
  ["UNCAC 46(3)(k)"],
  "The recovery of assets.",
  () => ({
    assets: field(list(assetSchema, limits.list, 1), {
      description: "The assets to be recovered.",
      basis: ["UNCAC 46(3)(k)", "RS 96(2)(b)"]
    }),
    confiscationDecision: field(attachmentSchema.optional(), {
      description: "The confiscation or forfeiture decision to be enforced, when there is one.",
      basis: ["UNCAC 46(3)(k)"]
    })
  })
);
var otherAssistanceSchema = measure(
  "other",
  "Other assistance",
  ["UNTOC 18(3)(i)", "RS 93(1)(l)"],
  "Any other type of assistance not contrary to the law of the requested State. Describe it in 'description'.",
  () => ({})
);
var measureSchema = z12.discriminatedUnion("type", [
  takingEvidenceSchema,
  videoConferenceHearingSchema,
  questioningOfSuspectSchema,
  serviceOfDocumentsSchema,
  searchAndSeizureSchema,
  freezingOrSeizureOfAssetsSchema,
  examinationOfObjectsAndSitesSchema,
  informationAndExpertEvaluationsSchema,
  recordsAndDocumentsSchema,
  identifyingOrTracingProceedsSchema,
  locatingPersonsOrItemsSchema,
  voluntaryAppearanceSchema,
  temporaryTransferSchema,
  protectionOfVictimsAndWitnessesSchema,
  preservationOfEvidenceSchema,
  assetRecoverySchema,
  otherAssistanceSchema
]).meta({ title: "Measure of assistance" });
var measureTypes = measureSchema.options.map(
  (option) => measureTypeOf.get(option)
);

// src/request-schemas/mla.ts
var personConcernedRoles = [
  "suspect-or-accused",
  "witness",
  "victim",
  "expert",
  "holder-of-evidence",
  "other"
];
var factsSummaryBasis = ["UNTOC 18(15)(c)", "UNCAC 46(15)(c)", "ECMA 14(2)", "RS 96(2)(c)"];
var factsSummaryRequiredUnlessOnlyService = {
  if: {
    properties: {
      measures: {
        type: "array",
        items: {
          type: "object",
          properties: { type: { type: "string", const: "service-of-documents" } },
          required: ["type"]
        }
      }
    },
    required: ["measures"]
  },
  else: { required: ["factsSummary"] }
};
var mlaRequestSchema = z13.strictObject(
  lazyShape(() => ({
    schemaVersion: schemaVersionField(),
    requestType: requestTypeField("mla"),
    dateOfRequest: dateOfRequestField(),
    requestingState: requestingStateField(["UNTOC 18(15)(a)", "UNCAC 46(15)(a)"]),
    requestedState: requestedStateField(["UNTOC 18(13)", "UNTOC 18(14)"]),
    form: formField(["UNTOC 18(14)", "UNCAC 46(14)", "RS 96(1)", "ECMA 15(1)"]),
    channel: field(channelSchema, {
      description: "Channel of transmission: central authority, or the diplomatic channel or INTERPOL where the requested State accepts it; direct between judicial authorities where a treaty allows.",
      basis: ["UNTOC 18(13)", "ECMA 15(1)", "ECMA 15(7)", "RS 87(1)(a)", "RS 87(1)(b)"]
    }),
    language: languageField(["UNTOC 18(14)", "UNCAC 46(14)", "ECMA 16(2)", "RS 87(2)"]),
    translations: translationsField(["UNTOC 18(14)", "ECMA 16(2)", "RS 87(2)"]),
    legalBasis: legalBasisField(["RS 96(2)(a)"], true),
    requestingAuthority: field(authoritySchema, {
      description: "The authority making the request.",
      basis: ["UNTOC 18(15)(a)", "UNCAC 46(15)(a)", "ECMA 14(1)(a)"]
    }),
    proceeding: field(proceedingSchema, {
      description: "Subject matter and nature of the investigation, prosecution or judicial proceeding, and the name and functions of the authority conducting it.",
      basis: ["UNTOC 18(15)(b)", "UNCAC 46(15)(b)"]
    }),
    factsSummary: field(narrativeText().optional(), {
      description: "Summary of the relevant facts. Required unless every measure is service of documents.",
      basis: [...factsSummaryBasis]
    }),
    offences: field(list(offenceSchema, limits.list, 1).optional(), {
      description: "The offences concerned; letters rogatory for evidence must state the offence.",
      basis: ["ECMA 14(2)"]
    }),
    measures: field(list(measureSchema, limits.measures, 1), {
      description: "The assistance sought, one entry per measure, each with the details that measure needs.",
      basis: ["UNTOC 18(15)(d)", "UNCAC 46(15)(d)", "RS 96(2)(a)", "ECMA 14(1)(b)"]
    }),
    purpose: field(longText(), {
      description: "The purpose for which the evidence, information or action is sought, and the grounds.",
      basis: ["UNTOC 18(15)(f)", "UNCAC 46(15)(f)", "ECMA 14(1)(b)", "RS 96(2)(a)"]
    }),
    procedure: field(procedureRequestSchema.optional(), {
      description: "Particular procedure to be followed for the request as a whole, and the reasons for it.",
      basis: ["UNTOC 18(15)(d)", "UNTOC 18(17)", "RS 96(2)(d)", "2AP-ECMA 8"]
    }),
    personsConcerned: field(
      list(
        z13.strictObject({
          role: z13.enum(personConcernedRoles),
          person: personSchema
        }).meta({ title: "Person concerned" }),
        limits.list
      ).optional(),
      {
        description: "Where possible, the identity, location and nationality of any person concerned.",
        basis: ["UNTOC 18(15)(e)", "UNCAC 46(15)(e)", "ECMA 14(1)(c)", "RS 96(2)(b)"]
      }
    ),
    requestedStateRequirements: requestedStateRequirementsField(["RS 96(2)(e)", "UNTOC 18(16)"]),
    urgency: field(urgencySchema.optional(), {
      description: "Deadline suggested for execution, with the reasons for it.",
      basis: ["UNTOC 18(24)", "UNCAC 46(24)"]
    }),
    confidentiality: confidentialityField(["UNTOC 18(20)", "UNCAC 46(20)", "2AP-ECMA 25", "RS 87(3)"]),
    protectiveMeasures: field(longText().optional(), {
      description: "Measures needed to protect victims, witnesses and their families, and how information must be handled.",
      basis: ["RS 87(4)"]
    }),
    otherInformation: otherInformationField(["RS 96(2)(f)"]),
    attachments: attachmentsField(),
    signatory: field(text().optional(), {
      description: "Name and function of the official who signs the request.",
      basis: ["UNTOC 18(14)"]
    })
  }))
).superRefine((request, ctx) => {
  const onlyService = request.measures.every((measure2) => measure2.type === "service-of-documents");
  if (!onlyService && request.factsSummary === void 0) {
    ctx.addIssue({
      code: "custom",
      path: ["factsSummary"],
      message: "factsSummary is required unless every measure is service of documents (UNTOC art. 18(15)(c); UNCAC art. 46(15)(c))",
      params: { rule: "required", basis: [...factsSummaryBasis] }
    });
  }
}).meta({
  title: "Request for mutual legal assistance",
  description: "A request for mutual legal assistance in the investigation or prosecution of genocide, crimes against humanity, war crimes or other international crimes. Each field cites the verified provisions of comparable instruments it rests on; the Ljubljana\u2013The Hague Convention's own articles on requests are not yet verified.",
  ...factsSummaryRequiredUnlessOnlyService
});

// src/request-schemas/provisional-arrest.ts
import * as z14 from "zod";
var provisionalArrestRequestSchema = z14.strictObject(
  lazyShape(() => ({
    schemaVersion: schemaVersionField(),
    requestType: requestTypeField("provisional-arrest"),
    dateOfRequest: dateOfRequestField(),
    requestingState: requestingStateField(["ECE 16(1)"]),
    requestedState: requestedStateField(["ECE 16(1)"]),
    form: formField(["ECE 16(3)", "RS 92(2)"]),
    channel: field(channelSchema, {
      description: "Diplomatic channel, direct by post or other means affording evidence in writing, or INTERPOL.",
      basis: ["ECE 16(3)", "RS 92(2)", "RS 87(1)(b)"]
    }),
    language: languageField(["ECE 23", "RS 87(2)"]),
    translations: translationsField(["ECE 23", "RS 87(2)"]),
    legalBasis: legalBasisField(["UNTOC 16(9)"], false),
    requestingAuthority: field(authoritySchema, {
      description: "The competent authority requesting the arrest.",
      basis: ["ECE 16(1)", "3AP-ECE 2(1)(b)"]
    }),
    urgency: field(urgencySchema, {
      description: "Why the case is urgent: provisional arrest may be requested only in urgent cases.",
      basis: ["ECE 16(1)", "RS 92(1)", "UNTOC 16(9)"]
    }),
    personSought: field(personSoughtSchema, {
      description: "Description of the person sought, sufficient to identify the person, with nationality and probable location.",
      basis: ["ECE 16(2)", "RS 92(2)(a)", "3AP-ECE 2(1)(a)"]
    }),
    offences: field(list(offenceSchema, limits.list, 1), {
      description: "The offences for which extradition will be requested, when and where they were committed, and a concise statement of the facts.",
      basis: ["ECE 16(2)", "RS 92(2)(b)", "3AP-ECE 2(1)(d)", "3AP-ECE 2(1)(f)"]
    }),
    decision: field(decisionStatementSchema, {
      description: "Statement that a warrant of arrest, or an enforceable judgment of conviction, exists.",
      basis: ["ECE 16(2)", "ECE 12(2)(a)", "RS 92(2)(c)", "3AP-ECE 2(1)(c)"]
    }),
    extraditionRequestWillFollow: field(z14.literal(true), {
      description: "Statement that a request for extradition (or surrender) will follow. Must be true.",
      basis: ["ECE 16(2)", "RS 92(2)(d)"]
    }),
    sentence: field(
      z14.strictObject({
        imposed: sentenceSchema,
        partEnforced: text().optional().meta({ description: "Part of the sentence already enforced." })
      }).optional().meta({ title: "Sentence imposed" }),
      {
        description: "Where the person was convicted: the penalty imposed and whether part has been enforced.",
        basis: ["3AP-ECE 2(1)(d)"]
      }
    ),
    inAbsentia: field(z14.boolean().optional(), {
      description: "Where a final judgment is to be enforced: whether it was rendered in absentia.",
      basis: ["3AP-ECE 2(1)(h)"]
    }),
    lapseOfTime: field(longText().optional(), {
      description: "Information on lapse of time (limitation) and its interruption.",
      basis: ["3AP-ECE 2(1)(e)"]
    }),
    consequences: field(longText().optional(), {
      description: "In so far as possible, the consequences of the offence.",
      basis: ["3AP-ECE 2(1)(g)"]
    }),
    stateSpecificRequirements: field(longText().optional(), {
      description: "Information a requested State requires by declaration (for example a short statement of the facts).",
      basis: ["ECE 16(2)"]
    }),
    confidentiality: confidentialityField(["RS 87(3)"]),
    otherInformation: otherInformationField(["RS 92(2)"]),
    attachments: attachmentsField(),
    signatory: field(text().optional(), {
      description: "Name and function of the official who signs the request.",
      basis: ["ECE 16(3)"]
    })
  }))
).meta({
  title: "Request for provisional arrest",
  description: "An urgent request for the provisional arrest of a person sought, pending a request for extradition or surrender. Each field cites the verified provisions of comparable instruments it rests on; the Ljubljana\u2013The Hague Convention's own articles on requests are not yet verified."
});

// src/request-schemas/transfer-of-sentenced-person.ts
import * as z15 from "zod";
var sentencedPersonSchema = personSchema.extend({
  dateOfBirth: isoDate(),
  placeOfBirth: placeSchema,
  addressInAdministeringState: addressSchema.optional().meta({ description: "The person's address in the administering State, if any." })
}).meta({ title: "Sentenced person" });
var consentDeclarationSchema = z15.strictObject(
  lazyShape(() => ({
    givenBy: z15.enum(["sentenced-person", "legal-representative"]),
    date: isoDate(),
    declaration: attachmentSchema.meta({ description: "The signed declaration of consent." })
  }))
).meta({ title: "Declaration of consent" });
var sentencingStateDocumentsSchema = z15.strictObject(
  lazyShape(() => ({
    judgment: field(attachmentSchema, {
      description: "Certified copy of the judgment.",
      basis: ["TSP 6(2)(a)"]
    }),
    lawOnWhichJudgmentIsBased: field(attachmentSchema, {
      description: "The law on which the judgment is based.",
      basis: ["TSP 6(2)(a)"]
    }),
    sentenceServed: field(
      z15.strictObject({
        statement: longText().meta({ description: "How much of the sentence has already been served." }),
        preTrialDetention: text().optional(),
        remission: text().optional(),
        otherEnforcementFactors: longText().optional()
      }).meta({ title: "Statement of sentence served" }),
      {
        description: "How much of the sentence has been served, including pre-trial detention, remission and other factors relevant to enforcement.",
        basis: ["TSP 6(2)(b)"]
      }
    ),
    consent: field(consentDeclarationSchema, {
      description: "Declaration containing the consent to the transfer.",
      basis: ["TSP 6(2)(c)", "TSP 3(1)(d)"]
    }),
    medicalOrSocialReports: field(list(attachmentSchema, 50).optional(), {
      description: "Whenever appropriate, medical or social reports, information about treatment and recommendations for further treatment.",
      basis: ["TSP 6(2)(d)"]
    })
  }))
).meta({ title: "Documents from the sentencing State" });
var administeringStateDocumentsSchema = z15.strictObject(
  lazyShape(() => ({
    nationalityEvidence: field(attachmentSchema.optional(), {
      description: "Document or statement indicating that the sentenced person is a national of the administering State.",
      basis: ["TSP 6(1)(a)"]
    }),
    dualCriminalityLaw: field(attachmentSchema.optional(), {
      description: "Copy of the administering State's law under which the acts are also a criminal offence there.",
      basis: ["TSP 6(1)(b)"]
    }),
    enforcementProcedure: field(z15.enum(["continued-enforcement", "conversion"]).optional(), {
      description: "Whether the administering State will continue enforcement or convert the sentence.",
      basis: ["TSP 6(1)(c)", "TSP 9(1)"]
    })
  }))
).meta({ title: "Documents from the administering State" });
var sentencingStateDocumentsRequired = {
  if: {
    properties: { requestingStateRole: { type: "string", const: "administering-state" } },
    required: ["requestingStateRole"]
  },
  else: { required: ["sentencingStateDocuments"] }
};
var transferOfSentencedPersonRequestSchema = z15.strictObject(
  lazyShape(() => ({
    schemaVersion: schemaVersionField(),
    requestType: requestTypeField("transfer-of-sentenced-person"),
    dateOfRequest: dateOfRequestField(),
    requestingState: requestingStateField(["TSP 2(3)"]),
    requestedState: requestedStateField(["TSP 5(2)"]),
    requestingStateRole: field(z15.enum(["sentencing-state", "administering-state"]), {
      description: "Whether the requesting State is the sentencing State or the administering State.",
      basis: ["TSP 2(3)"]
    }),
    form: formField(["TSP 5(1)"]),
    channel: field(channelSchema, {
      description: "Ministry of Justice to Ministry of Justice, or another channel a State has declared.",
      basis: ["TSP 5(2)"]
    }),
    language: languageField(["TSP 17(3)"]),
    translations: translationsField(["TSP 17(3)"]),
    legalBasis: legalBasisField([], false),
    requestingAuthority: field(authoritySchema, {
      description: "The authority (usually the Ministry of Justice) making the request.",
      basis: ["TSP 5(2)"]
    }),
    sentencedPerson: field(sentencedPersonSchema, {
      description: "Name, date and place of birth of the sentenced person, and address in the administering State if any.",
      basis: ["TSP 4(3)(a)", "TSP 4(3)(b)"]
    }),
    factsSummary: field(narrativeText(), {
      description: "Statement of the facts upon which the sentence was based.",
      basis: ["TSP 4(3)(c)"]
    }),
    judgment: field(
      z15.strictObject({
        court: text(),
        date: isoDate(),
        reference: shortText(),
        final: z15.literal(true).meta({ description: "The judgment must be final. Must be true." })
      }).meta({ title: "Judgment" }),
      {
        description: "The final judgment that imposed the sentence.",
        basis: ["TSP 3(1)(b)", "TSP 6(2)(a)"]
      }
    ),
    sentence: field(
      sentenceSchema.extend({
        startDate: isoDate().meta({ description: "Date of commencement of the sentence." })
      }),
      {
        description: "Nature, duration and date of commencement of the sentence.",
        basis: ["TSP 4(3)(d)"]
      }
    ),
    sentencingStateDocuments: field(sentencingStateDocumentsSchema.optional(), {
      description: "Documents the sentencing State provides when it requests the transfer: required when requestingStateRole is sentencing-state.",
      basis: ["TSP 6(2)(a)", "TSP 6(2)(b)", "TSP 6(2)(c)", "TSP 6(2)(d)"]
    }),
    administeringStateDocuments: field(administeringStateDocumentsSchema.optional(), {
      description: "Documents the administering State furnishes on request.",
      basis: ["TSP 6(1)(a)", "TSP 6(1)(b)", "TSP 6(1)(c)"]
    }),
    otherInformation: otherInformationField([]),
    attachments: attachmentsField(),
    signatory: field(text().optional(), {
      description: "Name and function of the official who signs the request.",
      basis: ["TSP 5(1)"]
    })
  }))
).superRefine((request, ctx) => {
  if (request.requestingStateRole === "sentencing-state" && request.sentencingStateDocuments === void 0) {
    ctx.addIssue({
      code: "custom",
      path: ["sentencingStateDocuments"],
      message: "sentencingStateDocuments is required when the sentencing State requests the transfer (TSP art. 6(2))",
      params: { rule: "required", basis: ["TSP 6(2)(a)", "TSP 6(2)(b)", "TSP 6(2)(c)", "TSP 6(2)(d)"] }
    });
  }
}).meta({
  title: "Request for transfer of a sentenced person",
  description: "A request by the sentencing or the administering State to transfer a sentenced person so that the sentence is served in the administering State. Each field cites the verified provisions of comparable instruments it rests on; the Ljubljana\u2013The Hague Convention's own articles on requests are not yet verified.",
  ...sentencingStateDocumentsRequired
});

// src/request-types.ts
var requestTypes = [
  "mla",
  "extradition",
  "provisional-arrest",
  "transfer-of-sentenced-person"
];
function isRequestType(value) {
  return typeof value === "string" && requestTypes.includes(value);
}
var requestTypeTitles = {
  mla: "Request for mutual legal assistance",
  extradition: "Request for extradition",
  "provisional-arrest": "Request for provisional arrest",
  "transfer-of-sentenced-person": "Request for transfer of a sentenced person"
};

// src/index.ts
var requestSchemas = {
  mla: mlaRequestSchema,
  extradition: extraditionRequestSchema,
  "provisional-arrest": provisionalArrestRequestSchema,
  "transfer-of-sentenced-person": transferOfSentencedPersonRequestSchema
};
function getJsonSchema(requestType) {
  return buildJsonSchema(requestType, requestSchemas[requestType]);
}
function describeArgument(value) {
  try {
    return typeof value === "string" ? JSON.stringify(value) : `(${typeof value})`;
  } catch {
    return "(unreadable)";
  }
}
function detectRequestType(input) {
  try {
    if (input === null || typeof input !== "object" || Array.isArray(input)) {
      return { problem: "the request must be a JSON object" };
    }
    const value = Object.hasOwn(input, "requestType") ? input.requestType : void 0;
    if (value === void 0)
      return {
        problem: `requestType is required; it must be one of ${requestTypes.map((t) => `"${t}"`).join(", ")}`
      };
    if (isRequestType(value)) return { type: value };
    return { problem: `requestType must be one of ${requestTypes.map((t) => `"${t}"`).join(", ")}` };
  } catch {
    return { problem: "requestType could not be read" };
  }
}
function validateRequest(input, requestType) {
  if (requestType !== void 0 && !isRequestType(requestType)) {
    return {
      success: false,
      issues: [
        makeIssue(
          [],
          "unknown_request_type",
          `unknown request type ${describeArgument(requestType)}; use one of ${requestTypes.join(", ")}`
        )
      ]
    };
  }
  if (requestType !== void 0) return validateWith(requestSchemas[requestType], input);
  const detected = detectRequestType(input);
  if (!detected.type) {
    const atRoot = detected.problem === "the request must be a JSON object";
    return {
      success: false,
      issues: [
        makeIssue(
          atRoot ? [] : ["requestType"],
          atRoot ? "invalid_type" : "unknown_request_type",
          detected.problem ?? "requestType is required"
        )
      ]
    };
  }
  return validateWith(requestSchemas[detected.type], input);
}
function parseRequest(input, requestType) {
  const result = validateRequest(input, requestType);
  if (!result.success) throw new RequestValidationError(result.issues);
  return result.data;
}
export {
  RequestValidationError,
  addressSchema,
  annexLetters,
  applicableLawSchema,
  attachmentSchema,
  authoritySchema,
  basisDecisionSchema,
  basisIds,
  channelSchema,
  channels,
  citeBasis,
  confidentialitySchema,
  contactSchema,
  decisionStatementSchema,
  extraditionRequestSchema,
  formSchema,
  forms,
  getJsonSchema,
  isRequestType,
  jsonSchemaBaseUrl,
  jsonSchemaId,
  legalBasisSchema,
  limits,
  measureSchema,
  measureTypes,
  mlaRequestSchema,
  offenceCategorySchema,
  offenceSchema,
  parseRequest,
  parseWith as parseWithSchema,
  personSchema,
  personSoughtSchema,
  placeSchema,
  proceedingSchema,
  provisionalArrestRequestSchema,
  requestIssueCodes,
  requestSchemas,
  requestTypeTitles,
  requestTypes,
  schemaVersion,
  sentenceSchema,
  toJsonPath,
  toJsonPointer,
  transferOfSentencedPersonRequestSchema,
  urgencySchema,
  validateRequest,
  validateWith as validateWithSchema
};
