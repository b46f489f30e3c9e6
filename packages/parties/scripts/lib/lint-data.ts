/**
 * Data lints over the human-edited source files. Each problem names the file, the field and how to fix
 * it. The build refuses to emit while any problem remains, and `pnpm test` runs the same lint.
 */
import { iso31661 } from "iso-3166";
import type { z } from "zod";
import { conventionFactsSchema, datasetMetaSchema, partySchema } from "../../src/schema.js";
import type { ConventionFacts, DatasetMeta, IsoDate, Party } from "../../src/types.js";
import { declarationEffects } from "../lint/rules/declaration-effects.js";
import type { SourceFile } from "./source-files.js";

export interface LintProblem {
  file: string;
  /** Dotted path of the field inside the file, or `(file)` for the file as a whole. */
  field: string;
  /** What is wrong and how to fix it. */
  message: string;
}

export interface LintResult {
  problems: LintProblem[];
  /** Present only when there are no problems. */
  data?: { meta: DatasetMeta; convention: ConventionFacts; parties: Party[] };
}

/** Kosovo has no ISO 3166-1 code; XK is the user-assigned code the data uses for it. */
export const USER_ASSIGNED_CODES: ReadonlyMap<string, string> = new Map([["XK", "Kosovo"]]);

export const ISO_3166_1_ALPHA_2_CODES: ReadonlySet<string> = new Set(iso31661.map((entry) => entry.alpha2));

export function formatLintProblem(problem: LintProblem): string {
  return `${problem.file}: ${problem.field}: ${problem.message}`;
}

const STATE_FILE = /^data\/states\/([^/]+)\.json$/;

export function lintSourceFiles(files: readonly SourceFile[]): LintProblem[] {
  return lintAndCollect(files).problems;
}

export function lintAndCollect(files: readonly SourceFile[]): LintResult {
  const problems: LintProblem[] = [];
  const report = (file: string, field: string, message: string) => problems.push({ file, field, message });

  const parse = <T>(file: SourceFile, schema: z.ZodType<T>): T | undefined => {
    let json: unknown;
    try {
      json = JSON.parse(file.content);
    } catch (error) {
      report(file.path, "(file)", `is not valid JSON (${(error as Error).message}); fix the syntax`);
      return undefined;
    }
    const result = schema.safeParse(json);
    if (result.success) return result.data;
    for (const issue of result.error.issues) report(file.path, fieldPath(issue.path), describeIssue(issue));
    return undefined;
  };

  const metaFile = files.find((f) => f.path === "data/dataset.json");
  const conventionFile = files.find((f) => f.path === "data/convention.json");
  if (!metaFile) report("data/dataset.json", "(file)", "is missing; create it with { asOf, asOfNote }");
  if (!conventionFile)
    report("data/convention.json", "(file)", "is missing; create it with the Convention-level facts");
  const meta = metaFile ? parse(metaFile, datasetMetaSchema) : undefined;
  const convention = conventionFile ? parse(conventionFile, conventionFactsSchema) : undefined;

  const parties: Party[] = [];
  const partyFiles = new Map<Party, string>();
  const seenCodes = new Map<string, string>();
  for (const file of files) {
    if (file === metaFile || file === conventionFile) continue;
    const nameMatch = STATE_FILE.exec(file.path);
    if (!nameMatch) {
      report(file.path, "(file)", "is not a known source file; State files go in data/states/<CODE>.json");
      continue;
    }
    const party = parse(file, partySchema);
    if (!party) continue;
    const fileCode = nameMatch[1];
    if (party.code !== fileCode) {
      report(
        file.path,
        "code",
        `is "${party.code}" but the file is named ${fileCode}.json; the file name must equal the code (rename the file or correct the code)`,
      );
    }
    lintStateCode(party, file.path, report);
    const earlier = seenCodes.get(party.code);
    if (earlier) {
      report(
        file.path,
        "code",
        `"${party.code}" is already used by ${earlier}; each State has exactly one file`,
      );
    } else {
      seenCodes.set(party.code, file.path);
    }
    parties.push(party);
    partyFiles.set(party, file.path);
  }

  const file = (party: Party) => `data/states/${party.code}.json`;
  for (const party of parties) {
    lintParty(party, partyFiles.get(party) ?? file(party), meta?.asOf, convention, report);
  }
  // One rule per module (scripts/lint/rules/), in the shape of a rule { name, check(context, report) }.
  declarationEffects.check(
    { parties: parties.map((party) => ({ file: partyFiles.get(party) ?? file(party), party })) },
    report,
  );
  if (convention && meta) lintConvention(convention, meta.asOf, seenCodes, report);
  lintAccessDates(files, meta?.asOf, report);

  if (problems.length > 0 || !meta || !convention) return { problems };
  parties.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { problems, data: { meta, convention, parties } };
}

