import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository this tooling belongs to. */
export const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));

export interface PackageManifest {
  name: string;
  version: string;
  private?: boolean;
  bin?: string | Record<string, string>;
  exports?: Record<string, unknown>;
  files?: string[];
  [key: string]: unknown;
}

export interface WorkspacePackage {
  /** Directory name under packages/, e.g. `requests`. */
  dirName: string;
  dir: string;
  manifest: PackageManifest;
}

/**
 * The packages a release publishes: every package under packages/ that is not private. Derived from
 * the workspace so that a package added later is rehearsed and checked without editing this list.
 */
export function publishedPackages(root: string = repoRoot): WorkspacePackage[] {
  const packagesDir = join(root, "packages");
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(packagesDir, entry.name, "package.json")))
    .map((entry) => {
      const dir = join(packagesDir, entry.name);
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as PackageManifest;
      return { dirName: entry.name, dir, manifest };
    })
    .filter((pkg) => pkg.manifest.private !== true)
    .sort((a, b) => a.manifest.name.localeCompare(b.manifest.name));
}

/** The names of a package's bins, whatever form its `bin` field takes. */
export function binNames(manifest: PackageManifest): string[] {
  if (typeof manifest.bin === "string") return [manifest.name.split("/").pop() ?? manifest.name];
  return Object.keys(manifest.bin ?? {});
}
