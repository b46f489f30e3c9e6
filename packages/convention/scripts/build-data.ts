/**
 * Validates the human-edited data in data/ and emits one deterministic artifact:
 * generated/convention.json (copied to dist/ by tsup) and generated/convention-data.ts (the typed
 * module the main entry bundles). Problems are reported with the file, the field and the fix.
 * Usage: tsx scripts/build-data.ts [--quiet] [--clean-dist]
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import { coverageOf, formatCoverage } from "../src/coverage.js";
import { CitationError, parseEId, romanToInt } from "../src/eid.js";
import { walk } from "../src/query.js";
import {
  conventionDocumentSchema,
  conventionMetaSchema,
  provisionNodeSchema,
  sourceSchema,
} from "../src/schema.js";
import type { ConventionDocument, ProvisionNode, SourceRef } from "../src/types.js";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = join(packageDir, "data");
const outDir = join(packageDir, "generated");
const problems: string[] = [];
// tsup builds two configurations in parallel, so dist/ is cleaned once here rather than by tsup.
if (process.argv.includes("--clean-dist")) rmSync(join(packageDir, "dist"), { recursive: true, force: true });
const rel = (file: string) => relative(packageDir, file);

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    problems.push(`${rel(file)}: not valid JSON (${(error as Error).message})`);
    return undefined;
  }
}

function validate<T extends z.ZodType>(file: string, schema: T, value: unknown): z.infer<T> | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path.length > 0 ? issue.path.join(".") : "(root)";
    problems.push(`${rel(file)}: ${path}: ${issue.message}`);
  }
  return undefined;
}

function jsonFiles(dir: string): string[] {
  return readdirSync(join(dataDir, dir))
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => join(dataDir, dir, f));
}

/** The eId number a published number maps to: "III" → "3" for containers, "H" → "h", "8" → "8". */
function eIdNum(node: ProvisionNode): string | null {
  if (node.num === null) return null;
  const lower = node.num.toLowerCase();
  if (node.type === "part") return /^[0-9]+$/.test(lower) ? lower : String(romanToInt(lower));
  return lower.replace(/^\(|[).]$/g, "").replace(/\)$/, "");
}

const PREFIX: Partial<Record<ProvisionNode["type"], string>> = {
  part: "part",
  article: "art",
  paragraph: "para",
  point: "point",
  annex: "annex",
  recital: "recital",
};

/** Checks that each node's eId is its parent's eId plus its own type and number. */
function checkNode(file: string, node: ProvisionNode, parentEId: string | null, position: string): void {
  const where = `${rel(file)}: ${position}`;
  try {
    parseEId(node.eId);
  } catch (error) {
    if (error instanceof CitationError) problems.push(`${where}: eId: ${error.rule}`);
    else throw error;
  }
  const prefix = PREFIX[node.type];
  if (prefix && node.type !== "recital") {
    const own = `${prefix}_${eIdNum(node)}`;
    const parentPart = parentEId && node.type !== "article" ? `${parentEId}__` : "";
    const expected = `${parentPart}${own}`;
    if (node.eId !== expected) {
      problems.push(
        `${where}: eId "${node.eId}" does not match its type and num "${node.num}"; expected "${expected}"`,
      );
    }
  }
  if (node.text !== null && node.provenance.status !== "official") {
    problems.push(
      `${where}: text is set but provenance.status is "${node.provenance.status}"; only text seen in an official source may be published as text (use "subject" for a paraphrase, or set text to null)`,
    );
  }
  node.children.forEach((child, k) => {
    checkNode(file, child, node.eId, `${position}.children.${k}`);
  });
}

const sourcesFile = join(dataDir, "sources.json");
const sources = validate(sourcesFile, sourceSchema.array(), readJson(sourcesFile)) ?? [];
const metaFile = join(dataDir, "meta.json");
const meta = validate(metaFile, conventionMetaSchema, readJson(metaFile));

function loadNode(file: string): ProvisionNode | undefined {
  const node = validate(file, provisionNodeSchema, readJson(file));
  if (!node) return undefined;
  const expectedName = `${node.eId}.json`;
  if (!file.endsWith(`/${expectedName}`) && !file.endsWith("/preamble.json")) {
    problems.push(`${rel(file)}: holds eId "${node.eId}"; rename the file to ${expectedName}`);
  }
  checkNode(file, node, null, "(root)");
  return node;
}

