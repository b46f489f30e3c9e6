/**
 * What the builder needs of version 1 of the request data model, in one module that the page loads with the
 * form (not on arrival): validation, the form's schema, and the migration of a version-0 request.
 */
import { type MigrationNote, migrate } from "@lhc/requests/migrate";
import { schemaVersion, validateRequest } from "@lhc/requests/v1";

export { builderSchema } from "./schema";
export type { MigrationNote };
export { schemaVersion, validateRequest };

export type Opened =
  | { kind: "v1"; data: unknown }
  | { kind: "migrated"; data: unknown; notes: MigrationNote[] }
  | { kind: "not-migrated"; data: unknown; reason: string };

/**
 * A request as the builder keeps it: version 1 as it is; version 0 migrated, with migrate()'s notes on what
 * moved, needs review or is missing; a version-0 request that migrate() refuses (it is not valid) kept as it
 * was, with the reason, so that nothing is dropped and the issues say what to correct.
 */
export function openAsV1(data: unknown): Opened {
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version === schemaVersion) return { kind: "v1", data };
  try {
    const { request, notes } = migrate(data);
    return { kind: "migrated", data: request, notes };
  } catch (error) {
    return { kind: "not-migrated", data, reason: error instanceof Error ? error.message : String(error) };
  }
}
