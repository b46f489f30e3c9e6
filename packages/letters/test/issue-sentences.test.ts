import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import {
  patternHintKeys,
  type RequestIssue,
  requestIssueCodes,
  requestRuleIds,
  validateRequest as validateRequestV0,
} from "@lhc/requests";
import { exampleManifest, exampleSpecifier } from "@lhc/requests/examples";
import { validateRequest } from "@lhc/requests/v1";
import { describe, expect, it } from "vitest";
import { labelCatalog, labelsFor, labelsFrom, letterLanguages } from "../src/catalog.js";
import { fieldLabelPath, issueSentence } from "../src/issues.js";
import { schemaVocabulary } from "./helpers.js";

const require = createRequire(import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));

const v1Index = require.resolve("@lhc/requests/examples/v1/index.json");
const v1Manifest = readJson(v1Index) as typeof exampleManifest;
const v1File = (file: string) => join(dirname(v1Index), file);
const issuesOf = (result: { success: true } | { success: false; issues: RequestIssue[] }) =>
  result.success ? [] : result.issues;

/** validateRequest's issues for every invalid version-1 example, and for every invalid version-0 example. */
const exampleIssues = [
  ...v1Manifest.examples
    .filter((example) => !example.valid)
    .map((example) => ({
      name: `v1/${example.file}`,
      issues: issuesOf(validateRequest(readJson(v1File(example.file)))),
    })),
  ...exampleManifest.examples
    .filter((example) => !example.valid)
    .map((example) => ({
      name: example.file,
      issues: issuesOf(validateRequestV0(readJson(require.resolve(exampleSpecifier(example))))),
    })),
];

/** A valid version-1 request edited to break one rule of each kind. */
const base = readJson(v1File("valid/mla-full-war-crimes-investigation.json")) as Record<string, unknown>;
const broken = (edit: (request: Record<string, unknown>) => void): RequestIssue[] => {
  const request = structuredClone(base);
  edit(request);
  return issuesOf(validateRequest(request));
};
const cyclic: Record<string, unknown> = { requestType: "mla" };
cyclic.self = cyclic;
let deep: unknown = "x";
for (let i = 0; i < 70; i += 1) deep = { deep };
const constructedIssues = [
  ...broken((r) => {
    r.channel = "carrier-pigeon";
    r.requestingState = "nl";
    r.dateOfRequest = "2026-13-01";
    r.purpose = "";
    r.otherInformation = "x".repeat(20_000);
    r.factsSummary = 5;
    r.unknownField = true;
    delete r.legalBasis;
    (r.measures as { type: string }[])[0] = { type: "telepathy" } as { type: string };
  }),
  ...broken((r) => {
    r.measures = [];
  }),
  ...broken((r) => {
    const persons = r.persons as { id: string }[];
    (persons[1] as { id: string }).id = (persons[0] as { id: string }).id;
  }),
  ...broken((r) => {
    r.urgency = { reasons: [{ code: "other" }] };
  }),
  ...broken((r) => {
    r.schemaVersion = "0.1";
  }),
  ...issuesOf(validateRequest({ requestType: "letter-rogatory" })),
  ...issuesOf(validateRequest([])),
  ...issuesOf(validateRequest(cyclic, "mla")),
  ...issuesOf(validateRequest({ requestType: "mla", deep }, "mla")),
  ...issuesOf(validateRequest({ requestType: "mla", amount: 10n }, "mla")),
  ...issuesOf(validateRequest({ requestType: "mla", list: new Array(10_001).fill(0) }, "mla")),
  ...issuesOf(
    validateRequest(
      {
        requestType: "mla",
        get unreadable(): unknown {
          throw new Error("a getter that throws");
        },
      },
      "mla",
    ),
  ),
];
const allIssues = [...exampleIssues.flatMap(({ issues }) => issues), ...constructedIssues];

const { codes } = schemaVocabulary();
/** English words of the English sentences, none of which a French sentence may hold. */
const englishWords =
  /\b(must|required|one of|at least|at most|characters|items?|refers|twice|allowed|is not|unknown|entry|given only|when the|the request)\b/iu;
/** A French sentence without what it quotes (values, ids) and without the field's label path. */
const frenchWordsOf = (sentence: string, field: string) =>
  sentence.replace(field, "").replace(/« [^»]* »/gu, "");

