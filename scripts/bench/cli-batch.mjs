// `lhc validate` over a folder of request files against a Node script that validates the same files with
// ajv's compiled validator (scripts/bench/ajv-validate.mjs), each a whole process, alternating.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { codeEntries, readPackage, root } from "../workspace.mjs";
import { median } from "./table.mjs";
import { dataArtifacts } from "./workspace.mjs";

export const batchSize = 1_000;

/** `count` request files in a new temporary folder, copies of the valid examples in turn. */
function writeRequestFolder(requestsDir, count) {
  const examplesDir = join(requestsDir, "examples");
  const manifest = JSON.parse(readFileSync(join(examplesDir, "index.json"), "utf8"));
  const valid = manifest.examples.filter((e) => e.valid).map((e) => e.file);
  const dir = mkdtempSync(join(tmpdir(), "lhc-bench-requests-"));
  for (let i = 0; i < count; i++) {
    const example = valid[i % valid.length];
    const name = `${String(i).padStart(4, "0")}-${example.split("/").pop()}`;
    copyFileSync(join(examplesDir, example), join(dir, name));
  }
  return { dir, files: readdirSync(dir).map((name) => join(dir, name)), examples: valid.length };
}

function wallTime(args, expectedStatus) {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== expectedStatus) {
    throw new Error(
      `${args.slice(0, 2).join(" ")} … exited ${child.status}: ${child.stderr.trim().split("\n")[0]}`,
    );
  }
  return elapsed;
}

export function benchCliBatch({ repeats }) {
  const cli = readPackage(join(root, "packages", "cli"));
  const lhc = codeEntries(cli).find((e) => e.name === "bin:lhc");
  const requests = readPackage(join(root, "packages", "requests"));
  const schemaDir = join(
    dataArtifacts(requests).find((f) => f.endsWith("/mla.json")),
    "..",
  );
  const folder = writeRequestFolder(requests.dir, batchSize);
  try {
    const lhcMs = [];
    const ajvMs = [];
    // Each process checks a thousand files: five alternating runs of each are enough for a median.
    for (let i = 0; i < Math.min(repeats, 5); i++) {
      lhcMs.push(wallTime([lhc.file, "validate", ...folder.files], 0));
      ajvMs.push(
        wallTime([join(root, "scripts", "bench", "ajv-validate.mjs"), schemaDir, ...folder.files], 0),
      );
    }
    return {
      files: folder.files.length,
      examples: folder.examples,
      lhcMedianMs: median(lhcMs),
      ajvMedianMs: median(ajvMs),
      ratio: median(lhcMs) / median(ajvMs),
      lhcMs,
      ajvMs,
    };
  } finally {
    rmSync(folder.dir, { recursive: true, force: true });
  }
}
