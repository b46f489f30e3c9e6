#!/usr/bin/env node
// `pnpm bench`: what the packages cost their users, printed as one table with ratios (ratios compare
// across runs on a noisy machine better than absolute figures), and written as JSON to bench-results/.
// Options: --site also times cold and warm builds of apps/site (slow); --quick shortens every section
// (for checking that the benchmarks run, not for figures).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { root } from "../workspace.mjs";
import { benchBundles, benchTarballs, benchTreeShaking } from "./bundles.mjs";
import { benchBwbImport } from "./bwb-import.mjs";
import { benchCliBatch } from "./cli-batch.mjs";
import { benchSiteBuild, draftPageJs, validatorPageJs } from "./site.mjs";
import { benchStartup } from "./startup.mjs";
import { kB, median, ms, opsPerSecond, ratio, renderMarkdownTable, renderTable } from "./table.mjs";
import { benchValidation } from "./validation.mjs";

const { values: options } = parseArgs({
  // pnpm passes a literal "--" through when called as `pnpm bench -- --site`.
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: {
    site: { type: "boolean", default: false },
    quick: { type: "boolean", default: false },
    only: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (options.help) {
  console.log('usage: pnpm bench [-- --site] [-- --quick] [-- --only "validation,start-up"]');
  process.exit(0);
}

const settings = { time: options.quick ? 200 : 2000, repeats: options.quick ? 3 : 9 };
const results = { startedAt: new Date().toISOString(), settings, machine: machine(), sections: {} };
const rows = [];
const failures = [];

// --only runs the named sections alone, e.g. to repeat the timed ones (sizes do not vary between runs).
const only = options.only?.split(",").map((name) => name.trim());

async function section(name, measure, toRows) {
  if (only && !only.includes(name)) return;
  process.stderr.write(`bench: ${name}…\n`);
  try {
    const result = await measure();
    results.sections[name] = result;
    rows.push(...toRows(result));
  } catch (error) {
    results.sections[name] = { error: String(error?.message ?? error) };
    failures.push(`${name}: ${String(error?.message ?? error)}`);
    rows.push([name, "not measured (see error below)", "", "", ""]);
  }
}

await section(
  "validation",
  () => benchValidation(settings),
  (r) =>
    r.map((v) => [
      "validation",
      `full ${v.requestType} request (${kB(v.exampleBytes)})`,
      `zod ${opsPerSecond(v.zodOpsPerSecond)}`,
      `ajv ${opsPerSecond(v.ajvOpsPerSecond)}`,
      `${ratio(v.zodOverAjvTime)} (zod time / ajv time)`,
    ]),
);

await section(
  "start-up",
  () => benchStartup(settings),
  (r) =>
    r.map((s) => [
      "start-up",
      s.baseline ? s.subject : `import("${s.subject}"), fresh process`,
      `${ms(s.importMedianMs)} median of ${s.importMs.length}`,
      s.baseline
        ? `${s.baseline} ${ms(s.parseMedianMs)}`
        : `read + JSON.parse its data ${ms(s.parseMedianMs)}`,
      ratio(s.ratio),
    ]),
);

await section(
  "lhc validate",
  () => benchCliBatch(settings),
  (b) => [
    [
      "lhc validate",
      `${b.files} request files (copies of the ${b.examples} valid examples), whole process`,
      `${ms(b.lhcMedianMs)} median of ${b.lhcMs.length}`,
      `node + ajv script ${ms(b.ajvMedianMs)}`,
      ratio(b.ratio),
    ],
  ],
);

await section(
  "bwb import",
  () => benchBwbImport({ ...settings, quick: options.quick }),
  (r) => [
    [
      "bwb import",
      `importBwb, ${r.articles.large} vs ${r.articles.small} generated articles, fresh process`,
      `${ms(median(r.articles.largeMs))} vs ${ms(median(r.articles.smallMs))}`,
      "linear is 2.00×, target ≤ 2.20×",
      ratio(r.articles.ratio),
    ],
    [
      "bwb import",
      `importBwb, one ${(r.big.bytes / 1e6).toFixed(0)} MB paragraph`,
      ms(r.big.ms),
      `peak memory ${r.big.peakRssMb.toFixed(0)} MB`,
      "",
    ],
  ],
);

await section("tarball", benchTarballs, (r) =>
  r.map((t) => [
    "tarball (pnpm pack)",
    t.package,
    kB(t.bytes),
    t.limit === null ? "no limit stated" : `limit ${kB(t.limit)}`,
    t.limit === null ? "–" : `${ratio(t.bytes / t.limit)} of limit`,
  ]),
);

await section("bundle size", benchBundles, (r) =>
  r.map((b) => [
    "bundle (esbuild)",
    `${b.package} ${b.entry}`,
    `${kB(b.gzip)} gzip (${kB(b.minified)} min)`,
    b.limit === null ? "no limit stated" : `limit ${kB(b.limit)} gzip`,
    b.limit === null ? "–" : `${ratio(b.gzip / b.limit)} of limit`,
  ]),
);

await section("tree-shaking", benchTreeShaking, (rows) =>
  rows.map((t) => [
    "tree-shaking",
    `${t.subject} vs all of @lhc/requests`,
    `${kB(t.gzip)} gzip`,
    `${kB(t.wholeGzip)} gzip`,
    ratio(t.ratio),
  ]),
);

if (options.site) {
  await section("site build", benchSiteBuild, (s) => [
    ["site", "apps/site build, cold vs warm", `cold ${ms(s.coldMs)}`, `warm ${ms(s.warmMs)}`, ratio(s.ratio)],
  ]);
}
// With --site, the page is measured in the build just made; otherwise in apps/site/build if present.
const freshBuild = results.sections["site build"]?.outDir;
await section(
  "validator page",
  () => validatorPageJs(freshBuild),
  (v) => [
    v === null
      ? [
          "site",
          "validator page JS",
          "no site build with a validator page",
          "(run pnpm bench -- --site)",
          "–",
        ]
      : [
          "site",
          `${v.route}: JavaScript ${v.method} (${v.files.length} files)`,
          `${kB(v.gzip)} gzip`,
          `${kB(v.raw)} raw`,
          ratio(v.gzip / v.raw),
        ],
    ...(v?.afterValidation
      ? [
          [
            "site",
            `${v.route}: JavaScript added by validating one request (${v.afterValidation.files.length} files)`,
            `${kB(v.afterValidation.gzip)} gzip`,
            `${kB(v.afterValidation.raw)} raw`,
            ratio(v.afterValidation.gzip / v.afterValidation.raw),
          ],
        ]
      : []),
  ],
);

const draftBudget = JSON.parse(readFileSync(join(root, "scripts", "size-budgets.json"), "utf8")).pages?.[
  "/draft"
]?.js;
await section(
  "builder page",
  () => draftPageJs(freshBuild),
  (d) => [
    d === null
      ? ["site", "/draft JS", "no site build with /draft, or no Chromium", "(run pnpm bench -- --site)", "–"]
      : [
          "site",
          `/draft: JavaScript loaded in Chromium (${d.files.length} files)`,
          `${kB(d.gzip)} gzip`,
          draftBudget ? `budget ${kB(draftBudget)} gzip` : "no budget stated",
          draftBudget ? ratio(d.gzip / draftBudget) : "–",
        ],
    ...(d
      ? [
          [
            "site",
            `/draft: JavaScript added by starting a new request, the form (${d.afterNewRequest.files.length} files)`,
            `${kB(d.afterNewRequest.gzip)} gzip`,
            `${kB(d.gzip + d.afterNewRequest.gzip)} gzip in all`,
            "–",
          ],
        ]
      : []),
  ],
);

if (freshBuild) rmSync(freshBuild, { recursive: true, force: true });

const headers = ["section", "subject", "measured", "against", "ratio"];
console.log(`\n${renderTable(headers, rows)}`);
console.log(`\n${results.machine.cpu} × ${results.machine.cores}, Node ${process.versions.node}`);

const outDir = join(root, "bench-results");
mkdirSync(outDir, { recursive: true });
const json = `${JSON.stringify(results, null, 2)}\n`;
const stamp = results.startedAt.replace(/[:.]/g, "-");
writeFileSync(join(outDir, `bench-${stamp}.json`), json);
writeFileSync(join(outDir, "latest.json"), json);
writeFileSync(
  join(outDir, "latest.md"),
  `${renderMarkdownTable(headers, rows)}\n\n${results.machine.cpu} × ${results.machine.cores}, Node ${results.machine.node}, ${results.startedAt}\n`,
);
console.log(
  `Results written to bench-results/bench-${stamp}.json, latest.json and latest.md (Markdown table)`,
);

if (failures.length > 0) {
  console.error(`\n${failures.length} section(s) could not be measured:`);
  for (const f of failures) console.error(`  ${f}`);
  process.exitCode = 1;
}

function machine() {
  return {
    cpu: cpus()[0]?.model.trim() ?? "unknown CPU",
    cores: availableParallelism(),
    memoryGB: Math.round(totalmem() / 1e9),
    node: process.versions.node,
    platform: `${process.platform} ${process.arch}`,
  };
}
