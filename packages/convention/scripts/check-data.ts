/**
 * Validates the human-edited data in a data/ folder against the schema and the data lints, and
 * assembles the curated document. Every problem names the file, the field and the fix; all problems
 * are collected so that one run reports everything.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { z } from "zod";
import { CitationError, parseEId, romanToInt } from "../src/eid.js";
import { walk } from "../src/query.js";
import {
  conventionDocumentSchema,
  conventionMetaSchema,
  provisionNodeSchema,
  sourceSchema,
} from "../src/schema.js";
import type { ConventionDocument, ProvisionNode, SourceRef } from "../src/types.js";

export interface DataCheck {
  problems: string[];
  /** The validated document, or `null` when there are problems. */
  document: ConventionDocument | null;
}

export function checkData(dataDir: string): DataCheck {
  const problems: string[] = [];
  const rel = (file: string) => relative(join(dataDir, ".."), file);

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

  // Cross-file checks run even when a file has problems, so that one run reports everything.
  let assembled: ConventionDocument | null = null;
  if (meta && preamble) {
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
          problems.push(
            `${where}: cites source "${ref.id}", which is not in data/sources.json; add it there`,
          );
      }
    };
    const officialIds = new Set(sources.filter((s) => s.kind === "official").map((s) => s.id));
    // "official" must rest on at least one official source, so that a status never claims more than its sources.
    const checkOfficial = (status: string, refs: SourceRef[], where: string) => {
      if (status === "official" && !refs.some((ref) => officialIds.has(ref.id))) {
        problems.push(
          `${where}: status is "official" but none of its sources (${refs.map((r) => r.id).join(", ")}) is of kind "official"; cite an official source or lower the status`,
        );
      }
    };
    for (const node of walk(doc)) {
      checkRefs(node.provenance.sources, node.eId);
      checkOfficial(node.provenance.status, node.provenance.sources, node.eId);
      if (node.subject) {
        checkRefs(node.subject.sources, `${node.eId}.subject`);
        checkOfficial(node.subject.status, node.subject.sources, `${node.eId}.subject`);
      }
    }
    const visitFacts = (value: unknown, path: string): void => {
      if (Array.isArray(value)) {
        value.forEach((v, k) => {
          visitFacts(v, `${path}.${k}`);
        });
      } else if (value && typeof value === "object") {
        const fact = value as { status?: unknown; sources?: unknown };
        if (typeof fact.status === "string" && Array.isArray(fact.sources)) {
          checkOfficial(fact.status, fact.sources as SourceRef[], `data/meta.json: ${path}`);
        }
        for (const [key, v] of Object.entries(value)) {
          if (key === "sources" && Array.isArray(v)) checkRefs(v as SourceRef[], `data/meta.json: ${path}`);
          else visitFacts(v, `${path}.${key}`);
        }
      }
    };
    visitFacts(meta, "meta");
    assembled = doc;
  }

  if (problems.length > 0 || !assembled) return { problems, document: null };
  return { problems, document: conventionDocumentSchema.parse(assembled) };
}
