import { fileURLToPath } from "node:url";
import { binsOf, listPackages } from "../../workspace.mjs";

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
  return listPackages(root).map(({ dirName, dir, json }) => ({ dirName, dir, manifest: json }));
}

/** The names of a package's bins, whatever form its `bin` field takes. */
export function binNames(manifest: PackageManifest): string[] {
  return Object.keys(binsOf(manifest));
}
