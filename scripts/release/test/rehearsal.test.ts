import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import getChangesets from "@changesets/read";
import * as esbuild from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  checkSchemaChanges,
  registryFetch,
  shippedJsonSchemas,
  unpackPublished,
} from "../src/published-schemas.js";
import { type LocalRegistry, startRegistry, withoutNpmConfig } from "../src/registry.js";
import { copyRepository, readJson, releaseEnvironment, run } from "../src/rehearsal.js";
import { binNames, type PackageManifest, publishedPackages, repoRoot } from "../src/workspace.js";

const require = createRequire(import.meta.url);
const tsc = require.resolve("typescript/bin/tsc");
const work = mkdtempSync(join(tmpdir(), "lhc-rehearsal-"));
const copy = join(work, "repo");
let registry: LocalRegistry | undefined;
let env: NodeJS.ProcessEnv = process.env;
let pending: Awaited<ReturnType<typeof getChangesets>> = [];
/** The packages as the release left them in the copy: new versions, new changelogs. */
let released: { name: string; dir: string; manifest: PackageManifest; before: string }[] = [];

beforeAll(async () => {
  registry = await startRegistry(join(work, "registry"));
  copyRepository(copy);
  env = releaseEnvironment(copy, registry.url, registry.authKey, work);
  pending = await getChangesets(copy);
  const before = new Map(publishedPackages(copy).map((pkg) => [pkg.manifest.name, pkg.manifest.version]));
  run("pnpm", ["version-packages"], { cwd: copy, env });
  run("pnpm", ["release"], { cwd: copy, env });
  released = publishedPackages(copy).map((pkg) => ({
    name: pkg.manifest.name,
    dir: pkg.dir,
    manifest: pkg.manifest,
    before: before.get(pkg.manifest.name) ?? "",
  }));
});

afterAll(async () => {
  await registry?.stop();
  rmSync(work, { recursive: true, force: true });
});

