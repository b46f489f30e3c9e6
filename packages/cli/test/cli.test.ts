import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cliPath, isOneCleanLine, lhc } from "./run-lhc.js";

// The built entry has the API of the source it is built from.
type CliModule = typeof import("../src/index.js");

const packageJson = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const commands = ["validate", "migrate", "parties", "party", "between", "cite", "coverage", "schema"];

describe("lhc itself", () => {
  it("prints its version with --version and -V", () => {
    for (const flag of ["--version", "-V"]) {
      const result = lhc([flag]);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(`${packageJson.version}\n`);
    }
  });

  it("lists every command in --help", () => {
    const result = lhc(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    for (const command of commands) expect(result.stdout).toMatch(new RegExp(`^  ${command}\\b`, "m"));
  });

  it.each(commands)("has --help for %s", (command) => {
    const result = lhc([command, "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Usage: lhc ${command}`);
    expect(result.stderr).toBe("");
  });

  it("prints usage on stderr and exits 2 when no command is given", () => {
    const result = lhc([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("Usage: lhc");
  });

  it("rejects an unknown command in one line, suggesting the nearest one", () => {
    const result = lhc(["valdate", "x.json"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("lhc: error: unknown command 'valdate' (Did you mean validate?)\n");
  });

  it("rejects an unknown option in one line", () => {
    const result = lhc(["parties", "--colour"]);
    expect(result.code).toBe(2);
    expect(isOneCleanLine(result.stderr)).toBe(true);
    expect(result.stderr).toContain("unknown option '--colour'");
  });

  it("rejects a missing argument in one line", () => {
    const result = lhc(["between", "LV"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("lhc: error: missing required argument 'B'\n");
  });
});

describe("output into a pipe that closes early (lhc schema mla | head -1)", () => {
  it("stops quietly, without an error on stderr", async () => {
    const child = spawn(process.execPath, [cliPath, "schema", "mla"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    // Close our end after the first chunk, as `head -1` does.
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on("close", (exitCode) => resolve(exitCode)));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });
});

describe("the programmatic entry", () => {
  it("runs a command with captured output and resolves to the exit code (ESM)", async () => {
    const { run }: CliModule = await import(new URL("../dist/index.js", import.meta.url).href);
    let out = "";
    const code = await run(["schema", "mla"], { stdout: (text: string) => (out += text) });
    expect(code).toBe(0);
    expect(JSON.parse(out).$id).toMatch(/mla\.json$/);
  });

  it("reports errors through io.stderr instead of throwing (CommonJS)", async () => {
    const { createRequire } = await import("node:module");
    const { run }: CliModule = createRequire(import.meta.url)("../dist/index.cjs");
    let err = "";
    const code = await run(["party", "ZZ"], { stderr: (text: string) => (err += text) });
    expect(code).toBe(2);
    expect(err).toMatch(/^lhc: code "ZZ" is not a State/);
  });
});
