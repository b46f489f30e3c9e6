import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

export interface SchemaFile {
  /** Path under the build output, e.g. `schemas/requests/0.1/mla.json`. */
  path: string;
  contents: string;
}

/**
 * The path under the site's build output where the schema with this `$id` must be served, so that a
 * validator resolving the `$id` finds it. Fails when the `$id` does not point into the site.
 */
export function sitePathOfId(id: string, siteUrl: string, baseUrl: string): string {
  const root = `${siteUrl}${baseUrl}`;
  if (!id.startsWith(root)) {
    throw new Error(
      `The JSON Schema $id ${id} does not point into the site (${root}), so the site cannot serve it at its $id. Build the site for the address the $ids use (SITE_URL and SITE_BASE_URL; see apps/site/site-address.ts).`,
    );
  }
  return id.slice(root.length);
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(join(dir, entry.name))
      : entry.name.endsWith(".json")
        ? [join(dir, entry.name)]
        : [],
  );
}

/**
 * Every JSON Schema the site serves at its `$id`: the versions kept from earlier releases (under
 * `archiveDir`, each at the path of its `$id`, written by `pnpm version-packages`), then the schemas the
 * packages ship now, which replace an archived file with the same `$id`.
 */
export function schemasAtTheirIds(options: {
  current: string[];
  archiveDir: string;
  siteUrl: string;
  baseUrl: string;
}): SchemaFile[] {
  const files = new Map<string, string>();
  for (const file of filesUnder(options.archiveDir)) {
    const contents = readFileSync(file, "utf8");
    const id = (JSON.parse(contents) as { $id?: unknown }).$id;
    const expected = `/${relative(options.archiveDir, file).split(sep).join("/")}`;
    if (typeof id !== "string" || new URL(id).pathname !== expected) {
      throw new Error(`${file}: an archived schema must lie at the path of its $id (${String(id)})`);
    }
    files.set(sitePathOfId(id, options.siteUrl, options.baseUrl), contents);
  }
  for (const contents of options.current) {
    const id = (JSON.parse(contents) as { $id?: unknown }).$id;
    if (typeof id !== "string") continue;
    files.set(sitePathOfId(id, options.siteUrl, options.baseUrl), contents);
  }
  return [...files].map(([path, contents]) => ({ path, contents }));
}
