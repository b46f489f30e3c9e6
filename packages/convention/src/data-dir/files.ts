/**
 * The data directory as files: which file holds which part of the document, and an all-or-nothing
 * write (the directory is either replaced whole by a checked copy, or left byte-identical).
 */
import {
  accessSync,
  chmodSync,
  constants,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { isContainerType, typesInFolder } from "../kinds.js";
import type { ConventionDocument, ProvisionNode } from "../types.js";
import { numberOrder } from "./check.js";

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
const FREE_TEXT = new Set<string>(typesInFolder("provisions").filter((type) => type !== "article"));

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
    if (isContainerType(node.type)) place("parts", node);
    else if (node.type === "article" || FREE_TEXT.has(node.type)) place("provisions", node);
    else
      throw new DataDirRefused(
        `${node.eId}: the data directory has no place for a top-level ${node.type} outside any article or part`,
      );
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

/** The data directory cannot be written as it is (read-only, not a directory, a dangling link). */
export class DataDirRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DataDirRefused";
  }
}

export interface WriteTarget {
  /** The real directory (a symlinked data directory is followed, so the link keeps pointing at it). */
  dir: string;
  /** Its permission bits, kept by the update; `null` when the directory does not exist yet. */
  mode: number | null;
}

const writable = (path: string) => {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * Checks before anything is staged that the update could be swapped in, so that a dry run gives the
 * same verdict as the real run. A directory, folder or file without its owner's write bit is refused as
 * read-only even for root (who could write it), because that bit says someone meant it to stay as it is.
 */
export function writeTarget(dataDir: string): WriteTarget {
  let link: ReturnType<typeof lstatSync> | undefined;
  try {
    link = lstatSync(dataDir);
  } catch {
    link = undefined;
  }
  if (link && !existsSync(dataDir)) {
    throw new DataDirRefused(
      `${dataDir} is a symbolic link to ${readlinkSync(dataDir)}, which does not exist`,
    );
  }
  if (!link) {
    let parent = dirname(resolve(dataDir));
    while (!existsSync(parent)) parent = dirname(parent);
    if (!writable(parent)) {
      throw new DataDirRefused(`cannot create ${dataDir}: ${parent} is not writable for this user`);
    }
    return { dir: resolve(dataDir), mode: null };
  }
  const dir = realpathSync(dataDir);
  const stat = statSync(dir);
  if (!stat.isDirectory()) throw new DataDirRefused(`${dataDir} is not a directory`);
  const readOnly = [dir, ...NODE_FOLDERS.map((f) => join(dir, f)), ...TOP_FILES.map((f) => join(dir, f))]
    .filter((path) => existsSync(path))
    .concat(
      NODE_FOLDERS.flatMap((folder) =>
        existsSync(join(dir, folder))
          ? readdirSync(join(dir, folder))
              .filter((f) => f.endsWith(".json"))
              .map((f) => join(dir, folder, f))
          : [],
      ),
    )
    .filter((path) => (statSync(path).mode & 0o200) === 0 || !writable(path));
  if (readOnly.length > 0) {
    throw new DataDirRefused(
      `the data directory is read-only: ${readOnly.slice(0, 5).join(", ")}${readOnly.length > 5 ? ` and ${readOnly.length - 5} more` : ""} ${readOnly.length === 1 ? "has" : "have"} no write permission; make ${readOnly.length === 1 ? "it" : "them"} writable (chmod u+w) to update, or name another directory with --data`,
    );
  }
  // The update is swapped in by renaming, which writes to the directory that holds the data directory.
  if (!writable(dirname(dir))) {
    throw new DataDirRefused(
      `cannot replace ${dir}: the directory that holds it, ${dirname(dir)}, is not writable for this user`,
    );
  }
  return { dir, mode: stat.mode & 0o7777 };
}

/** Removes a tree, first making its folders writable where a copied read-only folder would stop rm. */
function removeTree(path: string): void {
  if (!existsSync(path)) return;
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    const unlock = (at: string) => {
      const stat = lstatSync(at);
      if (!stat.isDirectory()) return;
      chmodSync(at, stat.mode | 0o700);
      for (const name of readdirSync(at)) unlock(join(at, name));
    };
    unlock(path);
    rmSync(path, { recursive: true, force: true });
  }
}

/**
 * Applies a plan to a copy of the directory, lets `check` validate the copy (it throws to refuse), then
 * swaps the copy in, with the directory's own mode. On any error the directory is left exactly as it
 * was and nothing is left beside it. With `dryRun` the copy is made in the system's temporary directory
 * and checked, never swapped in. `check` is given the copy's path and the directory it stands for.
 */
export function applyFiles(
  dataDir: string,
  plan: FilePlan,
  check: (dir: string) => void,
  options: { dryRun?: boolean } = {},
): void {
  const target = writeTarget(dataDir);
  const parent = options.dryRun ? tmpdir() : dirname(target.dir);
  mkdirSync(parent, { recursive: true });
  // One holder for the new copy and, during the swap, the old directory: one thing to remove.
  const holder = mkdtempSync(join(parent, `.${basename(target.dir)}.update-`));
  // The copy has the directory's own name, so that the checks name files as they are in the directory.
  const next = join(holder, basename(target.dir));
  const previous = join(holder, "previous", basename(target.dir));
  try {
    mkdirSync(dirname(previous));
    // A new folder gets the mode the user's umask gives; an existing one keeps its own.
    mkdirSync(next);
    if (target.mode !== null) {
      cpSync(target.dir, next, { recursive: true, preserveTimestamps: true });
      chmodSync(next, target.mode);
    }
    for (const path of plan.removed) rmSync(join(next, path));
    for (const [path, content] of plan.contents) {
      mkdirSync(dirname(join(next, path)), { recursive: true });
      writeFileSync(join(next, path), content);
    }
    check(next);
    if (options.dryRun) return;
    if (target.mode !== null) renameSync(target.dir, previous);
    try {
      renameSync(next, target.dir);
    } catch (error) {
      if (target.mode !== null) renameSync(previous, target.dir);
      throw error;
    }
  } finally {
    removeTree(holder);
  }
}
