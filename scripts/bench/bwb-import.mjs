// The BWB importer's cost on generated treaties (issue 20): a treaty of 10k and of 20k articles, each
// imported in a fresh process (the ratio shows whether the cost grows linearly: 2.0× is linear), and a
// 60 MB file (one article whose paragraph holds 60 MB of text) for time and peak memory. The inputs
// are generated into a temporary directory and removed; they are never committed.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { root } from "../workspace.mjs";
import { median } from "./table.mjs";

const importer = pathToFileURL(join(root, "packages/convention/dist/importer.js")).href;

const wrap = (body) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<wetgeving bwb-id="BWBV9999999" soort="verdrag"><intitule>Generated</intitule><verdrag tekst="authentiek" xml:lang="en"><verdragtekst><kop><titel>Generated treaty</titel></kop><wettekst>${body}</wettekst></verdragtekst></verdrag></wetgeving>\n`;

function articles(n) {
  const parts = [];
  for (let k = 1; k <= n; k++) {
    parts.push(
      `<artikel><kop><label>Article</label><nr>${k}</nr></kop><lid><lidnr>1</lidnr><al>The Parties shall cooperate under article ${k}.</al><lijst><li><li.nr>(a)</li.nr><al>first</al></li><li><li.nr>(b)</li.nr><al>second</al></li></lijst></lid></artikel>`,
    );
  }
  return wrap(parts.join("\n"));
}

function bigParagraph(bytes) {
  const sentence = "The requested State shall execute the request in accordance with its law. ";
  return wrap(
    `<artikel><kop><label>Article</label><nr>1</nr></kop><al>${sentence.repeat(Math.ceil(bytes / sentence.length))}</al></artikel>`,
  );
}

/** Imports a file in a fresh process: the time of importBwb alone, and the process's peak memory. */
function importOnce(file) {
  const script = `import { readFileSync } from "node:fs"; import { importBwb } from ${JSON.stringify(importer)}; const xml = readFileSync(${JSON.stringify(file)}, "utf8"); const t = performance.now(); importBwb(xml, { lang: "en" }); process.stdout.write(JSON.stringify({ ms: performance.now() - t, maxRssKb: process.resourceUsage().maxRSS }));`;
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`import failed: ${child.stderr.trim().split("\n")[0]}`);
  return JSON.parse(child.stdout);
}

export function benchBwbImport({ repeats, quick }) {
  const dir = mkdtempSync(join(tmpdir(), "lhc-bench-bwb-"));
  try {
    const small = quick ? 1000 : 10000;
    const files = { small: join(dir, "small.xml"), large: join(dir, "large.xml"), big: join(dir, "big.xml") };
    writeFileSync(files.small, articles(small));
    writeFileSync(files.large, articles(small * 2));
    const bigBytes = quick ? 6e6 : 60e6;
    writeFileSync(files.big, bigParagraph(bigBytes));
    const runs = Math.max(3, Math.min(repeats, 5));
    const smallMs = [];
    const largeMs = [];
    // Alternate the two so that drift in machine load affects both alike.
    for (let i = 0; i < runs; i++) {
      smallMs.push(importOnce(files.small).ms);
      largeMs.push(importOnce(files.large).ms);
    }
    const big = importOnce(files.big);
    return {
      articles: { small, large: small * 2, smallMs, largeMs, ratio: median(largeMs) / median(smallMs) },
      big: { bytes: bigBytes, ms: big.ms, peakRssMb: big.maxRssKb / 1024 },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
