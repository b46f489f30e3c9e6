import { execFileSync, spawnSync } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import type { ConventionDocument, ProvisionNode } from "@lhc/convention";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliPath } from "./run-lhc.js";

// `lhc` answers from whatever data @lhc/convention was built from. This builds @lhc/convention from a data
// directory that `lhc convention update` filled with a complete real treaty (the ECHR, English and Dutch),
// the way a build with LHC_CONVENTION_DATA does (scripts/build-data.ts, then bundling src/index.ts), installs
// it beside a copy of the built CLI, and asks `lhc cite` for provisions of that treaty.
const require = createRequire(import.meta.url);
const cliDir = join(import.meta.dirname, "..");
const conventionDir = dirname(require.resolve("@lhc/convention/package.json"));
const echr = join(conventionDir, "test", "fixtures", "bwb", "BWBV0001000.xml");

let root: string;
let lhcBin: string;
let doc: ConventionDocument;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "lhc-alt-data-"));
  const data = join(root, "data");
  execFileSync(
    process.execPath,
    [cliPath, "convention", "update", "--file", echr, "--id", "BWBV0001000", "--data", data],
    { encoding: "utf8" },
  );
  const generated = join(root, "generated");
  execFileSync(
    process.execPath,
    ["--import", "tsx", join(conventionDir, "scripts", "build-data.ts"), "--quiet", "--out", generated],
    { cwd: conventionDir, env: { ...process.env, LHC_CONVENTION_DATA: data } },
  );
  doc = JSON.parse(readFileSync(join(generated, "convention.json"), "utf8"));

  const modules = join(root, "node_modules");
  const convention = join(modules, "@lhc", "convention");
  mkdirSync(join(convention, "dist"), { recursive: true });
  const { build } = await import("esbuild");
  await build({
    entryPoints: [join(conventionDir, "src", "index.ts")],
    bundle: true,
    format: "esm",
    platform: "node",
    outfile: join(convention, "dist", "index.js"),
    logLevel: "silent",
    plugins: [
      {
        name: "alternative-data",
        setup(b) {
          b.onResolve({ filter: /generated\/convention-data\.js$/ }, () => ({
            path: join(generated, "convention-data.ts"),
          }));
        },
      },
    ],
  });
  writeFileSync(
    join(convention, "package.json"),
    JSON.stringify({ name: "@lhc/convention", type: "module", exports: { ".": "./dist/index.js" } }),
  );
  const cli = join(modules, "@lhc", "cli");
  for (const part of ["package.json", "bin", "dist"])
    cpSync(join(cliDir, part), join(cli, part), { recursive: true });
  // The CLI's other dependencies are the installed ones.
  for (const name of ["@lhc/parties", "@lhc/requests", "commander", "csv-stringify"]) {
    const target = realpathSync(join(cliDir, "node_modules", name));
    mkdirSync(dirname(join(modules, name)), { recursive: true });
    symlinkSync(target, join(modules, name), "dir");
  }
  lhcBin = join(cli, relative(cliDir, cliPath));
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

const lhc = (args: string[]) => {
  const result = spawnSync(process.execPath, [lhcBin, ...args], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

function articles(): ProvisionNode[] {
  const found: ProvisionNode[] = [];
  const visit = (node: ProvisionNode) => {
    if (node.type === "article") found.push(node);
    else node.children.forEach(visit);
  };
  doc.body.forEach(visit);
  return found;
}

describe("lhc cite on @lhc/convention built from another data directory (the ECHR)", () => {
  it("prints the official text of paragraphs and points of the treaty", () => {
    const paragraph = articles()
      .flatMap((a) => a.children)
      .find((p) => p.eId === "art_8__para_2");
    expect(paragraph?.text?.en?.value).toBeTruthy();
    const result = lhc(["cite", "Art. 8(2)"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(paragraph?.text?.en?.value);
    expect(result.stdout).not.toContain("Text: not yet verified");

    const point = articles()
      .flatMap((a) => a.children.flatMap((p) => p.children))
      .find((n) => n.eId === "art_5__para_1__point_a");
    expect(point?.text?.en?.value).toBeTruthy();
    const cited = lhc(["cite", "Art. 5(1)(a)"]);
    expect(cited.code, cited.stderr).toBe(0);
    expect(cited.stdout).toContain(point?.text?.en?.value);
  });

  it("knows every article of the treaty, and none beyond it", () => {
    const all = articles();
    expect(all.length).toBeGreaterThan(50);
    const result = lhc(["cite", `Art. ${all.length}`, "--format", "json"]);
    expect(JSON.parse(result.stdout)).toMatchObject({ eId: `art_${all.length}`, inData: true });
    expect(lhc(["cite", `Art. ${all.length + 1}`]).code).toBe(1);
  });
});
