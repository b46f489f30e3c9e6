#!/usr/bin/env node
/**
 * The data watch (.github/workflows/data-watch.yml): runs the two official-source updates with --fetch,
 * the Convention's text (`lhc convention update`'s `updateConvention`, from the BWB repository) and the parties
 * (`update:register`, from the treaty register), and says whether either changed data.
 *
 * Writes into --out: convention.md and parties.md (each update's summary), pr-body.md (both, for the
 * pull request) and, when data changed, changeset.md (a changeset naming the packages whose data
 * changed). Sets `changed=true|false` in $GITHUB_OUTPUT when that is set. Needs @lhc/convention built.
 *
 * Exit codes: 0 both updates ran (changed or not); 1 an update failed (a failed fetch, a conflict, a
 * refused input): the workflow fails and no pull request is made; 2 bad options.
 *
 * Options (the defaults are the package data and the official sources; the tests point them at a local
 * server and temporary data): --out DIR, --convention-data DIR, --convention-id ID,
 * --convention-base-url URL, --parties-data DIR, --parties-base-url URL.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

/** A digest of every file below `dir`, to tell whether an update changed anything. */
function digest(dir) {
  const hash = createHash("sha256");
  const visit = (current) => {
    if (!existsSync(current)) return;
    for (const entry of readdirSync(current, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) visit(path);
      else hash.update(`${path}\0`).update(readFileSync(path)).update("\0");
    }
  };
  visit(dir);
  return hash.digest("hex");
}

/**
 * The Convention's update, in this process from @lhc/convention's build (what `lhc convention update
 * --fetch` runs; @lhc/cli is built after the packages whose tests run this script). Its progress lines go
 * to stderr; its summary is kept.
 */
async function updateConvention(options) {
  const dataDirModule = join(repoRoot, "packages", "convention", "dist", "data-dir.js");
  const { updateConvention } = await import(pathToFileURL(dataDirModule).href);
  try {
    const report = await updateConvention({
      ...options,
      log: (line) => process.stderr.write(`lhc convention update: ${line}\n`),
    });
    return { ok: true, stdout: `${report.summary}\n`, note: "" };
  } catch (error) {
    process.stderr.write(`lhc convention update: ${error.message}\n`);
    return { ok: false, stdout: "", note: `lhc convention update --fetch: ${error.message.split("\n")[0]}` };
  }
}

/** Runs one update; its progress lines go to stderr, its summary (stdout) is kept. */
function run(label, command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: repoRoot,
      env: process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    child.stdout.setEncoding("utf8").on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => process.stderr.write(chunk));
    child.on("error", (error) => resolve({ ok: false, stdout, note: `${label}: ${error.message}` }));
    child.on("close", (code) => resolve({ ok: code === 0, stdout, note: `${label}: exit code ${code}` }));
  });
}

export async function main(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        out: { type: "string", default: join(repoRoot, "data-watch-out") },
        "convention-data": { type: "string", default: join(repoRoot, "packages", "convention", "data") },
        "convention-id": { type: "string", default: "BWBV0007040" },
        "convention-base-url": { type: "string" },
        "parties-data": { type: "string", default: join(repoRoot, "packages", "parties", "data") },
        "parties-base-url": { type: "string" },
      },
    }));
  } catch (error) {
    console.error(`data-watch: ${error.message}`);
    return 2;
  }
  mkdirSync(values.out, { recursive: true });
  const before = { convention: digest(values["convention-data"]), parties: digest(values["parties-data"]) };

  const convention = await updateConvention({
    from: { fetch: true, baseUrl: values["convention-base-url"] },
    id: values["convention-id"],
    dataDir: values["convention-data"],
  });
  const partiesSummary = join(values.out, "parties.md");
  const parties = await run(
    "parties update:register --fetch",
    join(repoRoot, "packages", "parties", "node_modules", ".bin", "tsx"),
    [
      join(repoRoot, "packages", "parties", "scripts", "update-register.ts"),
      "--fetch",
      "--data",
      values["parties-data"],
      "--summary",
      partiesSummary,
      ...(values["parties-base-url"] ? ["--base-url", values["parties-base-url"]] : []),
    ],
  );
  writeFileSync(join(values.out, "convention.md"), convention.stdout);
  const partiesText = existsSync(partiesSummary) ? readFileSync(partiesSummary, "utf8") : parties.stdout;

  const changed = {
    convention: digest(values["convention-data"]) !== before.convention,
    parties: digest(values["parties-data"]) !== before.parties,
  };
  const body = [
    "Opened by the data watch (.github/workflows/data-watch.yml). Review it as docs/maintaining-the-data.md says.",
    "",
    "## The Convention's text (BWB)",
    "",
    convention.ok ? convention.stdout.trim() : `The update failed (${convention.note}).`,
    "",
    "## The parties (treaty register)",
    "",
    parties.ok ? partiesText.trim() : `The update failed (${parties.note}).`,
    "",
  ].join("\n");
  writeFileSync(join(values.out, "pr-body.md"), body);
  const anyChange = (changed.convention || changed.parties) && convention.ok && parties.ok;
  if (anyChange) {
    const packages = [
      changed.convention ? '"@lhc/convention": patch' : null,
      changed.parties ? '"@lhc/parties": patch' : null,
    ]
      .filter(Boolean)
      .join("\n");
    const what = [
      changed.convention ? "the Convention's text as the official BWB repository publishes it" : null,
      changed.parties ? "the parties data as the Dutch treaty register records it" : null,
    ]
      .filter(Boolean)
      .join(", and ");
    writeFileSync(
      join(values.out, "changeset.md"),
      `---\n${packages}\n---\n\nUpdates ${what} (data watch). The pull request lists each State, date and provision that changed or was confirmed.\n`,
    );
  }
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `changed=${anyChange}\n`);
  for (const step of [convention, parties]) if (!step.ok) console.error(`data-watch: ${step.note}`);
  console.log(
    `data-watch: convention ${convention.ok ? (changed.convention ? "changed" : "unchanged") : "failed"}, parties ${parties.ok ? (changed.parties ? "changed" : "unchanged") : "failed"}`,
  );
  return convention.ok && parties.ok ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
