/**
 * How the paragraphs of a treaty preamble are addressed, for curated and imported data alike (the data
 * lint and the BWB importer both call this, so the same paragraph gets the same eId in both).
 *
 * A treaty preamble opens with words that name the Parties ("The States Parties to this Convention",
 * "The Contracting States,"), continues with recitals ("Recalling …", "Considering …") and closes with
 * words that introduce the articles ("Have agreed as follows:"). The opening and closing words are
 * formulas, not recitals (as in Akoma Ntoso, and as lawyers count recitals: "the first recital" is the
 * first "Recalling …"), so:
 *
 *   - the first paragraph, when the preamble has more than one, is `preamble__formula_1`;
 *   - a last paragraph that ends with a colon ("Have agreed as follows:") is the next formula;
 *   - every other paragraph is a recital, numbered from 1 in order: `preamble__recital_N`;
 *   - a closing formula published apart from the paragraphs (BWB `afkondiging`) is the next formula.
 */
export interface PreambleSlot {
  type: "formula" | "recital";
  eId: string;
}

/** A closing formula ends with a colon, possibly followed by a dash ("provisions:—"). */
const CLOSING = /:\s*[-\u2013\u2014]?$/;

/**
 * The type and eId of each preamble paragraph, in order. `paragraphs` are the paragraphs' texts (the
 * first language available); `separateClosing` says whether a closing formula follows them apart.
 */
export function preambleSlots(paragraphs: readonly string[], separateClosing = false): PreambleSlot[] {
  const slots: PreambleSlot[] = [];
  let formulas = 0;
  let recitals = 0;
  const formula = () => slots.push({ type: "formula", eId: `preamble__formula_${++formulas}` });
  paragraphs.forEach((text, k) => {
    const isOpening = k === 0 && paragraphs.length > 1;
    const isClosing = !separateClosing && k === paragraphs.length - 1 && k > 0 && CLOSING.test(text.trim());
    if (isOpening || isClosing) formula();
    else slots.push({ type: "recital", eId: `preamble__recital_${++recitals}` });
  });
  if (separateClosing) formula();
  return slots;
}
