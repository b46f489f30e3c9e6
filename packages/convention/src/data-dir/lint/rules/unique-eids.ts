import { type LintRule, nodesWithPaths } from "../types.js";

/** Each eId is used once in the whole Convention. */
export const uniqueEIds: LintRule = {
  name: "unique-eids",
  check({ nodeFiles }, report) {
    const seen = new Map<string, string>();
    for (const { file, node: root } of nodeFiles) {
      for (const { node, field } of nodesWithPaths(root)) {
        const earlier = seen.get(node.eId);
        if (earlier) {
          report(
            file,
            `${field}.eId`,
            `"${node.eId}" is already used in ${earlier}; each eId must be unique`,
          );
        } else {
          seen.set(node.eId, file);
        }
      }
    }
  },
};
