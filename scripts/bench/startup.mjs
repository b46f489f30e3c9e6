// Start-up cost: each package's main entry imported in a fresh Node process, against a fresh process
// that only reads and JSON.parses the data files the package ships (the least a user could do).
// Timed inside the child around the import or the read, repeated, median reported.
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { codeEntries, listPackages } from "../workspace.mjs";
import { median } from "./table.mjs";
import { dataArtifacts } from "./workspace.mjs";

function timeInFreshProcess(script) {
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  if (child.status !== 0) throw new Error(`child process failed: ${child.stderr.trim().split("\n")[0]}`);
  return Number(child.stdout.trim());
}

function wallTime(args, cwd = undefined) {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { encoding: "utf8", cwd });
  if (child.status !== 0) throw new Error(`${args.join(" ")} failed: ${child.stderr.trim().split("\n")[0]}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function benchStartup({ repeats }) {
  // One start of a whole Node process differs from the next by 10-20% on a shared 2-core VM, far more
  // than an import timed inside a process: the whole-process comparisons take three times the samples,
  // so that their medians, and the ratios the targets are set on, settle.
  const wholeProcessRepeats = repeats * 3;
  const rows = [];
  for (const pkg of listPackages()) {
    const main = codeEntries(pkg).find((e) => e.name === ".");
    const data = dataArtifacts(pkg);
    if (main && data.length > 0) {
      const importScript = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(main.file).href)}); process.stdout.write(String(performance.now() - t));`;
      const parseScript = `import { readFileSync } from "node:fs"; const t = performance.now(); for (const f of ${JSON.stringify(data)}) JSON.parse(readFileSync(f, "utf8")); process.stdout.write(String(performance.now() - t));`;
      const importMs = [];
      const parseMs = [];
      // Alternate the two so that drift in machine load affects both alike.
      for (let i = 0; i < repeats; i++) {
        importMs.push(timeInFreshProcess(importScript));
        parseMs.push(timeInFreshProcess(parseScript));
      }
      rows.push({
        subject: pkg.json.name,
        importMedianMs: median(importMs),
        parseMedianMs: median(parseMs),
        ratio: median(importMs) / median(parseMs),
        dataFiles: data.length,
        importMs,
        parseMs,
      });
    }
    // A package built on zod cannot load faster than zod itself: compare the whole process that imports
    // its main entry with one that imports only the zod it depends on.
    if (main && pkg.json.name === "@lhc/requests") {
      // Both by specifier from the package's folder, so that zod resolves to the ES module the package
      // itself loads (a require.resolve() path would be zod's CommonJS build).
      const importOf = (specifier) => [
        "--input-type=module",
        "-e",
        `await import(${JSON.stringify(specifier)})`,
      ];
      // For reading the ratio, not a target: zod initialises itself (each kind of schema's members, its
      // locale) when a program builds its first schemas, which import("zod") alone never pays. This
      // baseline also builds one schema of each kind the package uses.
      const zodInUse = [
        "--input-type=module",
        "-e",
        `const z = await import("zod"); z.discriminatedUnion("k", [z.strictObject({ k: z.literal("a"), s: z.string().check(z.minLength(1), z.maxLength(9), z.regex(/a/)).optional(), l: z.array(z.enum(["a"])).check(z.minLength(0), z.maxLength(9)), b: z.boolean(), n: z.number(), d: z.iso.date() }).superRefine(() => {}).register(z.globalRegistry, { title: "a" }), z.strictObject({ k: z.literal("b") }).meta({ title: "b" })]); z.union([z.string(), z.number()]);`,
      ];
      const packageMs = [];
      const zodMs = [];
      const zodInUseMs = [];
      for (let i = 0; i < wholeProcessRepeats; i++) {
        packageMs.push(wallTime(importOf(pathToFileURL(main.file).href), pkg.dir));
        zodMs.push(wallTime(importOf("zod"), pkg.dir));
        zodInUseMs.push(wallTime(zodInUse, pkg.dir));
      }
      rows.push({
        subject: `import("${pkg.json.name}") (whole process)`,
        importMedianMs: median(packageMs),
        parseMedianMs: median(zodMs),
        ratio: median(packageMs) / median(zodMs),
        baseline: `import("zod") (whole process)`,
        importMs: packageMs,
        parseMs: zodMs,
      });
      rows.push({
        subject: `import("${pkg.json.name}") (whole process)`,
        importMedianMs: median(packageMs),
        parseMedianMs: median(zodInUseMs),
        ratio: median(packageMs) / median(zodInUseMs),
        baseline: `import("zod") + one schema of each kind (whole process)`,
        importMs: packageMs,
        parseMs: zodInUseMs,
      });
    }
    // The product bin, lhc (the maintainers' commands are lhc's too, loaded when they run).
    for (const bin of codeEntries(pkg).filter((e) => e.kind === "bin" && pkg.json.name === "@lhc/cli")) {
      // A CLI's start-up is the whole process: compare `lhc --version` with a Node process doing nothing.
      const binMs = [];
      const nodeMs = [];
      for (let i = 0; i < wholeProcessRepeats; i++) {
        binMs.push(wallTime([bin.file, "--version"]));
        nodeMs.push(wallTime(["-e", ""]));
      }
      rows.push({
        subject: `${bin.name.slice(4)} --version (whole process)`,
        importMedianMs: median(binMs),
        parseMedianMs: median(nodeMs),
        ratio: median(binMs) / median(nodeMs),
        baseline: "node -e '' (whole process)",
        importMs: binMs,
        parseMs: nodeMs,
      });
    }
  }
  return rows;
}
