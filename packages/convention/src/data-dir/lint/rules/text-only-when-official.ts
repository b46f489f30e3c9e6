import { type LintRule, nodesWithPaths } from "../types.js";

/** Only text seen in an official source is published as text; a paraphrase goes in `subject`. */
export const textOnlyWhenOfficial: LintRule = {
  name: "text-only-when-official",
  check({ nodeFiles }, report) {
    for (const { file, node: root } of nodeFiles) {
      for (const { node, field } of nodesWithPaths(root)) {
        if (node.text !== null && node.provenance.status !== "official") {
          report(
            file,
            field,
            `text is set but provenance.status is "${node.provenance.status}"; only text seen in an official source may be published as text (use "subject" for a paraphrase, or set text to null)`,
          );
        }
      }
    }
  },
};
