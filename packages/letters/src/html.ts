import { buildLetter, type Letter, type LetterNode, type LetterOptions } from "./model.js";

/** Escapes text for HTML element content and attribute values: values are data, never markup. */
export function escapeHtml(text: string): string {
  return text
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
.letter header { border-bottom: 1px solid #444; margin-bottom: 1.5rem; padding-bottom: 0.75rem; }
.letter h1 { font-size: 1.5rem; margin: 0 0 0.5rem; }
.letter .parties { margin: 0; }
.letter h2 { font-size: 1.2rem; margin: 1.75rem 0 0.5rem; border-bottom: 1px solid #bbb; }
.letter h3, .letter h4, .letter h5, .letter h6 { font-size: 1rem; margin: 1rem 0 0.25rem; }
.letter section section { margin-left: 1rem; }
.letter dl { display: grid; grid-template-columns: minmax(10rem, 14rem) 1fr; gap: 0.25rem 1rem; margin: 0.25rem 0; }
.letter dt { font-weight: bold; }
.letter dd { margin: 0; white-space: pre-wrap; overflow-wrap: break-word; }
.letter dd ul { margin: 0; padding-left: 1.1rem; }
.letter .basis { font-size: 0.85em; color: #444; margin: 0.1rem 0 0.4rem; }
.letter footer { margin-top: 2rem; font-size: 0.85em; color: #444; border-top: 1px solid #bbb; padding-top: 0.5rem; }
@media print {
  @page { size: A4; margin: 20mm 18mm; }
  .letter { margin: 0; padding: 0; max-width: none; }
  .letter h2, .letter h3, .letter h4 { break-after: avoid; }
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
      .map(
        (leaf) =>
          `<dt>${escapeHtml(leaf.label)}</dt><dd>${renderValues(leaf.values ?? [])}${
            leaf.basis ? `<p class="basis">${escapeHtml(leaf.basis)}</p>` : ""
          }</dd>`,
      )
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
    html += `<section><h${level}>${escapeHtml(node.label)}</h${level}>${
      node.basis ? `<p class="basis">${escapeHtml(node.basis)}</p>` : ""
    }${renderNodes(node.children, depth + 1)}</section>`;
  }
  flush();
  return html;
}

/** A letter as one standalone HTML document with print styles. */
export function letterToHtml(letter: Letter): string {
  const sections = letter.sections
    .map(
      (section) =>
        `<section id="${escapeHtml(section.id)}"><h2>${escapeHtml(section.heading)}</h2>${renderNodes(section.nodes, 3)}</section>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="${escapeHtml(letter.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${letter.title} (${letter.header.date})`)}</title>
<style>${STYLES}</style>
</head>
<body>
<article class="letter">
<header>
<h1>${escapeHtml(letter.title)}</h1>
<p class="parties">${escapeHtml(letter.header.from)}<br>${escapeHtml(letter.header.to)}<br><time datetime="${escapeHtml(letter.header.date)}">${escapeHtml(letter.header.date)}</time></p>
</header>
${sections}
<footer>${letter.basisNote ? `<p>${escapeHtml(letter.basisNote)}</p>` : ""}<p>${escapeHtml(letter.generatedNote)}</p></footer>
</article>
</body>
</html>
`;
}

/** Validates a request and renders it as an HTML letter; throws RequestValidationError when it is invalid. */
export function renderHtml(input: unknown, options: LetterOptions = {}): string {
  return letterToHtml(buildLetter(input, options));
}