type Report = (file: string, field: string, message: string) => void;

function lintStateCode(party: Party, file: string, report: Report): void {
  if (party.codeKind === "user-assigned") {
    if (!USER_ASSIGNED_CODES.has(party.code)) {
      report(file, "code", `"${party.code}" is no user-assigned code this data set knows (only XK, Kosovo)`);
    }
    return;
  }
  if (!ISO_3166_1_ALPHA_2_CODES.has(party.code)) {
    report(
      file,
      "code",
      `"${party.code}" is not an assigned ISO 3166-1 alpha-2 code; use the State's ISO code (or XK with codeKind "user-assigned" for Kosovo)`,
    );
  }
}

function lintParty(
  party: Party,
  file: string,
  asOf: IsoDate | undefined,
  convention: ConventionFacts | undefined,
  report: Report,
): void {
  const signature = party.signature?.date;
  const consent = party.consent?.depositDate;
  const entryIntoForce = party.entryIntoForce?.date;

  if (signature && consent && consent < signature) {
    report(
      file,
      "consent.depositDate",
      `${consent} is before the signature on ${signature}; signature ≤ consent ≤ entry into force: check both dates against their sources`,
    );
  }
  if (entryIntoForce && !consent) {
    report(
      file,
      "entryIntoForce",
      "has a date but no consent to be bound is recorded; record the consent (with its source) or remove the entry-into-force date",
    );
  }
  if (entryIntoForce && consent && entryIntoForce < consent) {
    report(
      file,
      "entryIntoForce.date",
      `${entryIntoForce} is before the deposit of consent on ${consent}; check both dates against their sources`,
    );
  }
  if (!signature && party.consent && party.consent.type !== "accession" && party.consent.type !== null) {
    report(
      file,
      "signature",
      `is null but consent type is "${party.consent.type}"; only accession needs no signature: add the signature or correct the type`,
    );
  }
  if (asOf) {
    const late = (field: string, date: IsoDate | null | undefined) => {
      if (date && date > asOf) {
        report(
          file,
          field,
          `${date} is after the data set's asOf date ${asOf}; a recorded event cannot be later than asOf: correct the date or move asOf in data/dataset.json`,
        );
      }
    };
    late("signature.date", signature);
    late("consent.depositDate", consent);
    late("entryIntoForce.date", entryIntoForce);
    for (const [i, d] of party.declarations.entries()) late(`declarations.${i}.date`, d.date);
    late("domesticApproval.adopted", party.domesticApproval?.adopted);
    late("domesticApproval.proclaimed", party.domesticApproval?.proclaimed);
  }
  if (signature && convention) {
    const { opened, openUntil } = convention.signaturePeriod;
    if (signature < opened.date || signature > openUntil.date) {
      report(
        file,
        "signature.date",
        `${signature} is outside the signature period ${opened.date} to ${openUntil.date} (data/convention.json); check the date against its source`,
      );
    }
  }

  const ids = new Set<string>();
  party.declarations.forEach((declaration, i) => {
    if (!declaration.id.startsWith(`${party.code}-`)) {
      report(
        file,
        `declarations.${i}.id`,
        `"${declaration.id}" must start with the State's code: ${party.code}-<n>`,
      );
    }
    if (ids.has(declaration.id)) {
      report(
        file,
        `declarations.${i}.id`,
        `"${declaration.id}" is used twice; give each declaration its own number`,
      );
    }
    ids.add(declaration.id);
  });
  const fromTreatyDatabase = party.declarations.filter((d) => d.basis !== "domestic-law");
  if (party.declarationsListed.value && fromTreatyDatabase.length === 0) {
    report(
      file,
      "declarations",
      'declarationsListed is true but no declaration is recorded; add one (basis "listed-without-text" if its content is unknown)',
    );
  }
  if (!party.declarationsListed.value && fromTreatyDatabase.length > 0) {
    report(
      file,
      "declarationsListed.value",
      "is false but declarations from the treaty database are recorded; set it to true or remove them",
    );
  }
}

