import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const tsx = join(packageDir, "node_modules", ".bin", "tsx");
const temporaryDirs: string[] = [];

function copyOfSources(): string {
  const root = mkdtempSync(join(tmpdir(), "lhc-parties-"));
  temporaryDirs.push(root);
  cpSync(join(packageDir, "data"), join(root, "data"), { recursive: true });
  return root;
}

const build = (root: string) =>
  spawnSync(tsx, [join(packageDir, "scripts", "build-data.ts"), "--root", root, "--out", join(root, "out")], {
    encoding: "utf8",
  });

afterEach(() => {
  for (const dir of temporaryDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("scripts/build-data.ts", () => {
  it("builds the same parties.json and parties.csv as the package build", () => {
    const root = copyOfSources();
    const run = build(root);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(
        `${readdirSync(join(packageDir, "data", "states")).length} States, asOf ${JSON.parse(readFileSync(join(packageDir, "data", "dataset.json"), "utf8")).asOf}`,
      ),
    );
    for (const name of ["parties.json", "parties.csv"]) {
      expect(readFileSync(join(root, "out", name), "utf8")).toBe(
        readFileSync(join(packageDir, "dist", name), "utf8"),
      );
    }
  });

  it("builds from the data directory LHC_PARTIES_DATA names, as the update's --data fills it", () => {
    const root = copyOfSources();
    const dataset = JSON.parse(readFileSync(join(root, "data", "dataset.json"), "utf8"));
    dataset.asOf = "2026-11-29";
    writeFileSync(join(root, "data", "dataset.json"), JSON.stringify(dataset));
    const out = join(root, "out");
    const run = spawnSync(tsx, [join(packageDir, "scripts", "build-data.ts"), "--out", out], {
      encoding: "utf8",
      env: { ...process.env, LHC_PARTIES_DATA: join(root, "data") },
    });
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(join(out, "parties.json"), "utf8")).asOf).toBe("2026-11-29");
  });

  it("refuses to write anything while a source file has a problem, and says which and how to fix it", () => {
    const root = copyOfSources();
    const path = join(root, "data", "states", "LV.json");
    const latvia = JSON.parse(readFileSync(path, "utf8"));
    latvia.entryIntoForce.sources = [];
    latvia.signature.date = "2025-02-30";
    writeFileSync(path, JSON.stringify(latvia));
    const run = build(root);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      "data/states/LV.json: signature.date: must be a real calendar date written YYYY-MM-DD",
    );
    expect(run.stderr).toContain(
      "data/states/LV.json: entryIntoForce.sources: a fact needs at least one source { url, title, publisher, kind, accessed }",
    );
    expect(run.stderr).toMatch(/2 problem\(s\) in the source files; nothing was written/);
    expect(existsSync(join(root, "out"))).toBe(false);
  });
});
