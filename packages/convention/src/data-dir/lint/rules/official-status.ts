import { factsWithPaths, type LintRule, META_FILE, nodesWithPaths } from "../types.js";

/** A status never claims more than its sources: "official" rests on at least one official source. */
export const officialStatus: LintRule = {
  name: "official-status",
  check({ sources, meta, nodeFiles }, report) {
    if (!sources) return;
    const official = new Set(sources.filter((s) => s.kind === "official").map((s) => s.id));
    const check = (file: string, field: string, status: string, refs: { id: string }[]) => {
      if (status === "official" && !refs.some((ref) => official.has(ref.id))) {
        report(
          file,
          `${field}.status`,
          `is "official" but none of its sources (${refs.map((r) => r.id).join(", ")}) is of kind "official"; cite an official source or lower the status`,
        );
      }
    };
    for (const { file, node: root } of nodeFiles) {
      for (const { node, field } of nodesWithPaths(root)) {
        check(file, `${field}.provenance`, node.provenance.status, node.provenance.sources);
        if (node.subject) check(file, `${field}.subject`, node.subject.status, node.subject.sources);
      }
    }
    if (meta)
      for (const { fact, field } of factsWithPaths(meta)) check(META_FILE, field, fact.status, fact.sources);
  },
};
