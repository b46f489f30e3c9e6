import { preambleSlots } from "../../../preamble.js";
import type { ProvisionNode } from "../../../types.js";
import type { LintRule } from "../types.js";

/** The first language's text of a preamble paragraph, for {@link preambleSlots}. */
const paragraphText = (node: ProvisionNode): string => node.text?.en?.value ?? node.text?.nl?.value ?? "";

/**
 * The preamble's paragraphs carry the eIds the importer gives them (src/preamble.ts): the opening words
 * naming the Parties are preamble__formula_1, recitals are numbered from 1 in order, and closing words
 * ending with a colon are the next formula.
 */
export const preambleOrder: LintRule = {
  name: "preamble-order",
  check({ nodeFiles }, report) {
    for (const { file, folder, node: preamble } of nodeFiles) {
      if (folder !== "preamble") continue;
      const closing = preamble.children.at(-1);
      const separateClosing =
        closing !== undefined &&
        closing.type === "formula" &&
        preamble.children.length > 1 &&
        closing.eId !==
          preambleSlots(preamble.children.map(paragraphText))[preamble.children.length - 1]?.eId;
      const paragraphs = separateClosing ? preamble.children.slice(0, -1) : preamble.children;
      const slots = preambleSlots(paragraphs.map(paragraphText), separateClosing);
      preamble.children.forEach((paragraph, k) => {
        const slot = slots[k];
        if (slot && (paragraph.eId !== slot.eId || paragraph.type !== slot.type)) {
          report(
            file,
            `children.${k}`,
            `is ${paragraph.type} "${paragraph.eId}" but should be ${slot.type} "${slot.eId}" (the opening words naming the Parties are preamble__formula_1, recitals are numbered from 1 in order, and closing words ending with a colon are the next formula; see src/preamble.ts)`,
          );
        }
      });
    }
  },
};