function bump(version: string, type: string): string {
  const [major = 0, minor = 0, patch = 0] = version.split(".").map(Number);
  if (type === "major") return `${major + 1}.0.0`;
  if (type === "minor") return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

describe("pnpm version-packages", () => {
  it("turns every pending changeset into a version bump and a CHANGELOG entry", () => {
    expect(pending.length).toBeGreaterThan(0);
    const order = ["patch", "minor", "major"];
    const wanted = new Map<string, string>();
    for (const changeset of pending) {
      for (const { name, type } of changeset.releases) {
        const current = wanted.get(name);
        if (!current || order.indexOf(type) > order.indexOf(current)) wanted.set(name, type);
      }
    }
    for (const [name, type] of wanted) {
      const pkg = released.find((p) => p.name === name);
      expect(pkg, name).toBeDefined();
      if (!pkg) continue;
      expect(pkg.manifest.version, name).toBe(bump(pkg.before, type));
      const changelog = readFileSync(join(pkg.dir, "CHANGELOG.md"), "utf8");
      expect(changelog, name).toContain(`## ${pkg.manifest.version}`);
      for (const changeset of pending.filter((c) => c.releases.some((r) => r.name === name))) {
        const firstLine = changeset.summary.split("\n")[0] ?? "";
        expect(changelog, `${name}: ${firstLine}`).toContain(firstLine);
      }
    }
    // Consumed changesets are removed, so the next release does not repeat them.
    const left = readdirSync(join(copy, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md");
    expect(left).toEqual([]);
  });
});

describe("pnpm release", () => {
  it("publishes every non-private package of the workspace at its new version", async () => {
    expect(released.length).toBe(publishedPackages(repoRoot).length);
    for (const pkg of released) {
      const packument = (await (
        await registryFetch(new URL(pkg.name.replace("/", "%2f"), registry?.url))
      ).json()) as {
        "dist-tags": Record<string, string>;
      };
      expect(packument["dist-tags"].latest, pkg.name).toBe(pkg.manifest.version);
    }
  });

  describe.each(publishedPackages(repoRoot).map((pkg) => [pkg.manifest.name] as const))(
    "tarball of %s",
    (name) => {
      let unpacked = "";
      beforeAll(async () => {
        const pkg = released.find((p) => p.name === name);
        const version = pkg?.manifest.version ?? "";
        unpacked = await unpackPublished(name, version, join(work, "tarballs"), registry?.url ?? "");
      });

      const files = (dir: string): string[] =>
        readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
          entry.isDirectory() ? files(join(dir, entry.name)) : [relative(unpacked, join(dir, entry.name))],
        );

      it("holds no tests, fixtures or sources of tests", () => {
        const shipped = files(unpacked);
        expect(shipped.length).toBeGreaterThan(0);
        const offending = shipped.filter((file) =>
          /(^|\/)(test|tests|__tests__|fixtures?|__fixtures__|test-results|test-output)\/|\.(test|spec)\.[cm]?[jt]sx?$/u.test(
            file,
          ),
        );
        expect(offending).toEqual([]);
      });

      it("has source maps, if any, only for files inside the package", () => {
        for (const file of files(unpacked)) {
          const path = join(unpacked, file);
          if (file.endsWith(".map")) {
            const map = readJson<{ sourceRoot?: string; sources?: string[] }>(path);
            for (const source of map.sources ?? []) {
              const target = resolve(dirname(path), map.sourceRoot ?? "", source);
              expect(target.startsWith(unpacked + sep), `${file} → ${source}`).toBe(true);
              expect(existsSync(target), `${file} → ${source}`).toBe(true);
            }
          }
          if (/\.[cm]?js$/u.test(file)) {
            const mapped = /\/\/# sourceMappingURL=(\S+)\s*$/u.exec(readFileSync(path, "utf8"))?.[1];
            if (mapped && !mapped.startsWith("data:")) {
              expect(existsSync(resolve(dirname(path), mapped)), `${file} → ${mapped}`).toBe(true);
            }
          }
        }
      });

      it("depends on published versions, never on workspace: ranges", () => {
        const manifest = readJson<Record<string, Record<string, string> | undefined>>(
          join(unpacked, "package.json"),
        );
        for (const field of ["dependencies", "peerDependencies", "optionalDependencies"]) {
          for (const [dependency, range] of Object.entries(manifest[field] ?? {})) {
            expect(range, `${field}.${dependency}`).not.toMatch(/^workspace:/u);
          }
        }
      });
    },
  );
});

/** What a user's project gets after installing every published package from the registry. */
describe.each(["npm", "pnpm"] as const)("a new project installs the packages with %s", (client) => {
  const project = join(work, `consumer-${client}`);
  const env = () => ({ ...withoutNpmConfig(process.env), CI: "true" });
  const node = (file: string) =>
    JSON.parse(run(process.execPath, [file], { cwd: project, env: env() }).stdout);

  beforeAll(() => {
    mkdirSync(project, { recursive: true });
    writeFileSync(
      join(project, "package.json"),
      `${JSON.stringify({ name: `consumer-${client}`, version: "1.0.0", private: true, type: "module" }, null, 2)}\n`,
    );
    // Only the @lhc scope comes from the rehearsal registry; everything else from the usual registry.
    writeFileSync(join(project, ".npmrc"), `@lhc:registry=${registry?.url}\n`);
    const specs = released.map((pkg) => `${pkg.name}@${pkg.manifest.version}`);
    // @types/node: a TypeScript project on Node has it, and the packages' types may refer to Node's.
    if (client === "npm") {
      run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...specs, "@types/node@20"], {
        cwd: project,
        env: env(),
      });
    } else {
      const pnpm = join(repoRoot, "node_modules", ".bin", "pnpm");
      run(pnpm, ["add", "--reporter=silent", ...specs, "@types/node@20"], { cwd: project, env: env() });
    }
  });

  /** Every exports-map entry of every published package, with the conditions it offers. */
  const entries = () =>
    released.flatMap((pkg) =>
      Object.entries(pkg.manifest.exports ?? {})
        .filter(
          ([subpath, target]) => !subpath.includes("*") && typeof target === "object" && target !== null,
        )
        .map(([subpath, target]) => ({
          specifier: subpath === "." ? pkg.name : `${pkg.name}/${subpath.slice(2)}`,
          conditions: Object.keys(target as object),
        })),
    );

  it("imports every ESM entry, and the library works", () => {
    const specifiers = entries()
      .filter((e) => e.conditions.includes("import"))
      .map((e) => e.specifier);
    writeFileSync(
      join(project, "esm.mjs"),
      `import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { validateRequest } from "@lhc/requests";
import { parties } from "@lhc/parties";
import { cite } from "@lhc/convention";
const require = createRequire(import.meta.url);
const entries = {};
for (const specifier of ${JSON.stringify(specifiers)}) entries[specifier] = Object.keys(await import(specifier)).length;
const manifest = JSON.parse(readFileSync(require.resolve("@lhc/requests/examples/index.json"), "utf8"));
const verdicts = manifest.examples.map((e) => [e.file, e.valid, validateRequest(JSON.parse(readFileSync(require.resolve("@lhc/requests/examples/" + e.file), "utf8"))).success]);
console.log(JSON.stringify({ entries, verdicts, parties: parties.length, citation: cite("art_8__para_3") }));
`,
    );
    const result = node(join(project, "esm.mjs"));
    expect(Object.keys(result.entries).sort()).toEqual([...specifiers].sort());
    for (const [specifier, exported] of Object.entries(result.entries))
      expect(exported, specifier).toBeGreaterThan(0);
    expect(result.verdicts.length).toBeGreaterThan(0);
    for (const [file, valid, verdict] of result.verdicts) expect(verdict, file).toBe(valid);
    expect(result.parties).toBeGreaterThan(0);
    expect(result.citation).toBe("Art. 8(3)");
  });

  it("requires every CommonJS entry, and the library works", () => {
    const specifiers = entries()
      .filter((e) => e.conditions.includes("require"))
      .map((e) => e.specifier);
    writeFileSync(
      join(project, "cjs.cjs"),
      `const { validateRequest, requestTypes } = require("@lhc/requests");
const { parties } = require("@lhc/parties");
const entries = {};
for (const specifier of ${JSON.stringify(specifiers)}) entries[specifier] = Object.keys(require(specifier)).length;
const example = require("@lhc/requests/examples/valid/mla-service-of-documents-only.json");
console.log(JSON.stringify({ entries, valid: validateRequest(example).success, invalid: validateRequest({}).success, requestTypes, parties: parties.length }));
`,
    );
    const result = node(join(project, "cjs.cjs"));
    expect(Object.keys(result.entries).sort()).toEqual([...specifiers].sort());
    for (const [specifier, exported] of Object.entries(result.entries))
      expect(exported, specifier).toBeGreaterThan(0);
    expect(result.valid).toBe(true);
    expect(result.invalid).toBe(false);
    expect(result.requestTypes.length).toBeGreaterThan(0);
    expect(result.parties).toBeGreaterThan(0);
  });

  it.each([
    ["node16", { module: "node16", moduleResolution: "node16" }],
    ["bundler", { module: "esnext", moduleResolution: "bundler" }],
  ] as const)("type-checks under moduleResolution %s", (name, options) => {
    const dir = join(project, `ts-${name}`);
    mkdirSync(dir, { recursive: true });
    const typed = entries().filter((e) => e.conditions.includes("import") || e.conditions.includes("types"));
    writeFileSync(
      join(dir, "entries.ts"),
      `${typed.map((e, i) => `import * as entry${i} from "${e.specifier}";`).join("\n")}\nexport const all = [${typed.map((_, i) => `entry${i}`).join(", ")}];\n`,
    );
    writeFileSync(
      join(dir, "use.ts"),
      `import { type RequestType, requestTypes, validateRequest } from "@lhc/requests";
import { parties, statusOn } from "@lhc/parties";
import { cite } from "@lhc/convention";
const type: RequestType = requestTypes[0] ?? "mla";
const result = validateRequest({}, type);
export const messages: string[] = result.success ? [] : result.issues.map((issue) => issue.message);
export const citation: string = cite("art_8__para_3");
export const first = parties[0] ? statusOn(parties[0].code, "2026-01-01") : undefined;
// @ts-expect-error: not a request type; the types must say so.
validateRequest({}, "not-a-request-type");
`,
    );
    const files = ["entries.ts", "use.ts"];
    if (name === "node16") {
      // Under node16 a .cts file is CommonJS: this checks the types of the "require" conditions.
      writeFileSync(
        join(dir, "use.cts"),
        `import requests = require("@lhc/requests");\nexport const ok: boolean = requests.validateRequest({}).success;\n`,
      );
      files.push("use.cts");
    }
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          ...options,
          target: "es2022",
          strict: true,
          noEmit: true,
          // The packages' own declaration files are checked once, under node16; zod's are large.
          skipLibCheck: name !== "node16",
          types: ["node"],
          typeRoots: [join(project, "node_modules", "@types")],
        },
        files,
      }),
    );
    const result = run(process.execPath, [tsc, "-p", join(dir, "tsconfig.json")], {
      cwd: dir,
      env: env(),
      allowFailure: true,
    });
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("bundles validateRequest for the browser with esbuild", async () => {
    writeFileSync(
      join(project, "browser-entry.mjs"),
      `import { validateRequest } from "@lhc/requests";
import example from "@lhc/requests/examples/valid/mla-service-of-documents-only.json";
console.log(JSON.stringify({ valid: validateRequest(example).success, invalid: validateRequest({}).success }));
`,
    );
    const outfile = join(project, "browser-bundle.mjs");
    const built = await esbuild.build({
      absWorkingDir: project,
      entryPoints: ["browser-entry.mjs"],
      bundle: true,
      platform: "browser",
      format: "esm",
      minify: true,
      outfile,
      metafile: true,
      logLevel: "silent",
    });
    expect(built.errors).toEqual([]);
    const inputs = Object.keys(built.metafile.inputs);
    expect(inputs.some((input) => input.includes("@lhc/requests"))).toBe(true);
    expect(inputs.filter((input) => input.startsWith("node:"))).toEqual([]);
    // The bundle uses nothing of Node's, so it runs unchanged in Node too: a quick proof that it works.
    expect(node(outfile)).toEqual({ valid: true, invalid: false });
  });

  it("resolves the JSON Schemas and data files by package path", () => {
    writeFileSync(
      join(project, "files.cjs"),
      `const { readFileSync } = require("node:fs");
const { requestTypes, jsonSchemaId } = require("@lhc/requests");
const schemas = requestTypes.map((type) => [type, require("@lhc/requests/schemas/" + type + ".json").$id, jsonSchemaId(type)]);
const csv = readFileSync(require.resolve("@lhc/parties/parties.csv"), "utf8").trim().split("\\n");
const { parties } = require("@lhc/parties");
console.log(JSON.stringify({ schemas, csvRows: csv.length - 1, csvHeader: csv[0], parties: parties.length, partiesJson: require("@lhc/parties/parties.json").parties.length }));
`,
    );
    const result = node(join(project, "files.cjs"));
    expect(result.schemas.length).toBeGreaterThan(0);
    for (const [type, id, expected] of result.schemas) expect(id, type).toBe(expected);
    expect(
      readJson<{ $id: string }>(require.resolve("@lhc/requests/schemas/mla.json", { paths: [project] })).$id,
    ).toMatch(/\/mla\.json$/u);
    expect(result.csvHeader).toMatch(/code/u);
    expect(result.csvRows).toBe(result.parties);
    expect(result.partiesJson).toBe(result.parties);
  });

  it("links every bin; `npx lhc --version` and `lhc validate` work", () => {
    for (const pkg of released) {
      for (const bin of binNames(pkg.manifest)) {
        expect(existsSync(join(project, "node_modules", ".bin", bin)), bin).toBe(true);
      }
    }
    const cli = released.find((pkg) => binNames(pkg.manifest).includes("lhc"));
    const version = run("npx", ["--no-install", "lhc", "--version"], { cwd: project, env: env() });
    expect(version.stdout.trim()).toBe(cli?.manifest.version);
    const lhc = (...args: string[]) =>
      run(join(project, "node_modules", ".bin", "lhc"), args, {
        cwd: project,
        env: env(),
        allowFailure: true,
      });
    const examples = join(project, "node_modules", "@lhc", "requests", "examples");
    const valid = lhc("validate", join(examples, "valid", "mla-service-of-documents-only.json"));
    expect(valid.status, valid.stderr).toBe(0);
    expect(valid.stdout).toMatch(/valid mla request/u);
    const invalid = lhc("validate", join(examples, "invalid", "mla-no-measures.json"));
    expect(invalid.status).toBe(1);
    expect(invalid.stdout + invalid.stderr).toMatch(/\$\.measures/u);
  });
});

