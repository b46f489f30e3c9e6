import type { LintRule } from "../types.js";

const TYPE_OF_FOLDER = {
  preamble: "preamble",
  parts: "part",
  provisions: "article",
  annexes: "annex",
} as const;

/** A file is named by the eId it holds, and holds the kind of node its folder is for. */
export const fileLayout: LintRule = {
  name: "file-layout",
  check({ nodeFiles }, report) {
    for (const { file, folder, node } of nodeFiles) {
      if (folder !== "preamble" && !file.endsWith(`/${node.eId}.json`)) {
        report(file, "eId", `holds eId "${node.eId}"; rename the file to ${node.eId}.json`);
      }
      const type = TYPE_OF_FOLDER[folder];
      if (node.type !== type) {
        report(
          file,
          "type",
          `a file in data/${folder}/ must hold a ${type}, not a ${node.type}; move the file`,
        );
      }
    }
  },
};
