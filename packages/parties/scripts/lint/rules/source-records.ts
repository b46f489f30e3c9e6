import { convention } from "@lhc/convention";
import type { Source } from "../../../src/types.js";
import type { LintRule } from "../types.js";
import { parsedFiles, walk } from "../walk.js";

const FIELDS = ["title", "publisher", "kind", "accessed"] as const;

/**
 * One record per source: every citation of a URL carries the same title, publisher, kind and accessed
 * date, and a URL that @lhc/convention's source registry (data/sources.json) holds is described as there.
 */
export const sourceRecords: LintRule = {
  name: "source-records",
  check({ files }, report) {
    const first = new Map<string, { file: string; source: Source }>(
      convention.sources.map(({ id, ...source }) => [
        source.url,
        { file: `@lhc/convention data/sources.json (${id})`, source },
      ]),
    );
    for (const { path: file, json } of parsedFiles(files)) {
      walk(json, (path, value) => {
        if (path.at(-2) !== "sources" || !value || typeof value !== "object" || !("url" in value)) return;
        const source = value as Source;
        const seen = first.get(source.url);
        if (!seen) {
          first.set(source.url, { file, source });
          return;
        }
        for (const field of FIELDS) {
          if (source[field] !== seen.source[field]) {
            report(
              file,
              [...path, field].join("."),
              `is ${JSON.stringify(source[field])} but the same source (${source.url}) has ${JSON.stringify(seen.source[field])} in ${seen.file}; a source has one record: copy it from there`,
            );
          }
        }
      });
    }
  },
};
