import { convention } from "@lhc/convention";
import type { LintRule } from "../types.js";
import { parsedFiles, walk } from "../walk.js";

const FIELDS = ["title", "publisher", "kind", "accessed"] as const;
const REGISTRY = "data/sources.json";

/**
 * One record per source: data/sources.json holds each URL once, describes a URL that @lhc/convention's
 * source registry also holds as that registry does, and holds no record that no fact cites.
 */
export const sourceRecords: LintRule = {
  name: "source-records",
  check({ files, sources }, report) {
    if (!sources) return;
    const conventionByUrl = new Map(convention.sources.map((source) => [source.url, source]));
    const firstByUrl = new Map<string, string>();
    for (const [i, record] of sources.entries()) {
      const first = firstByUrl.get(record.url);
      if (first !== undefined) {
        report(
          REGISTRY,
          `${i}.url`,
          `is also the URL of "${first}"; a source has one record: cite "${first}" and remove this one`,
        );
      } else firstByUrl.set(record.url, record.id);
      const there = conventionByUrl.get(record.url);
      if (!there) continue;
      for (const field of FIELDS) {
        if (record[field] !== there[field]) {
          report(
            REGISTRY,
            `${i}.${field}`,
            `is ${JSON.stringify(record[field])} but the same source (${record.url}) has ${JSON.stringify(there[field])} in @lhc/convention data/sources.json (${there.id}); a source has one record: copy it from there`,
          );
        }
      }
    }
    const readable = [...parsedFiles(files)];
    // A file that is not JSON cites nothing readable; its own problem is reported, not the records it cites.
    if (readable.length < files.length) return;
    const cited = new Set<string>();
    for (const { path: file, json } of readable) {
      if (file === REGISTRY) continue;
      walk(json, (path, value) => {
        if (path.at(-2) === "sources" && typeof value === "string") cited.add(value);
      });
    }
    for (const [i, record] of sources.entries()) {
      if (!cited.has(record.id))
        report(REGISTRY, `${i}.id`, `"${record.id}" is cited by no fact; remove the record or cite it`);
    }
  },
};
