import type { LintRule, NodeFile } from "../types.js";

const TYPES_OF_FOLDER: Record<NodeFile["folder"], readonly string[]> = {
  preamble: ["preamble"],
  conclusions: ["conclusions"],
  parts: ["part", "chapter", "section", "title", "subsection", "division"],
  provisions: ["article"],
  annexes: ["annex"],
  attachments: ["attachment"],
};

/** A file is named by the eId it holds, and holds the kind of node its folder is for. */
export const fileLayout: LintRule = {
  name: "file-layout",
  check({ nodeFiles }, report) {
    for (const { file, folder, node } of nodeFiles) {
      if (folder !== "preamble" && folder !== "conclusions" && !file.endsWith(`/${node.eId}.json`)) {
        report(file, "eId", `holds eId "${node.eId}"; rename the file to ${node.eId}.json`);
      }
      const types = TYPES_OF_FOLDER[folder];
      if (!types.includes(node.type)) {
        report(
          file,
          "type",
          `a file in ${folder} must hold ${types.length > 1 ? `one of ${types.join(", ")}` : `a ${types[0]}`}, not a ${node.type}; move the file`,
        );
      }
    }
  },
};
