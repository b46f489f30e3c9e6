import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { missingPaths, pathsNamed } from "../src/contributing-map.js";
import { repoRoot } from "../src/workspace.js";

const map = readFileSync(join(repoRoot, "CONTRIBUTING.md"), "utf8");
const named = pathsNamed(map);

describe("CONTRIBUTING.md", () => {
  it("names only paths that exist", () => {
    expect(missingPaths(repoRoot, named)).toEqual([]);
  });

  it("shows every workspace package and app in its layout", () => {
    const workspaces = ["packages", "apps"].flatMap((group) =>
      readdirSync(join(repoRoot, group), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `${group}/${entry.name}/`),
    );
    expect(workspaces.filter((dir) => !named.includes(dir))).toEqual([]);
  });

  it("has each heading once", () => {
    const prose = map.replace(/^```[^\n]*\n[\s\S]*?^```\s*$/gmu, "");
    const headings = [...prose.matchAll(/^#+ .*$/gmu)].map((match) => match[0]);
    expect(headings.filter((heading, index) => headings.indexOf(heading) !== index)).toEqual([]);
  });
});

describe("the path check", () => {
  const root = mkdtempSync(join(tmpdir(), "lhc-map-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, "packages", "parties", "data", "states"), { recursive: true });
  writeFileSync(join(root, "packages", "parties", "data", "states", "SI.json"), "{}");
  writeFileSync(join(root, "turbo.json"), "{}");

  const sample = [
    "| a State | `packages/parties/data/states/<CODE>.json` | `packages/parties/scripts/lint/` |",
    "Run `pnpm --filter @lhc/parties test` and read [the guide](docs/guide.md); keep `turbo.json`,",
    "`packages/*/data/states/*.json`, `@lhc/parties`, `~/.cache/x`, `isIsoDate` and `http://127.0.0.1/`.",
    "",
    "## Layout and flow",
    "",
    "```",
    "packages/",
    "  parties/    one file per State",
    "  letters/    letters",
    "              continued description",
    "turbo.json    task graph",
    "```",
    "",
    "```sh",
    "cat packages/in/a/code/block.ts",
    "```",
  ].join("\n");

  it("finds paths in code spans, links and the layout, and skips commands, packages and URLs", () => {
    expect(pathsNamed(sample)).toEqual([
      "packages/parties/data/states/*.json",
      "packages/parties/scripts/lint/",
      "turbo.json",
      "packages/*/data/states/*.json",
      "docs/guide.md",
      "packages/",
      "packages/parties/",
      "packages/letters/",
    ]);
  });

  it("names each path that is missing, and accepts placeholders and globs that match", () => {
    expect(missingPaths(root, pathsNamed(sample))).toEqual([
      "packages/parties/scripts/lint/",
      "docs/guide.md",
      "packages/letters/",
    ]);
  });

  it("takes a file for a folder only when the path says so", () => {
    expect(
      missingPaths(root, ["turbo.json", "turbo.json/", "packages/parties/data/states/SI.json/"]),
    ).toEqual(["turbo.json/", "packages/parties/data/states/SI.json/"]);
  });
});
