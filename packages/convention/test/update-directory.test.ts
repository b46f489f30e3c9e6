import { spawnSync } from "node:child_process";
import {
  chmodSync,
  chownSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkData } from "../src/data-dir/check.js";
import type { UpdateConventionOptions } from "../src/data-dir/index.js";
import { type UpdateOutcome, update } from "./run-update.js";

/**
 * What the update does to the data directory itself: its mode, a read-only directory, a symlinked
 * directory, what is left beside it, and a dry run's verdict. File permissions are not enforced for root
 * (CI containers often run as root), so the tests that need an ordinary user run the command as the user
 * `nobody` (uid 65534) when they run as root, and as themselves otherwise.
 */
const packageDir = join(import.meta.dirname, "..");
const fixtures = join(packageDir, "test", "fixtures", "bwb");
const UNESCO = join(fixtures, "BWBV0005577.xml");
const unesco = (dataDir: string, more: Partial<UpdateConventionOptions> = {}): UpdateConventionOptions => ({
  from: { file: UNESCO },
  id: "BWBV0005577",
  dataDir,
  ...more,
});
const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) {
    // A test may leave a folder read-only; make it removable again.
    spawnSync("chmod", ["-R", "u+rwx", dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});
/** A temporary directory; with `forUser`, owned by the user the unprivileged runs use. */
function tempDir(forUser = false): string {
  const dir = mkdtempSync(join(tmpdir(), "lhc-update-dir-"));
  temps.push(dir);
  chmodSync(dir, 0o755);
  if (forUser && isRoot) chownSync(dir, NOBODY, NOBODY);
  return dir;
}

/** Runs an update as an ordinary user: in this process, or as `nobody` in a child when this is root. */
async function runAsUser(options: UpdateConventionOptions): Promise<UpdateOutcome> {
  if (!isRoot) return update(options);
  const child = spawnSync(
    process.execPath,
    ["--import", "tsx", join(packageDir, "test", "run-update-child.ts"), JSON.stringify(options)],
    { cwd: packageDir, uid: NOBODY, gid: NOBODY, encoding: "utf8", env: { ...process.env, HOME: "/tmp" } },
  );
  expect(child.status, child.stderr).toBe(0);
  return JSON.parse(child.stdout);
}

function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const visit = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      const stat = lstatSync(path);
      const key = relative(dir, path);
      files[`${key} mode`] = (stat.mode & 0o7777).toString(8);
      if (stat.isDirectory()) visit(path);
      else files[key] = readFileSync(path, "base64");
    }
  };
  visit(dir);
  return files;
}

const mode = (path: string) => statSync(path).mode & 0o7777;
const leftovers = (dir: string) => readdirSync(dir).filter((name) => name.includes(".update-"));
const tmpLeftovers = () => readdirSync(tmpdir()).filter((name) => /^\.\w*\.update-/.test(name));

/** The UNESCO agreement into a new directory `data` under `parent`; returns its path. */
async function filled(parent: string, runner = update): Promise<string> {
  const data = join(parent, "data");
  const result = await runner(unesco(data));
  expect(result.ok, result.refusal).toBe(true);
  return data;
}

/** An update that has something to write: the data lacks one article the official file holds. */
function dropArticle(data: string): void {
  rmSync(join(data, "provisions", "art_ii.json"));
  expect(checkData(data).problems).toEqual([]);
}

describe("the data directory keeps its mode", () => {
  it("an existing directory keeps its own mode; a new one gets the mode the umask gives any new folder", async () => {
    const parent = tempDir();
    const data = await filled(parent);
    mkdirSync(join(parent, "probe"));
    expect(mode(data)).toBe(mode(join(parent, "probe")));

    chmodSync(data, 0o750);
    dropArticle(data);
    const result = await update(unesco(data));
    expect(result.ok, result.refusal).toBe(true);
    expect(result.summary).toContain("+ provisions/art_ii.json");
    expect(mode(data)).toBe(0o750);
    expect(leftovers(parent)).toEqual([]);
  });
});

describe("a read-only data directory is refused, for root too", () => {
  it("a directory, a folder or a file without its write bit; the dry run gives the same verdict", async () => {
    const parent = tempDir();
    const data = await filled(parent);
    dropArticle(data);
    for (const [path, bits] of [
      [data, 0o555],
      [join(data, "provisions"), 0o555],
      [join(data, "provisions", "art_i.json"), 0o444],
    ] as const) {
      const before = mode(path);
      chmodSync(path, bits);
      const frozen = snapshot(data);
      const real = await update(unesco(data));
      const dry = await update(unesco(data, { dryRun: true }));
      expect(real.ok).toBe(false);
      expect(real.refusal).toContain(`the data directory is read-only: ${path} has no write permission`);
      expect(real.refusal).toContain("chmod u+w");
      expect(dry).toEqual(real);
      expect(snapshot(data)).toEqual(frozen);
      expect(mode(path)).toBe(bits);
      expect(leftovers(parent)).toEqual([]);
      chmodSync(path, before);
    }
    // Nothing to write: a read-only directory that already holds the text is no reason to refuse.
    expect((await update(unesco(data))).ok).toBe(true);
    chmodSync(data, 0o555);
    const again = await update(unesco(data));
    expect(again.ok, again.refusal).toBe(true);
    expect(again.summary).toContain("Nothing to change");
  });
});

