import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

// This module sits one level below the package root both as source (src/) and bundled (dist/), so the
// same relative URL finds data/ in the repository and under tests.
/**
 * The package's own data directory, or `null` where there is none: the repository has one, an installed
 * package does not (and an update must never create one inside node_modules).
 */
export function packageDataDir(): string | null {
  const dir = fileURLToPath(new URL("../data", import.meta.url));
  return existsSync(dir) ? dir : null;
}
