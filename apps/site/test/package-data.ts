import { loadExamples, previousSchemaVersion } from "../plugins/lhc-data/requests";
import type { RequestExample } from "../plugins/lhc-data/types";

/**
 * The request examples shipped in @lhc/requests, read the same way the site's build reads them: those of
 * the version named, by default version 0 (`@lhc/requests`), whose examples most tests check.
 */
export function loadRequestExamples(schemaVersion: string = previousSchemaVersion): RequestExample[] {
  return loadExamples(schemaVersion);
}