describe("as an ordinary user, nothing is left behind", () => {
  it("a folder of its own that is read-only is kept as it is, and the old copy is removed all the same", async () => {
    const parent = tempDir(true);
    const data = await filled(parent, runAsUser);
    const notes = join(data, "notes");
    mkdirSync(notes);
    writeFileSync(join(notes, "todo.txt"), "check Article II against the Tractatenblad\n");
    if (isRoot) {
      chownSync(notes, NOBODY, NOBODY);
      chownSync(join(notes, "todo.txt"), NOBODY, NOBODY);
    }
    chmodSync(notes, 0o555);
    dropArticle(data);
    const result = await runAsUser(unesco(data));
    expect(result.ok, result.refusal).toBe(true);
    expect(mode(notes)).toBe(0o555);
    expect(readFileSync(join(notes, "todo.txt"), "utf8")).toMatch(/^check Article II/);
    expect(readdirSync(parent)).toEqual(["data"]);
  });

  it("a refused update leaves nothing beside the directory nor in the temporary folder", async () => {
    const parent = tempDir(true);
    const data = await filled(parent, runAsUser);
    dropArticle(data);
    const before = tmpLeftovers();
    // The parent is not writable: the update could not be swapped in, so it is refused before staging.
    chmodSync(parent, 0o555);
    const frozen = snapshot(data);
    const refused = await runAsUser(unesco(data));
    expect(refused.ok).toBe(false);
    expect(refused.refusal).toContain(`the directory that holds it, ${parent}, is not writable`);
    expect(await runAsUser(unesco(data, { dryRun: true }))).toEqual(refused);
    expect(snapshot(data)).toEqual(frozen);
    chmodSync(parent, 0o755);
    expect(readdirSync(parent)).toEqual(["data"]);
    expect(tmpLeftovers()).toEqual(before);
  });
});

describe("a symlinked --data", () => {
  it("is followed: the link stays a link to the directory, which holds the update", async () => {
    const parent = tempDir();
    const real = join(parent, "real");
    mkdirSync(real);
    chmodSync(real, 0o700);
    const link = join(parent, "link");
    symlinkSync("real", link);
    const result = await update(unesco(link));
    expect(result.ok, result.refusal).toBe(true);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe("real");
    expect(mode(real)).toBe(0o700);
    expect(checkData(real).problems).toEqual([]);
    expect(readdirSync(join(real, "provisions"))).toContain("art_ii.json");

    dropArticle(real);
    const again = await update(unesco(link));
    expect(again.ok, again.refusal).toBe(true);
    expect(again.summary).toContain("+ provisions/art_ii.json");
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readdirSync(parent).sort()).toEqual(["link", "real"]);

    const dangling = join(parent, "dangling");
    symlinkSync("missing", dangling);
    const refused = await update(unesco(dangling));
    expect(refused.ok).toBe(false);
    expect(refused.refusal).toContain(`${dangling} is a symbolic link to missing, which does not exist`);
  });
});

describe("--id must name the treaty the data directory holds", () => {
  it("another treaty's file is not merged into it, and a directory with no BWB id is not guessed at", async () => {
    const parent = tempDir();
    const data = await filled(parent);
    const frozen = snapshot(data);
    const echr: UpdateConventionOptions = {
      from: { file: join(fixtures, "BWBV0001000.xml") },
      id: "BWBV0001000",
      dataDir: data,
    };
    const refused = await update(echr);
    expect(refused.ok).toBe(false);
    expect(refused.refusal).toContain(`the data directory ${data} holds BWBV0005577, not BWBV0001000`);
    expect(await update({ ...echr, dryRun: true })).toEqual(refused);
    expect(snapshot(data)).toEqual(frozen);

    const meta = JSON.parse(readFileSync(join(data, "meta.json"), "utf8"));
    meta.identifiers.bwbId = { value: null, status: "unknown", sources: [] };
    writeFileSync(join(data, "meta.json"), `${JSON.stringify(meta, null, 2)}\n`);
    expect(checkData(data).problems).toEqual([]);
    const unknown = await update(unesco(data));
    expect(unknown.ok).toBe(false);
    expect(unknown.refusal).toContain("records no BWB id (meta.json: identifiers.bwbId is unknown)");
  });
});

describe("--dry-run gives the same verdict as the real run", () => {
  it("including the data check of the updated directory, which the dry run makes on a copy", async () => {
    // The UNESCO file with its first annex unnumbered in both languages (the case of BWBV0001032).
    const xml = readFileSync(UNESCO, "utf8")
      .split("\n")
      .filter((line, k) => !((k === 77 || k === 186) && line.startsWith('<nr status="officieel">A</nr>')))
      .join("\n");
    const parent = tempDir();
    const file = join(parent, "unnumbered.xml");
    writeFileSync(file, xml);
    const args = (dataDir: string, more: Partial<UpdateConventionOptions> = {}): UpdateConventionOptions => ({
      from: { file },
      id: "BWBV0005577",
      dataDir,
      ...more,
    });
    for (const name of ["new", "empty"]) {
      const data = join(parent, name);
      if (name === "empty") mkdirSync(data);
      const before = tmpLeftovers();
      const dry = await update(args(data, { dryRun: true }));
      const real = await update(args(data));
      expect(dry.ok, dry.refusal).toBe(real.ok);
      expect(dry.refusal).toBe(real.refusal);
      expect(dry.summary.replace(" (dry run: nothing written)", "")).toBe(real.summary);
      if (!real.ok) {
        expect(real.refusal).toContain("would not pass the data checks");
        // The problems name the files as they are in the directory, never the staging copy.
        expect(real.refusal).toContain(`  ${name}/annexes/`);
        expect(real.refusal).not.toContain(".update-");
      }
      expect(tmpLeftovers()).toEqual(before);
    }
    expect(readdirSync(parent).filter((n) => n.includes(".update-"))).toEqual([]);
  });
});
