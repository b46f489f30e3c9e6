import { describe, expect, it } from "vitest";
import { examples, isOneCleanLine, lhcInProcess } from "./run-lhc.js";

// The built entry, as the other tests use it (the version is filled in at build time).
type CliModule = typeof import("../src/index.js");
const { ExitCode }: CliModule = await import(new URL("../dist/index.js", import.meta.url).href);

const runWith = lhcInProcess;

const bug = () => new TypeError("Cannot read properties of undefined (reading 'type')");

describe("an error that is a bug is never shown as a refusal", () => {
  it("a fault while reading the input: exit 3 and a request for a bug report, not 'cannot read'", async () => {
    for (const argv of [
      ["validate", "-"],
      ["render", "-", "--format", "md"],
    ]) {
      const result = await runWith(argv, {
        readStdin: async () => {
          throw bug();
        },
      });
      expect(result.code, argv.join(" ")).toBe(ExitCode.internal);
      expect([ExitCode.ok, ExitCode.invalid, ExitCode.usage]).not.toContain(result.code);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(
        /^lhc: internal error: Cannot read properties of undefined \(reading 'type'\) \(a bug in lhc, not a problem with your input; please report it .* at https:\/\/github\.com\/lhc-project\/lhc\/issues\)\n$/,
      );
      expect(result.stderr).not.toMatch(/cannot read standard input/);
      expect(isOneCleanLine(result.stderr)).toBe(true);
    }
  });

  it("a fault while writing the letter is a bug; the system refusing the file is a usage error", async () => {
    const [request] = examples("valid");
    const argv = ["render", request as string, "--format", "md", "-o", "letter.md"];
    const faulty = await runWith(argv, {
      writeFile: async () => {
        throw bug();
      },
    });
    expect(faulty.code).toBe(ExitCode.internal);
    expect(faulty.stderr).toMatch(/^lhc: internal error: .*please report it/);
    const denied = await runWith(argv, {
      writeFile: async () => {
        throw Object.assign(new Error("EACCES: permission denied, open 'letter.md'"), {
          code: "EACCES",
          syscall: "open",
          path: "letter.md",
        });
      },
    });
    expect(denied).toMatchObject({ code: ExitCode.usage, stderr: "lhc: cannot write letter.md: EACCES\n" });
    const missing = await runWith(["validate", "no-such-request.json"], {});
    expect(missing.code).toBe(ExitCode.usage);
    expect(missing.stderr).toContain("cannot read no-such-request.json: no such file");
  });
});
