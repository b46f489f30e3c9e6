import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
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

/** The registry to compare with: the one given, else npm's configured registry (npmjs.org by default). */
export function registryUrl(registry?: string): string {
  const url = registry ?? run("npm", ["config", "get", "registry"], { cwd: tmpdir() }).stdout.trim();
  return url.endsWith("/") ? url : `${url}/`;
}

/**
 * fetch against a registry, tried again on a network error: a registry (Verdaccio among them) may close
 * an idle kept-alive connection just as the next request is written on it (EPIPE, ECONNRESET).
 */
export async function registryFetch(url: string | URL, init?: RequestInit): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, init);
    } catch (error) {
      if (attempt >= 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
    }
  }
}

interface Packument {
  "dist-tags"?: Record<string, string>;
  versions?: Record<string, { dist: { tarball: string } }>;
}

async function packument(name: string, registry: string): Promise<Packument | null> {
  const response = await registryFetch(new URL(name.replace("/", "%2f"), registry), {
    headers: { accept: "application/json" },
  });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`${registry}: ${name}: HTTP ${response.status}`);
  return (await response.json()) as Packument;
}

/** The last published version of a package (its `latest` tag), or null when it was never published. */
export async function latestPublishedVersion(name: string, registry: string): Promise<string | null> {
  return (await packument(name, registry))?.["dist-tags"]?.latest ?? null;
}

/** Downloads and unpacks a published version; returns the unpacked package directory. */
export async function unpackPublished(
  name: string,
  version: string,
  into: string,
  registry: string,
): Promise<string> {
  const tarball = (await packument(name, registry))?.versions?.[version]?.dist.tarball;
  if (!tarball) throw new Error(`${registry}: ${name}@${version} is not published`);
  const response = await registryFetch(tarball);
  if (!response.ok) throw new Error(`${tarball}: HTTP ${response.status}`);
  const target = join(into, `${name.replace("/", "-")}-${version}`);
  mkdirSync(target, { recursive: true });
  const file = `${target}.tgz`;
  writeFileSync(file, Buffer.from(await response.arrayBuffer()));
  run("tar", ["-xzf", file, "-C", target, "--strip-components=1"], { cwd: into });
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

const majorOf = (version: string): number => Number.parseInt(version.split(".")[0] ?? "0", 10);

export interface PackageSchemaReport {
  name: string;
  /** The version compared against, or null when the package was never published. */
  publishedVersion: string | null;
  /** The bump the pending changesets ask for, or "major" when the version was already raised past it. */
  bump: Bump;
  files: { file: string; changes: SchemaChange[] }[];
  /** Why the check fails for this package; empty when it passes. */
  failures: string[];
}

/** "https://…/requests/1.0/mla.json" → { base: "https://…/requests/", version: "1.0", file: "mla.json" }. */
function splitId(id: unknown): { base: string; version: string; file: string } | undefined {
  if (typeof id !== "string") return undefined;
  const match = /^(.*\/)([^/]+)\/([^/]+)$/u.exec(id);
  return match
    ? { base: match[1] as string, version: match[2] as string, file: match[3] as string }
    : undefined;
}

/**
 * The published schema a new schema supersedes: the one at the same base URL and file name under
 * another version (`…/0.1/mla.json` for `…/1.0/mla.json`). A package that ships a new major version of
 * a schema beside the old one changes nothing in the old file, but the new version is what users move
 * to, so its difference from the old one is what the check must judge.
 */
export function supersededSchema(
  schema: JsonSchema,
  published: ReadonlyMap<string, JsonSchema>,
): [string, JsonSchema] | undefined {
  const id = splitId(schema.$id);
  if (!id) return undefined;
  for (const [file, before] of published) {
    const other = splitId(before.$id);
    if (other && other.base === id.base && other.file === id.file && other.version !== id.version) {
      return [file, before];
    }
  }
  return undefined;
}

/**
 * Judges the JSON Schemas a package would publish against the published ones: each published file
 * against the file of the same name, and each new file that supersedes a published schema (a new
 * `$id` version of it) against that schema. A breaking change needs a major bump, and must ship under
 * a new `$id`.
 */
export function judgeSchemaChanges(input: {
  name: string;
  publishedVersion: string;
  bump: Bump;
  published: ReadonlyMap<string, JsonSchema>;
  local: ReadonlyMap<string, JsonSchema>;
}): Pick<PackageSchemaReport, "files" | "failures"> {
  const { name, publishedVersion, bump, published, local } = input;
  const report: Pick<PackageSchemaReport, "files" | "failures"> = { files: [], failures: [] };
  for (const [file, before] of published) {
    const after = local.get(file);
    const changes = after
      ? classifySchemaChange(before, after)
      : [{ path: "$", breaking: true, message: `${file} is no longer shipped` }];
    if (changes.length > 0) report.files.push({ file, changes });
  }
  for (const [file, after] of local) {
    if (published.has(file)) continue;
    const superseded = supersededSchema(after, published);
    const changes: SchemaChange[] = superseded
      ? [
          {
            path: "$",
            breaking: false,
            message: `${file} is new: ${String(after.$id)} supersedes ${String(superseded[1].$id)} (${superseded[0]})`,
          },
          ...classifySchemaChange(superseded[1], after),
        ]
      : [{ path: "$", breaking: false, message: `${file} is new` }];
    report.files.push({ file, changes });
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
  const registry = registryUrl(options.registry);
  const work = mkdtempSync(join(tmpdir(), "lhc-schema-changes-"));
  try {
    const reports: PackageSchemaReport[] = [];
    for (const pkg of publishedPackages(root)) {
      const name = pkg.manifest.name;
      const publishedVersion = await latestPublishedVersion(name, registry);
      // After `pnpm version-packages` the changesets are gone and the version says what they asked for:
      // the release workflow runs this check on the merged version pull request too.
      const versioned =
        publishedVersion !== null && majorOf(pkg.manifest.version) > majorOf(publishedVersion)
          ? "major"
          : "none";
      const pending = bumps.get(name) ?? "none";
      const bump = order.indexOf(versioned) > order.indexOf(pending) ? versioned : pending;
      const report: PackageSchemaReport = { name, publishedVersion, bump, files: [], failures: [] };
      reports.push(report);
      if (publishedVersion === null) continue;
      const local = shippedJsonSchemas(pkg.dir);
      const published = shippedJsonSchemas(await unpackPublished(name, publishedVersion, work, registry));
      Object.assign(report, judgeSchemaChanges({ name, publishedVersion, bump, published, local }));
    }
    return reports;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
