/**
 * The data directory as files: which file holds which part of the document, and an all-or-nothing
 * write (the directory is either replaced whole by a checked copy, or left byte-identical).
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import type { ConventionDocument, ProvisionNode } from "../types.js";
import { numberOrder } from "./check.js";

const CONTAINERS = new Set(["part", "chapter", "section", "title", "subsection", "division"]);
/** Folders of one-node-per-file JSON that the document owns; other files in the directory are left alone. */
const NODE_FOLDERS = ["parts", "provisions", "annexes", "attachments"] as const;
const TOP_FILES = [
  "meta.json",
  "sources.json",
  "preamble.json",
  "conclusions.json",
  "body.json",
  "annexes.json",
] as const;
/** Top-level nodes of the body that are not articles or containers: free text outside any article. */
const FREE_TEXT = new Set(["wrapUp", "crossHeading", "table", "point", "paragraph"]);

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The files (path relative to the data directory → content) that hold a document. */
export function documentFiles(doc: ConventionDocument): Map<string, string> {
  const files = new Map<string, string>();
  files.set("meta.json", json(doc.meta));
  files.set("sources.json", json(doc.sources));
  if (doc.preamble) files.set("preamble.json", json(doc.preamble));
  if (doc.conclusions) files.set("conclusions.json", json(doc.conclusions));
  const place = (folder: string, node: ProvisionNode) => files.set(`${folder}/${node.eId}.json`, json(node));
  for (const node of doc.body) {
    if (CONTAINERS.has(node.type)) place("parts", node);
    else if (node.type === "article" || FREE_TEXT.has(node.type)) place("provisions", node);
    else
      throw new Error(`${node.eId}: a top-level ${node.type} has no place in the body of a data directory`);
  }
  for (const node of doc.annexes) place("annexes", node);
  // Parts, articles and annexes are ordered by their numbers. Where numbers do not give the document's
  // order (free text between articles, annexes 1, 1A, 1, 2), body.json or annexes.json records it.
  const ordered = (nodes: ProvisionNode[], list: "body" | "annexes") =>
    numberOrder(nodes, list).every((node, k) => node === nodes[k]);
  if (doc.body.some((node) => FREE_TEXT.has(node.type)) || !ordered(doc.body, "body"))
    files.set("body.json", json(doc.body.map((n) => n.eId)));
  if (!ordered(doc.annexes, "annexes")) files.set("annexes.json", json(doc.annexes.map((n) => n.eId)));
  for (const node of doc.attachments) place("attachments", node);
  return files;
}

/** The document's files as they are in the directory now (missing files are absent). */
export function readDocumentFiles(dataDir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of TOP_FILES) {
    const path = join(dataDir, name);
    if (existsSync(path)) files.set(name, readFileSync(path, "utf8"));
  }
  for (const folder of NODE_FOLDERS) {
    const dir = join(dataDir, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
      files.set(`${folder}/${name}`, readFileSync(join(dir, name), "utf8"));
    }
  }
  return files;
}

export interface FilePlan {
  added: string[];
  changed: string[];
  removed: string[];
  /** New content of the added and changed files. */
  contents: Map<string, string>;
}

/**
 * What to write. A file whose JSON is unchanged is left as it is, so that an update never reformats
 * files it has nothing to say about.
 */
export function planFiles(before: Map<string, string>, after: Map<string, string>): FilePlan {
  const plan: FilePlan = { added: [], changed: [], removed: [], contents: new Map() };
  for (const [path, content] of after) {
    const old = before.get(path);
    if (old === undefined) plan.added.push(path);
    else if (!sameJson(old, content)) plan.changed.push(path);
    else continue;
    plan.contents.set(path, content);
  }
  for (const path of before.keys()) if (!after.has(path)) plan.removed.push(path);
  for (const list of [plan.added, plan.changed, plan.removed]) list.sort();
  return plan;
}

function sameJson(a: string, b: string): boolean {
  try {
    return JSON.stringify(JSON.parse(a)) === JSON.stringify(JSON.parse(b));
  } catch {
    return false;
  }
}

/**
 * Applies a plan to a copy of the directory, lets `check` validate the copy (it throws to refuse),
 * then swaps the copy in. On any error the directory is left exactly as it was.
 */
export function applyFiles(dataDir: string, plan: FilePlan, check: (dir: string) => void): void {
  const parent = dirname(dataDir);
  mkdirSync(parent, { recursive: true });
  const staging = mkdtempSync(join(parent, `.${basename(dataDir)}.update-`));
  const previous = `${staging}.previous`;
  try {
    if (existsSync(dataDir)) cpSync(dataDir, staging, { recursive: true, preserveTimestamps: true });
    for (const path of plan.removed) rmSync(join(staging, path));
    for (const [path, content] of plan.contents) {
      mkdirSync(dirname(join(staging, path)), { recursive: true });
      writeFileSync(join(staging, path), content);
    }
    check(staging);
    const hadDir = existsSync(dataDir);
    if (hadDir) renameSync(dataDir, previous);
    try {
      renameSync(staging, dataDir);
    } catch (error) {
      if (hadDir) renameSync(previous, dataDir);
      throw error;
    }
    rmSync(previous, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
