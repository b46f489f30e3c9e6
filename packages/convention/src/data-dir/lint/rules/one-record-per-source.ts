import { type LintRule, SOURCES_FILE } from "../types.js";

/** A source has one record: no two ids in data/sources.json for the same URL, and no id twice. */
export const oneRecordPerSource: LintRule = {
  name: "one-record-per-source",
  check({ sources }, report) {
    const byUrl = new Map<string, string>();
    const ids = new Set<string>();
    for (const [k, source] of (sources ?? []).entries()) {
      if (ids.has(source.id))
        report(SOURCES_FILE, `${k}.id`, `"${source.id}" is used twice; give each source its own id`);
      ids.add(source.id);
      const earlier = byUrl.get(source.url);
      if (earlier) {
        report(
          SOURCES_FILE,
          `${k}.url`,
          `is already the URL of ${earlier}; cite ${earlier} instead of a second record`,
        );
      } else {
        byUrl.set(source.url, source.id);
      }
    }
  },
};
