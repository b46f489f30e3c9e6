/**
 * Validates the human-edited data in a data/ folder against the schema and the data lints, and
 * assembles the curated document. Every problem names the file, the field and the fix; all problems
 * are collected so that one run reports everything.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { z } from "zod";
import { CitationError, parseEId, romanToInt } from "../eid.js";
import { preambleSlots } from "../preamble.js";
import { walk } from "../query.js";
import {
  conventionDocumentSchema,
  conventionMetaSchema,
  provisionNodeSchema,
  sourceSchema,
} from "../schema.js";
import type { ConventionDocument, ProvisionNode, SourceRef } from "../types.js";

export interface DataCheck {
  problems: string[];
  /** The validated document, or `null` when there are problems. */
  document: ConventionDocument | null;
}

const CONTAINER_TYPES = ["part", "chapter", "section", "title", "subsection", "division"] as const;

/** The first language's text of a preamble paragraph, for {@link preambleSlots}. */
const paragraphText = (node: ProvisionNode): string => node.text?.en?.value ?? node.text?.nl?.value ?? "";

/** The number of the first article in a subtree (Arabic or Roman), or 0 when it holds none. */
function firstArticleNumber(node: ProvisionNode): number {
  if (node.type === "article") {
    const num = node.eId.slice("art_".length);
    const arabic = Number.parseInt(num, 10);
    return Number.isNaN(arabic) ? Number(romanToInt(num)) : arabic;
  }
  for (const child of node.children) {
    const found = firstArticleNumber(child);
    if (found > 0) return found;
  }
  return 0;
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

  // Every folder is optional: a treaty may have no parts, no articles outside parts, no annexes.
  function jsonFiles(dir: string): string[] {
    if (!existsSync(join(dataDir, dir))) return [];
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
    // A point is numbered by the letters and digits of its marker ("(a)", "a.", "ii)"), as the importer does.
    if (node.type === "point") return lower.replace(/[^0-9a-z]/g, "");
    return lower
      .replace(/^\(|[).]$/g, "")
      .replace(/\)$/, "")
      .replace(/[\s.:]/g, "");
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
    const num = eIdNum(node);
    // A published number that cannot be an eId number (a "-" marker, a paragraph "A") is numbered by
    // its position, as the importer does; that is not checked here.
    const numberable =
      node.type === "point"
        ? Boolean(num)
        : node.type === "paragraph"
          ? /^[1-9][0-9]*[a-z]*$/.test(num ?? "")
          : node.type === "article"
            ? /^(?:[1-9][0-9]*[a-z]*|[ivxlcdm]+)$/.test(num ?? "")
            : true;
    if (prefix && node.type !== "recital" && numberable) {
      const own = `${prefix}_${num}`;
      // Articles are numbered across the treaty (art_8 in whichever part), but within an annex or an
      // attachment they carry its scope (annex_a__art_1).
      const scope = parentEId?.match(/^(?:annex_[0-9a-z]+|att_[0-9]+)(?=__|$)/)?.[0];
      const parentPart = parentEId && node.type !== "article" ? `${parentEId}__` : scope ? `${scope}__` : "";
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
  const preamble = existsSync(preambleFile) ? loadNode(preambleFile) : null;
  if (preamble) {
    const closing = preamble.children.at(-1);
    const separateClosing =
      closing !== undefined &&
      closing.type === "formula" &&
      preamble.children.length > 1 &&
      closing.eId !== preambleSlots(preamble.children.map(paragraphText))[preamble.children.length - 1]?.eId;
    const paragraphs = separateClosing ? preamble.children.slice(0, -1) : preamble.children;
    const slots = preambleSlots(paragraphs.map(paragraphText), separateClosing);
    preamble.children.forEach((paragraph, k) => {
      const slot = slots[k];
      if (slot && (paragraph.eId !== slot.eId || paragraph.type !== slot.type)) {
        problems.push(
          `${rel(preambleFile)}: children.${k}: is ${paragraph.type} "${paragraph.eId}" but should be ${slot.type} "${slot.eId}" (the opening words naming the Parties are preamble__formula_1, recitals are numbered from 1 in order, and closing words ending with a colon are the next formula; see src/preamble.ts)`,
        );
      }
    });
  }

  const byFirstArticle = (a: ProvisionNode, b: ProvisionNode) =>
    firstArticleNumber(a) - firstArticleNumber(b) ||
    Number.parseInt(eIdNum(a) ?? "0", 10) - Number.parseInt(eIdNum(b) ?? "0", 10) ||
    (a.eId < b.eId ? -1 : a.eId > b.eId ? 1 : 0);
  const conclusionsFile = join(dataDir, "conclusions.json");
  const conclusions = existsSync(conclusionsFile) ? (loadNode(conclusionsFile) ?? null) : null;
  const attachments = jsonFiles("attachments")
    .map(loadNode)
    .filter((n): n is ProvisionNode => n !== undefined);
  const parts = jsonFiles("parts")
    .map(loadNode)
    .filter((n): n is ProvisionNode => n !== undefined);
  const articles = jsonFiles("provisions")
    .map(loadNode)
    .filter((n): n is ProvisionNode => n !== undefined);
  const annexes = jsonFiles("annexes")
    .map(loadNode)
    .filter((n): n is ProvisionNode => n !== undefined);
  for (const [list, types, folder] of [
    [parts, CONTAINER_TYPES, "parts"],
    [articles, ["article"], "provisions"],
    [annexes, ["annex"], "annexes"],
    [attachments, ["attachment"], "attachments"],
  ] as const) {
    for (const node of list) {
      if (!(types as readonly string[]).includes(node.type))
        problems.push(
          `${node.eId}: a file in the ${folder} folder must hold ${types.length > 1 ? `one of ${types.join(", ")}` : `an ${types[0]}`}, not a ${node.type}`,
        );
    }
  }
  if (conclusions && conclusions.type !== "conclusions")
    problems.push(`${rel(conclusionsFile)}: must hold the conclusions, not a ${conclusions.type}`);

  // Cross-file checks run even when a file has problems, so that one run reports everything.
  let assembled: ConventionDocument | null = null;
  if (meta && preamble !== undefined) {
    const doc: ConventionDocument = {
      schemaVersion: 1,
      kind: "curated",
      meta,
      sources,
      preamble,
      // Document order: each top-level part or article by the first article it holds. Curated parts whose
      // articles are not yet placed in them hold none and come first, as before.
      body: [...parts, ...articles].sort(byFirstArticle),
      conclusions,
      annexes: annexes.sort((a, b) => (a.eId < b.eId ? -1 : 1)),
      attachments: attachments.sort(
        (a, b) => Number(a.eId.slice("att_".length)) - Number(b.eId.slice("att_".length)),
      ),
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