const preambleFile = join(dataDir, "preamble.json");
const preamble = loadNode(preambleFile);
preamble?.children.forEach((recital, k) => {
  if (recital.eId !== `preamble__recital_${k + 1}`) {
    problems.push(
      `${rel(preambleFile)}: children.${k}: eId "${recital.eId}" should be "preamble__recital_${k + 1}" (recitals are numbered in order)`,
    );
  }
});

const byNumber = (a: ProvisionNode, b: ProvisionNode) =>
  Number.parseInt(eIdNum(a) ?? "0", 10) - Number.parseInt(eIdNum(b) ?? "0", 10) ||
  (a.eId < b.eId ? -1 : a.eId > b.eId ? 1 : 0);
const parts = jsonFiles("parts")
  .map(loadNode)
  .filter((n): n is ProvisionNode => n !== undefined);
const articles = jsonFiles("provisions")
  .map(loadNode)
  .filter((n): n is ProvisionNode => n !== undefined);
const annexes = jsonFiles("annexes")
  .map(loadNode)
  .filter((n): n is ProvisionNode => n !== undefined);
for (const [list, type] of [
  [parts, "part"],
  [articles, "article"],
  [annexes, "annex"],
] as const) {
  for (const node of list) {
    if (node.type !== type)
      problems.push(`${node.eId}: a file in the ${type} folder must hold a ${type}, not a ${node.type}`);
  }
}

if (problems.length === 0 && meta && preamble) {
  const doc: ConventionDocument = {
    schemaVersion: 1,
    kind: "curated",
    meta,
    sources,
    preamble,
    // Article placement within parts is not verified, so parts and articles sit side by side.
    body: [...parts.sort(byNumber), ...articles.sort(byNumber)],
    conclusions: null,
    annexes: annexes.sort((a, b) => (a.eId < b.eId ? -1 : 1)),
    attachments: [],
  };
  const seen = new Set<string>();
  for (const node of walk(doc)) {
    if (seen.has(node.eId))
      problems.push(`eId "${node.eId}" appears more than once; each eId must be unique`);
    seen.add(node.eId);
  }
  const known = new Set(sources.map((s) => s.id));
  const checkRefs = (refs: SourceRef[], where: string) => {
    for (const ref of refs) {
      if (!known.has(ref.id))
        problems.push(`${where}: cites source "${ref.id}", which is not in data/sources.json; add it there`);
    }
  };
  for (const node of walk(doc)) {
    checkRefs(node.provenance.sources, node.eId);
    if (node.subject) checkRefs(node.subject.sources, `${node.eId}.subject`);
  }
  const visitFacts = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((v, k) => {
        visitFacts(v, `${path}.${k}`);
      });
    } else if (value && typeof value === "object") {
      for (const [key, v] of Object.entries(value)) {
        if (key === "sources" && Array.isArray(v)) checkRefs(v as SourceRef[], `data/meta.json: ${path}`);
        else visitFacts(v, `${path}.${key}`);
      }
    }
  };
  visitFacts(meta, "meta");

  if (problems.length === 0) {
    const parsed = conventionDocumentSchema.parse(doc);
    const json = `${JSON.stringify(parsed, null, 2)}\n`;
    const module = [
      "// Generated by scripts/build-data.ts from data/. Do not edit; edit data/ and rebuild.",
      'import type { ConventionDocument } from "../src/types.js";',
      "",
      `export const conventionData: ConventionDocument = ${JSON.stringify(parsed, null, 2)};`,
      "",
    ].join("\n");
    mkdirSync(outDir, { recursive: true });
    // Write then rename, so a concurrent typecheck never reads a half-written file.
    for (const [name, content] of [
      ["convention.json", json],
      ["convention-data.ts", module],
    ] as const) {
      const tmp = join(outDir, `.${name}.${process.pid}.tmp`);
      writeFileSync(tmp, content);
      renameSync(tmp, join(outDir, name));
    }
    if (!process.argv.includes("--quiet")) {
      console.log(`@lhc/convention: data valid; wrote generated/convention.json (${json.length} bytes)`);
      console.log(formatCoverage(coverageOf(parsed)));
    }
  }
}

if (problems.length > 0) {
  console.error(`@lhc/convention: ${problems.length} problem(s) in data/:`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
