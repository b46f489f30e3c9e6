/**
 * Links the cross-references in a provision's English text ("Article 5", "Article 8, paragraph 3",
 * "paragraph 2 of this Article", "paragraph 1 of Article 5", "Annex E") to the provisions they name,
 * where the data holds them; anything else stays plain text.
 */
export interface TextPart {
  text: string;
  /** The path (with an anchor for a paragraph) of the provision the words refer to. */
  to?: string;
}

const REFERENCE =
  /\b(?:paragraph (\d+[a-z]*) of this Article|paragraph (\d+[a-z]*) of Article (\d+[a-z]*)|Articles? (\d+[a-z]*)(?:,? paragraph (\d+[a-z]*))?|Annex ([A-Z]{1,2})\b)/g;

/**
 * @param pathOf the path of a provision's page (an article's own page, or its article's page with an
 *   anchor for a paragraph), or `null` when the data does not hold it.
 * @param articleEId the article the text belongs to, for "of this Article"; `null` outside articles.
 */
export function linkCrossReferences(
  text: string,
  pathOf: (eId: string) => string | null,
  articleEId: string | null,
): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(REFERENCE)) {
    const [whole, ofThis, paraOf, articleOf, article, articlePara, annex] = match;
    let eId: string | null = null;
    if (ofThis && articleEId) eId = `${articleEId}__para_${ofThis}`;
    else if (paraOf && articleOf) eId = `art_${articleOf}__para_${paraOf}`;
    else if (article) eId = articlePara ? `art_${article}__para_${articlePara}` : `art_${article}`;
    else if (annex) eId = `annex_${annex.toLowerCase()}`;
    const to = eId ? pathOf(eId) : null;
    if (!to) continue;
    const start = match.index ?? 0;
    if (start > last) parts.push({ text: text.slice(last, start) });
    parts.push({ text: whole, to });
    last = start + whole.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
