// Keeps a copy of every JSON Schema with an `$id` as the release ships
// it, under apps/site/published-schemas/ at the path of its `$id`. The site serves these files, so a
// schema stays at its URL after a newer version replaces it in the packages. Needs the packages built.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { shippedJsonSchemas } from "./published-schemas.js";
import { publishedPackages, repoRoot } from "./workspace.js";

export const archiveDir = (root: string = repoRoot) => join(root, "apps", "site", "published-schemas");

export function archiveSchemas(root: string = repoRoot): string[] {
  const written: string[] = [];
  for (const pkg of publishedPackages(root)) {
    for (const schema of shippedJsonSchemas(pkg.dir).values()) {
      if (typeof schema.$id !== "string") continue;
      const target = join(archiveDir(root), new URL(schema.$id).pathname);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
      written.push(target);
    }
  }
  return written;
}
