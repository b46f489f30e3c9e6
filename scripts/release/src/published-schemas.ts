import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import getChangesets from "@changesets/read";
import { run } from "./rehearsal.js";
import { classifySchemaChange, type JsonSchema, type SchemaChange } from "./schema-changes.js";
import { publishedPackages, repoRoot } from "./workspace.js";

/** The JSON Schema files a package ships: every JSON file under dist/ that declares a `$schema` dialect. */
export function shippedJsonSchemas(packageDir: string): Map<string, JsonSchema> {
  const found = new Map<string, JsonSchema>();
  const visit = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith(".json")) {
        const value = JSON.parse(readFileSync(path, "utf8")) as unknown;
        if (
          value !== null &&
          typeof value === "object" &&
          typeof (value as JsonSchema).$schema === "string" &&
          String((value as JsonSchema).$schema).includes("json-schema.org")
        ) {
          found.set(relative(packageDir, path), value as JsonSchema);
        }
      }
    }
  };
  visit(join(packageDir, "dist"));
  return found;
}

function npmEnv(registry: string | undefined): NodeJS.ProcessEnv {
  return registry ? { ...process.env, npm_config_registry: registry } : process.env;
}

/** The last published version of a package (its `latest` tag), or null when it was never published. */
export function latestPublishedVersion(name: string, registry?: string): string | null {
  const result = run("npm", ["view", name, "dist-tags.latest", "--json"], {
    cwd: tmpdir(),
    env: npmEnv(registry),
    allowFailure: true,
  });
  if (result.status !== 0) {
    if (/E404|404 Not Found|is not in this registry/u.test(result.stderr)) return null;
    throw new Error(`npm view ${name} failed:\n${result.stderr}`);
  }
  const version = result.stdout.trim() ? (JSON.parse(result.stdout) as unknown) : null;
  return typeof version === "string" ? version : null;
}

/** Downloads and unpacks a published version; returns the unpacked package directory. */
export function unpackPublished(name: string, version: string, into: string, registry?: string): string {
  mkdirSync(into, { recursive: true });
  const packed = run("npm", ["pack", `${name}@${version}`, "--json", "--pack-destination", into], {
    cwd: into,
    env: npmEnv(registry),
  });
  const [{ filename }] = JSON.parse(packed.stdout) as [{ filename: string }];
  const target = join(into, filename.replace(/\.tgz$/u, ""));
  mkdirSync(target, { recursive: true });
  run("tar", ["-xzf", join(into, filename), "-C", target, "--strip-components=1"], { cwd: into });
  return target;
}

export type Bump = "none" | "patch" | "minor" | "major";
const order: Bump[] = ["none", "patch", "minor", "major"];

/** The largest bump the pending changesets ask for, per package. */
export async function pendingBumps(root: string = repoRoot): Promise<Map<string, Bump>> {
  const bumps = new Map<string, Bump>();
  for (const changeset of await getChangesets(root)) {
    for (const release of changeset.releases) {
      const current = bumps.get(release.name) ?? "none";
      if (order.indexOf(release.type as Bump) > order.indexOf(current))
        bumps.set(release.name, release.type as Bump);
    }
  }
  return bumps;
}

export interface PackageSchemaReport {
  name: string;
  /** The version compared against, or null when the package was never published. */
  publishedVersion: string | null;
  bump: Bump;
  files: { file: string; changes: SchemaChange[] }[];
  /** Why the check fails for this package; empty when it passes. */
  failures: string[];
}

/**
 * Compares the JSON Schemas each package would publish (its built dist/) with the last published
 * version from the registry, and fails a package whose schemas changed in a breaking way unless a
 * pending changeset asks for a major release of it.
 */
export async function checkSchemaChanges(
  options: { root?: string; registry?: string } = {},
): Promise<PackageSchemaReport[]> {
  const root = options.root ?? repoRoot;
  const bumps = await pendingBumps(root);
  const work = mkdtempSync(join(tmpdir(), "lhc-schema-changes-"));
  try {
    return publishedPackages(root).map((pkg) => {
      const name = pkg.manifest.name;
      const bump = bumps.get(name) ?? "none";
      const publishedVersion = latestPublishedVersion(name, options.registry);
      const report: PackageSchemaReport = { name, publishedVersion, bump, files: [], failures: [] };
      if (publishedVersion === null) return report;
      const local = shippedJsonSchemas(pkg.dir);
      const published = shippedJsonSchemas(
        unpackPublished(name, publishedVersion, join(work, pkg.dirName), options.registry),
      );
      for (const [file, before] of published) {
        const after = local.get(file);
        const changes = after
          ? classifySchemaChange(before, after)
          : [{ path: "$", breaking: true, message: `${file} is no longer shipped` }];
        if (changes.length > 0) report.files.push({ file, changes });
      }
      for (const file of local.keys()) {
        if (!published.has(file))
          report.files.push({ file, changes: [{ path: "$", breaking: false, message: `${file} is new` }] });
      }
      const breaking = report.files.flatMap(({ file, changes }) =>
        changes.filter((change) => change.breaking).map((change) => `${file}: ${change.message}`),
      );
      const sameId = [...published]
        .filter(([file, before]) => typeof before.$id === "string" && local.get(file)?.$id === before.$id)
        .filter(([file]) => report.files.some((f) => f.file === file && f.changes.some((c) => c.breaking)))
        .map(([file, before]) => `${file} (${before.$id})`);
      if (sameId.length > 0) {
        report.failures.push(
          `${name}: a breaking change must ship under a new $id, so that the published schema stays at its URL for the systems that resolve it; bump the schema version of:\n  ${sameId.join("\n  ")}`,
        );
      }
      if (breaking.length > 0 && bump !== "major") {
        report.failures.push(
          `${name}: breaking JSON Schema changes since ${publishedVersion} need a major changeset (pending: ${bump}). Run \`pnpm changeset\`, pick ${name} and "major", and say what users must change:\n  ${breaking.join("\n  ")}`,
        );
      }
      return report;
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
