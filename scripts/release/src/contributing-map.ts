import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

// CONTRIBUTING.md is the map of the repository: where each kind of change goes. A map that names a
// file which has moved sends the next maintainer looking, so every path it names is checked here.

/** Endings that make a name without a "/" a file path (`turbo.json`), not a word or a command. */
const FILE_EXTENSIONS = /\.(?:json|jsonc|ts|tsx|mts|cts|js|mjs|cjs|md|mdx|yml|yaml|py|csv|toml|sh)$/u;

/**
 * Whether an inline code span names a path of the repository. Placeholders such as `<CODE>` stand for
 * any name and count as `*`. Commands (spaces), package names (`@lhc/…`), URLs and paths outside the
 * repository (`~/…`) are not repository paths.
 */
function asRepoPath(span: string): string | null {
  const path = span.trim().replace(/<[^<>]+>/gu, "*");
  if (/\s/u.test(path) || path === "") return null;
  if (/^(?:@|~|\$|\.\/|\.\.\/|[a-z][a-z0-9+.-]*:)/iu.test(path)) return null;
  if (!path.includes("/") && !FILE_EXTENSIONS.test(path)) return null;
  if (!/^[\w.*/-]+$/u.test(path)) return null;
  return path;
}

/** The section of the map under a `## heading`, up to the next `## ` heading. */
function section(markdown: string, heading: string): string {
  const start = markdown.search(new RegExp(`^## ${heading}\\s*$`, "mu"));
  if (start < 0) return "";
  const rest = markdown.slice(start + 3);
  const end = rest.search(/^## /mu);
  return end < 0 ? rest : rest.slice(0, end);
}

/**
 * The tree under "## Layout and flow": one entry a line, a folder at the margin, its own folders
 * indented by two spaces (`packages/` then `  letters/` is `packages/letters/`). Lines indented
 * further continue the description of the line above.
 */
function layoutPaths(markdown: string): string[] {
  const tree = /^```\s*$\n([\s\S]*?)^```\s*$/mu.exec(section(markdown, "Layout and flow"))?.[1] ?? "";
  const paths: string[] = [];
  let parent = "";
  for (const line of tree.split("\n")) {
    const top = /^(\S+)/u.exec(line)?.[1];
    const child = /^ {2}(\S+)/u.exec(line)?.[1];
    if (top !== undefined) {
      const path = asRepoPath(top);
      if (path === null) continue;
      paths.push(path);
      parent = path.endsWith("/") ? path : "";
    } else if (child !== undefined && parent !== "") {
      const path = asRepoPath(child);
      if (path !== null) paths.push(`${parent}${path}`);
    }
  }
  return paths;
}

/**
 * Every repository path the map names: inline code spans and relative link targets outside fenced
 * blocks, and the entries of the layout tree. Each path once, in the order it first appears.
 */
export function pathsNamed(markdown: string): string[] {
  const prose = markdown.replace(/^```[^\n]*\n[\s\S]*?^```\s*$/gmu, "");
  const spans = [...prose.matchAll(/`([^`]+)`/gu)].map((match) => match[1] ?? "");
  const links = [...prose.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/gu)].map((match) => match[1] ?? "");
  const paths = [...spans, ...links].map(asRepoPath).filter((path): path is string => path !== null);
  return [...new Set([...paths, ...layoutPaths(markdown)])];
}

/** Whether `root/path` exists; `*` matches within one name, `**` any depth, a final "/" a folder. */
function matches(root: string, path: string): boolean {
  const wantsFolder = path.endsWith("/");
  const walk = (dir: string, segments: string[]): boolean => {
    const [segment, ...rest] = segments;
    if (segment === undefined) return !wantsFolder || statSync(dir).isDirectory();
    if (segment === "**") {
      return walk(dir, rest) || subfolders(dir).some((name) => walk(join(dir, name), segments));
    }
    if (!segment.includes("*")) {
      const next = join(dir, segment);
      return existsSync(next) && walk(next, rest);
    }
    const pattern = new RegExp(
      `^${segment.replace(/[.+?^${}()|[\]\\]/gu, "\\$&").replace(/\*/gu, "[^/]*")}$`,
      "u",
    );
    return entries(dir).some((name) => pattern.test(name) && walk(join(dir, name), rest));
  };
  return walk(
    root,
    path.split("/").filter((segment) => segment !== ""),
  );
}

function entries(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir).filter((name) => name !== "node_modules");
}

function subfolders(dir: string): string[] {
  return entries(dir).filter((name) => statSync(join(dir, name)).isDirectory());
}

/**
 * Built output (`dist/`, `generated/`) is not in a fresh clone but is a path the map may name: a path
 * git ignores counts as existing.
 */
function ignoredByGit(root: string, path: string): boolean {
  try {
    execFileSync("git", ["check-ignore", "--quiet", "--no-index", path], { cwd: root, stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** The paths in `paths` that name nothing in `root`. */
export function missingPaths(root: string, paths: readonly string[]): string[] {
  return paths.filter((path) => !matches(root, path) && (path.includes("*") || !ignoredByGit(root, path)));
}
