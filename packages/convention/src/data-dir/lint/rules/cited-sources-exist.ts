import { factsWithPaths, type LintRule, META_FILE, nodesWithPaths, SOURCES_FILE } from "../types.js";

/** Every source a node or a fact cites is in data/sources.json. */
export const citedSourcesExist: LintRule = {
  name: "cited-sources-exist",
  check({ sources, meta, nodeFiles }, report) {
    if (!sources) return;
    const known = new Set(sources.map((s) => s.id));
    const check = (file: string, field: string, refs: { id: string }[]) => {
      refs.forEach((ref, k) => {
        if (!known.has(ref.id)) {
          report(
            file,
            `${field}.sources.${k}.id`,
            `cites source "${ref.id}", which is not in ${SOURCES_FILE}; add it there`,
          );
        }
      });
    };
    for (const { file, node: root } of nodeFiles) {
      for (const { node, field } of nodesWithPaths(root)) {
        check(file, `${field}.provenance`, node.provenance.sources);
        if (node.subject) check(file, `${field}.subject`, node.subject.sources);
      }
    }
    if (meta) for (const { fact, field } of factsWithPaths(meta)) check(META_FILE, field, fact.sources);
  },
};