describe("schemas against the last published version (the rehearsal registry)", () => {
  it("version-packages archived every released schema at the path of its $id", () => {
    const requests = released.find((pkg) => existsSync(join(pkg.dir, "dist", "schemas")));
    expect(requests).toBeDefined();
    // Every version's schemas (dist/schemas/*.json and dist/schemas/1.0/*.json).
    const shipped = [...shippedJsonSchemas(requests?.dir ?? "")].filter(
      ([, schema]) => typeof schema.$id === "string",
    );
    expect(shipped.length).toBeGreaterThan(0);
    for (const [name, schema] of shipped) {
      const archived = join(
        copy,
        "apps",
        "site",
        "published-schemas",
        new URL(schema.$id as string).pathname,
      );
      expect(readJson(archived), name).toEqual(schema);
    }
  });

  it("finds nothing to report right after the release", async () => {
    const reports = await checkSchemaChanges({ root: copy, registry: registry?.url });
    expect(reports.map((r) => r.name)).toEqual(released.map((p) => p.name));
    for (const report of reports) {
      expect(report.publishedVersion, report.name).toBe(
        released.find((p) => p.name === report.name)?.manifest.version,
      );
      expect(report.files, report.name).toEqual([]);
      expect(report.failures, report.name).toEqual([]);
    }
  });

  it("fails a breaking schema change without a major changeset, and says what to do", async () => {
    const requests = released.find((pkg) => existsSync(join(pkg.dir, "dist", "schemas", "mla.json")));
    if (!requests) throw new Error("no package ships dist/schemas/mla.json");
    const file = join(requests.dir, "dist", "schemas", "mla.json");
    const original = readFileSync(file, "utf8");
    const changeset = join(copy, ".changeset", "rehearsal-schema-change.md");
    const schema = JSON.parse(original);
    const removed = Object.keys(schema.properties).find((name: string) => !schema.required.includes(name));
    delete schema.properties[removed ?? ""];
    schema.properties.caseReference = { type: "string", maxLength: 100 };
    schema.required.push("caseReference");
    try {
      writeFileSync(file, JSON.stringify(schema));
      writeFileSync(changeset, `---\n"${requests.name}": minor\n---\n\nRehearsal: a schema change.\n`);
      let [report] = (await checkSchemaChanges({ root: copy, registry: registry?.url })).filter(
        (r) => r.name === requests.name,
      );
      const messages = report?.files.flatMap((f) => f.changes.map((c) => `${f.file} ${c.message}`)) ?? [];
      expect(messages).toEqual(
        expect.arrayContaining([
          `dist/schemas/mla.json $.${removed} was removed or renamed`,
          "dist/schemas/mla.json $.caseReference is now required",
        ]),
      );
      expect(report?.failures.join("\n")).toMatch(/need a major changeset \(pending: minor\)/u);

      // A major changeset is not enough while the schema keeps the published $id.
      writeFileSync(changeset, `---\n"${requests.name}": major\n---\n\nRehearsal: a schema change.\n`);
      [report] = (await checkSchemaChanges({ root: copy, registry: registry?.url })).filter(
        (r) => r.name === requests.name,
      );
      expect(report?.failures.join("\n")).not.toMatch(/need a major changeset/u);
      expect(report?.failures.join("\n")).toMatch(/must ship under a new \$id/u);

      schema.$id = schema.$id.replace(/\/[^/]+\/mla\.json$/u, "/99.0/mla.json");
      writeFileSync(file, JSON.stringify(schema));
      [report] = (await checkSchemaChanges({ root: copy, registry: registry?.url })).filter(
        (r) => r.name === requests.name,
      );
      expect(report?.failures).toEqual([]);

      // The merged version pull request: no changeset left, the version already raised to the next major.
      rmSync(changeset);
      const manifestFile = join(requests.dir, "package.json");
      const manifest = readJson<PackageManifest>(manifestFile);
      writeFileSync(manifestFile, JSON.stringify({ ...manifest, version: bump(manifest.version, "major") }));
      try {
        [report] = (await checkSchemaChanges({ root: copy, registry: registry?.url })).filter(
          (r) => r.name === requests.name,
        );
        expect(report?.bump).toBe("major");
        expect(report?.failures).toEqual([]);
      } finally {
        writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
      }
    } finally {
      writeFileSync(file, original);
      rmSync(changeset, { force: true });
    }
  });
});