describe("issueSentence: validateRequest's issues in the letter's words", () => {
  it("has issues to word: every invalid example's, and constructed issues of every code", () => {
    expect(exampleIssues.length).toBe(
      v1Manifest.examples.filter((e) => !e.valid).length +
        exampleManifest.examples.filter((e) => !e.valid).length,
    );
    for (const { name, issues } of exampleIssues) expect(issues.length, name).toBeGreaterThan(0);
    expect(new Set(allIssues.map((issue) => issue.code))).toEqual(new Set(requestIssueCodes));
  });

  it.each(letterLanguages)(
    "%s: names the field by its labels, and each allowed value by its label",
    (language) => {
      const labels = labelsFor(language);
      for (const issue of allIssues) {
        const sentence = issueSentence(issue, labels);
        const field = fieldLabelPath(issue.pathSegments, labels);
        const where = `${issue.path} ${issue.code}: ${sentence}`;
        expect(sentence.startsWith(field), where).toBe(true);
        const last = issue.pathSegments.filter((segment) => typeof segment === "string").at(-1);
        if (last !== undefined) expect(sentence, where).toContain(labels.field(last));
        // No code the catalogs label is shown as its code, quoted or bare.
        for (const code of codes) {
          if (labels.value(code) === code || !code.includes("-")) continue;
          expect(sentence, where).not.toMatch(new RegExp(`(^|[^\\w-])${code}($|[^\\w-])`, "u"));
        }
        for (const value of issue.params?.values ?? []) {
          const label = typeof value === "string" ? labels.value(value) : undefined;
          if (label !== undefined && issue.params?.rule === undefined)
            expect(sentence, where).toContain(label);
        }
      }
    },
  );

  it("French sentences are French: no English template word, and never the package's English message", () => {
    const french = labelsFor("fr");
    for (const issue of allIssues) {
      const sentence = issueSentence(issue, french);
      const where = `${issue.path} ${issue.code}: ${sentence}`;
      expect(sentence, where).not.toBe(issue.message);
      expect(frenchWordsOf(sentence, fieldLabelPath(issue.pathSegments, french)), where).not.toMatch(
        englishWords,
      );
    }
    // The words of the form: a field, an allowed value and a format as the French catalog says them.
    const channel = constructedIssues.find((issue) => issue.path === "$.channel") as RequestIssue;
    expect(issueSentence(channel, french)).toContain(
      `${french.field("channel")} : choisissez l'une des valeurs suivantes : « ${french.value("central-authority")} »`,
    );
    const date = constructedIssues.find((issue) => issue.path === "$.dateOfRequest") as RequestIssue;
    expect(issueSentence(date, french)).toBe(
      `${french.field("dateOfRequest")} : indiquez une date sous la forme AAAA-MM-JJ`,
    );
  });

  it("every language words every code, every rule and every pattern (a new rule needs its sentences)", () => {
    for (const language of letterLanguages) {
      const text = labelCatalog(language)?.text ?? {};
      const missing = [
        ...requestRuleIds.map((id) => `issue.rule.${id}`),
        ...patternHintKeys.map((key) => `issue.pattern.${key}`),
      ].filter((key) => !Object.hasOwn(text, key));
      expect(missing, `labels/${language}.json`).toEqual([]);
      // An issue of each code with nothing but its code still reads as a sentence of the catalog.
      for (const code of requestIssueCodes) {
        const issue = { code, pathSegments: ["dateOfRequest"], message: "the package's message" };
        expect(issueSentence(issue, labelsFor(language)), `${language} ${code}`).not.toBe(issue.message);
      }
    }
  });

  it("a rule the language does not word reads as the package's English message; the root is the request", () => {
    const issue = {
      code: "rule" as const,
      pathSegments: ["persons", 1, "dateOfBirth"],
      message: "dateOfBirth breaks a rule added since",
      params: { rule: "a-rule-added-since" as (typeof requestRuleIds)[number] },
    };
    expect(issueSentence(issue, labelsFor("fr"))).toBe(issue.message);
    // A language in progress that does not word a rule yet shows the package's message for it, and
    // English's sentences for the rest.
    const inProgress = labelsFrom({ language: "xx", name: "Test", text: {}, fields: {}, values: {} });
    const ruled = constructedIssues.find(
      (candidate) => candidate.params?.rule === "duplicate-id",
    ) as RequestIssue;
    expect(issueSentence(ruled, inProgress)).toBe(ruled.message);
    expect(issueSentence(ruled, labelsFor("en"))).not.toBe(ruled.message);
    const date = constructedIssues.find((candidate) => candidate.path === "$.dateOfRequest") as RequestIssue;
    expect(issueSentence(date, inProgress)).toBe(issueSentence(date, labelsFor("en")));
    expect(fieldLabelPath(issue.pathSegments, labelsFor("fr"))).toBe(
      `${labelsFor("fr").field("persons")} 2 › ${labelsFor("fr").field("dateOfBirth")}`,
    );
    expect(fieldLabelPath([], labelsFor("fr"))).toBe("La demande");
    // An id the request holds is quoted as it is, "$" patterns and all.
    const dangling = {
      ...issue,
      params: { rule: "unknown-reference" as const, value: "$&$'", collection: ["persons"] },
    };
    expect(issueSentence(dangling, labelsFor("fr"))).toContain("« $&$' »");
  });
});
