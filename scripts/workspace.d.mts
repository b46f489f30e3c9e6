// Types of scripts/workspace.mjs for the TypeScript that imports it (scripts/release/).
export interface PackageJson {
  name: string;
  version: string;
  private?: boolean;
  bin?: string | Record<string, string>;
  exports?: Record<string, unknown>;
  files?: string[];
  [key: string]: unknown;
}

export interface WorkspacePackageJson {
  dir: string;
  json: PackageJson;
}

export const root: string;
export function readPackage(pkgDir: string): WorkspacePackageJson;
export function listPackages(repoRoot?: string): Array<WorkspacePackageJson & { dirName: string }>;
export function binsOf(json: PackageJson): Record<string, string>;
export function codeEntries(
  pkg: WorkspacePackageJson,
): Array<{ name: string; file: string; kind: "import" | "bin" }>;