function lintConvention(
  convention: ConventionFacts,
  asOf: IsoDate,
  knownCodes: ReadonlyMap<string, string>,
  report: Report,
): void {
  const file = "data/convention.json";
  const { adoption, signaturePeriod } = convention;
  if (signaturePeriod.opened.date < adoption.date) {
    report(
      file,
      "signaturePeriod.opened.date",
      `${signaturePeriod.opened.date} is before adoption on ${adoption.date}; check both dates`,
    );
  }
  if (signaturePeriod.openUntil.date < signaturePeriod.opened.date) {
    report(
      file,
      "signaturePeriod.openUntil.date",
      `${signaturePeriod.openUntil.date} is before the opening on ${signaturePeriod.opened.date}; check both dates`,
    );
  }
  if (adoption.date > asOf)
    report(file, "adoption.date", `${adoption.date} is after asOf ${asOf}; correct it`);
  convention.provisionalApplication.forEach((entry, i) => {
    if (!knownCodes.has(entry.code)) {
      report(
        file,
        `provisionalApplication.${i}.code`,
        `"${entry.code}" has no file in data/states/; provisional application needs the State's record`,
      );
    }
    if (entry.from > asOf)
      report(file, `provisionalApplication.${i}.from`, `${entry.from} is after asOf ${asOf}; correct it`);
  });
  if (convention.depositary.status === "verified" && convention.depositary.value === null) {
    report(
      file,
      "depositary.value",
      'is null but status is "verified"; fill in the verified depositary or set status to "disputed"',
    );
  }
  if (convention.depositary.status !== "verified" && convention.depositary.value !== null) {
    report(
      file,
      "depositary.value",
      'must stay null until the depositary is verified; set status to "verified" once it is',
    );
  }
  if (
    (convention.entryIntoForce.rule === null) !==
    (convention.entryIntoForce.ruleStatus === "not-yet-verified")
  ) {
    report(file, "entryIntoForce.ruleStatus", 'must be "not-yet-verified" exactly when rule is null');
  }
  if (
    (convention.entryIntoForce.generalDate === null) !==
    (convention.entryIntoForce.generalDateStatus === "not-yet-verified")
  ) {
    report(
      file,
      "entryIntoForce.generalDateStatus",
      'must be "not-yet-verified" exactly when generalDate is null',
    );
  }
}

/** A source cannot have been read after the data set's asOf date. */
function lintAccessDates(files: readonly SourceFile[], asOf: IsoDate | undefined, report: Report): void {
  if (!asOf) return;
  for (const file of files) {
    let json: unknown;
    try {
      json = JSON.parse(file.content);
    } catch {
      continue;
    }
    walk(json, [], (path, value) => {
      const key = path[path.length - 1];
      if (key === "accessed" && typeof value === "string" && value > asOf) {
        report(
          file.path,
          fieldPath(path),
          `${value} is after asOf ${asOf}; a source cannot be read after the data set's date`,
        );
      }
    });
  }
}

function walk(
  value: unknown,
  path: PropertyKey[],
  visit: (path: PropertyKey[], value: unknown) => void,
): void {
  visit(path, value);
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) walk(item, [...path, i], visit);
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) walk(item, [...path, key], visit);
  }
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? "(file)" : path.map(String).join(".");
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined && issue.path[issue.path.length - 1] === "sources") {
        return "is missing; every fact needs at least one source { url, title, publisher, kind, accessed }";
      }
      if (issue.input === undefined)
        return `is missing; add it (expected ${issue.expected}, or null where unknown)`;
      return `${issue.message}; write a ${issue.expected} here`;
    case "unrecognized_keys":
      return `has unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(", ")}; remove them or correct their spelling`;
    case "invalid_value":
      return `${issue.message}; use one of the listed values`;
    case "too_small":
      return issue.message;
    default:
      return issue.message;
  }
}
