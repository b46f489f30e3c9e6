import {
  buildLetter,
  type Letter,
  type LetterNode,
  type LetterOptions,
  type LetterRequest,
} from "./model.js";
import { cleanLetter, withoutForbiddenCharacters } from "./xml-chars.js";

/**
 * Escapes text for HTML element content and attribute values: values are data, never markup. Characters
 * XML 1.0 forbids are left out (see xml-chars.ts).
 */
export function escapeHtml(text: string): string {
  return withoutForbiddenCharacters(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

// Print styles: the browser's "Save as PDF" gives an A4 document with running margins, and no field
// is split from its label across pages.
const STYLES = `
:root { color-scheme: light; }
body { font-family: Georgia, "Times New Roman", serif; font-size: 11pt; line-height: 1.45; color: #111; background: #fff; margin: 0; }
.letter { max-width: 46rem; margin: 2rem auto; padding: 0 1.5rem; }
.letter .letterhead { border-bottom: 1px solid #444; margin-bottom: 1.5rem; padding-bottom: 0.75rem; }
.letter .letterhead p { margin: 0; }
.letter .letterhead .authority { font-weight: bold; font-size: 1.1rem; }
.letter .addressee { font-style: normal; margin: 0 0 1rem auto; max-width: 22rem; }
.letter .place-date { text-align: right; margin: 0 0 1rem; }
.letter .references { display: block; margin: 0 0 1rem; }
.letter .references div { display: flex; gap: 0.5rem; flex-wrap: wrap; }
.letter .subject { font-weight: bold; margin: 1rem 0; }
.letter .title { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.letter .closing { margin-top: 1.5rem; }
.letter .signature { margin-top: 2.5rem; }
.letter .signature p { margin: 0; }
.letter .annex { margin-top: 2.5rem; border-top: 1px solid #444; }
.letter h2 { font-size: 1.2rem; margin: 1.75rem 0 0.5rem; border-bottom: 1px solid #bbb; }
.letter h3, .letter h4, .letter h5, .letter h6 { font-size: 1rem; margin: 1rem 0 0.25rem; }
.letter section section { margin-left: 1rem; }
.letter dl { display: grid; grid-template-columns: minmax(10rem, 14rem) 1fr; gap: 0.25rem 1rem; margin: 0.25rem 0; }
.letter dt { font-weight: bold; }
.letter dd { margin: 0; white-space: pre-wrap; overflow-wrap: break-word; }
.letter dd ul { margin: 0; padding-left: 1.1rem; }
.letter .annex .note { font-size: 0.9em; color: #333; }
@media (max-width: 30rem) {
  .letter dl { grid-template-columns: 1fr; }
  .letter dd { margin-bottom: 0.35rem; }
}
@media print {
  @page { size: A4; margin: 20mm 18mm; }
  .letter { margin: 0; padding: 0; max-width: none; }
  .letter h2, .letter h3, .letter h4 { break-after: avoid; }
  .letter .annex { break-before: page; border-top: none; }
  .letter .signature { break-inside: avoid; }
  .letter dt, .letter dd { break-inside: avoid; }
  .letter dt { break-after: avoid; }
}
`;

function renderValues(values: readonly string[]): string {
  if (values.length === 1) return escapeHtml(values[0] ?? "");
  return `<ul>${values.map((value) => `<li>${escapeHtml(value)}</li>`).join("")}</ul>`;
}

function renderNodes(nodes: readonly LetterNode[], depth: number): string {
  let html = "";
  let leaves: LetterNode[] = [];
  const flush = () => {
    if (leaves.length === 0) return;
    html += `<dl>${leaves
      .map((leaf) => `<dt>${escapeHtml(leaf.label)}</dt><dd>${renderValues(leaf.values ?? [])}</dd>`)
      .join("")}</dl>`;
    leaves = [];
  };
  for (const node of nodes) {
    if (node.children === undefined) {
      leaves.push(node);
      continue;
    }
    flush();
    const level = Math.min(depth, 6);
    html += `<section><h${level}>${escapeHtml(node.label)}</h${level}>${renderNodes(node.children, depth + 1)}</section>`;
  }
  flush();
  return html;
}

const lines = (texts: readonly string[]): string => texts.map(escapeHtml).join("<br>");

/** A letter as one standalone HTML document with print styles. */
export function letterToHtml(input: Letter): string {
  const letter = cleanLetter(input);
  const sections = letter.sections
    .map(
      (section) =>
        `<section id="${escapeHtml(section.id)}"><h2>${escapeHtml(section.heading)}</h2>${
          section.intro ? `<p class="intro">${escapeHtml(section.intro)}</p>` : ""
        }${renderNodes(section.nodes, 3)}</section>`,
    )
    .join("\n");
  const [authority = "", ...letterhead] = letter.letterhead;
  const references = letter.references
    .map(
      (reference) =>
        `<div><dt>${escapeHtml(reference.label)}${escapeHtml(letter.colon.trimEnd())}</dt><dd>${escapeHtml(reference.value)}</dd></div>`,
    )
    .join("");
  const annex = letter.annex
    ? `<section class="annex" id="annex"><h2>${escapeHtml(letter.annex.heading)}</h2><p class="note">${escapeHtml(
        letter.annex.note,
      )}</p><dl>${letter.annex.entries
        .map((entry) => `<dt>${escapeHtml(entry.label)}</dt><dd>${escapeHtml(entry.provisions)}</dd>`)
        .join("")}</dl></section>\n`
    : "";
  return `<!doctype html>
<html lang="${escapeHtml(letter.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${letter.title} (${letter.placeAndDate.date})`)}</title>
<style>${STYLES}</style>
</head>
<body>
<article class="letter">
<header class="letterhead"><p class="authority">${escapeHtml(authority)}</p><p>${lines(letterhead)}</p></header>
<address class="addressee">${lines(letter.addressee)}</address>
<p class="place-date"><time datetime="${escapeHtml(letter.placeAndDate.date)}">${escapeHtml(letter.placeAndDate.text)}</time></p>
${references ? `<dl class="references">${references}</dl>\n` : ""}<h1 class="title">${escapeHtml(letter.title)}</h1>
<p class="subject">${escapeHtml(letter.subject)}</p>
<p class="salutation">${escapeHtml(letter.salutation)}</p>
<p class="opening">${escapeHtml(letter.opening)}</p>
${sections}
<div class="closing">${letter.closing.map((p) => `<p>${escapeHtml(p)}</p>`).join("")}</div>
<div class="signature"><p>${lines(letter.signature)}</p></div>
${annex}</article>
</body>
</html>
`;
}

/** Validates a request and renders it as an HTML letter; throws RequestValidationError when it is invalid. */
export function renderHtml(request: LetterRequest, options: LetterOptions & { validated: true }): string;
export function renderHtml(input: unknown, options?: LetterOptions & { validated?: false }): string;
export function renderHtml(input: unknown, options: LetterOptions = {}): string {
  // The two overloads of buildLetter, joined: `validated` is only true for a validated request.
  return letterToHtml(buildLetter(input as LetterRequest, options as LetterOptions & { validated: true }));
}
