import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CliIo } from "../src/index.js";

const packageDir = fileURLToPath(new URL("..", import.meta.url));

/** The built bin, exactly what `npx @lhc/cli` runs: the file package.json names. */
export const cliPath = join(
  packageDir,
  JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")).bin.lhc,
);

export interface LhcResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function lhc(args: readonly string[], options: { input?: string; cwd?: string } = {}): LhcResult {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    encoding: "utf8",
    input: options.input ?? "",
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The request examples shipped in @lhc/requests, as installed beside the CLI. */
export const requestsDir = dirname(createRequire(import.meta.url).resolve("@lhc/requests/package.json"));

export function examples(kind: "valid" | "invalid"): string[] {
  const dir = join(requestsDir, "examples", kind);
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => join(dir, name));
}

/** Errors must be one line, without a stack trace. */
export function isOneCleanLine(stderr: string): boolean {
  return stderr.endsWith("\n") && stderr.trimEnd().split("\n").length === 1 && !/\n\s+at /.test(stderr);
}

/** Runs lhc in this process, from its built entry, with some of its I/O replaced, collecting what it writes. */
export async function lhcInProcess(argv: string[], io: Partial<CliIo> = {}): Promise<LhcResult> {
  const { run }: typeof import("../src/index.js") = await import(
    new URL("../dist/index.js", import.meta.url).href
  );
  let stdout = "";
  let stderr = "";
  const code = await run(argv, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    ...io,
  });
  return { code, stdout, stderr };
}
