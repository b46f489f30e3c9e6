import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { INTERNAL_ERROR, runCli } from "../src/cli-main.js";
import { importBwb } from "../src/importer/index.js";
import { run } from "./run-cli.js";

const packageDir = join(import.meta.dirname, "..");
const fixturePath = (name: string) => join(packageDir, "test", "fixtures", "bwb", name);

describe("lhc-convention import-bwb", () => {
  it("writes the imported document as JSON, the same as importBwb", async () => {
    const result = await run(["import-bwb", fixturePath("BWBV0005577.xml"), "--lang", "nl"]);
    expect(result.code).toBe(0);
    const xml = readFileSync(fixturePath("BWBV0005577.xml"), "utf8");
    expect(JSON.parse(result.stdout)).toEqual(importBwb(xml, { lang: "nl" }));
  });

  it("reads stdin with '-', defaults to English and records --accessed", async () => {
    const xml = readFileSync(fixturePath("BWBV0001000.xml"), "utf8");
    const result = await run(["import-bwb", "-", "--accessed", "2026-11-28"], xml);
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout);
    expect(doc.meta.lang).toBe("en");
    expect(doc.sources[0].accessed).toBe("2026-11-28");
  });

  it("fails with a clear message and exit code 1 on a file that is not a treaty", async () => {
    const result = await run(["import-bwb", fixturePath("zorgtoeslag_toestand.xml"), "--lang", "nl"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/is not a treaty/);
  });

  it("fails on a missing file, a bad language or bad arguments", async () => {
    expect((await run(["import-bwb", fixturePath("missing.xml")])).stderr).toMatch(
      /cannot read .*missing\.xml: ENOENT/,
    );
    expect(await run(["import-bwb", fixturePath("BWBV0001000.xml"), "--lang", "fr"])).toMatchObject({
      code: 2,
    });
    expect((await run(["import-bwb"])).stderr).toMatch(/exactly one file/);
    expect((await run(["import-bwb", "a.xml", "--accessed", "yesterday"])).stderr).toMatch(
      /--accessed must be a date/,
    );
    expect(await run(["import-bwb", "a.xml", "--colour"])).toMatchObject({ code: 2 });
    expect((await run(["frobnicate"])).stderr).toMatch(/unknown command "frobnicate"/);
  });
});

describe("lhc-convention official-url and coverage", () => {
  it("prints the official XML URL without fetching it", async () => {
    expect((await run(["official-url"])).stdout).toBe(
      "https://repository.officiele-overheidspublicaties.nl/bwb/BWBV0007040/2024-02-15/xml/BWBV0007040_2024-02-15.xml\n",
    );
    expect((await run(["official-url", "--version", "0"])).stdout).toMatch(
      /2024-02-15_0\/xml\/BWBV0007040_2024-02-15_0\.xml/,
    );
  });

  it("prints the coverage table", async () => {
    expect((await run(["coverage"])).stdout).toMatch(/^\| Kind \| In the data/);
  });
});

describe("errors that are bugs", () => {
  it("an unexpected error exits with its own code and asks for a bug report, never as a refusal", async () => {
    let stderr = "";
    let stdout = "";
    // A fault inside lhc-convention, fed in where it reads its input: not a problem with any file.
    const code = await runCli(["import-bwb", "-"], {
      stdout: (t) => {
        stdout += t;
      },
      stderr: (t) => {
        stderr += t;
      },
      readStdin: () => {
        throw new TypeError("Cannot read properties of undefined (reading 'type')");
      },
    });
    expect(code).toBe(INTERNAL_ERROR);
    expect([0, 1, 2]).not.toContain(code);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^lhc-convention: internal error: this is a bug in lhc-convention/);
    expect(stderr).toContain("Please report it at https://github.com/lhc-project/lhc/issues");
    expect(stderr).toContain("TypeError: Cannot read properties of undefined (reading 'type')");
    // The usage lists the code, so that scripts can tell a bug from a refusal.
    expect((await run(["--help"])).stdout).toContain(`${INTERNAL_ERROR} internal error`);
  });

  it("refusals keep exit 1 and usage errors exit 2, with no bug report", async () => {
    const refused = await run(["import-bwb", "-"], "<wetgeving><a>&#x110000;</a></wetgeving>");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/&#x110000; names a number beyond U\+10FFFF/);
    expect(refused.stderr).not.toMatch(/internal error|Please report|Invalid code point/);
    const usage = await run(["official-url", "--id", "ECHR"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/bwbId must be BWBR or BWBV/);
    expect(usage.stderr).not.toMatch(/Please report/);
  });
});

describe("the built bin", () => {
  it("runs through the package's bin (bin/lhc-convention.js → dist/cli.js)", () => {
    const pkg = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
    const bin = join(packageDir, pkg.bin["lhc-convention"]);
    expect(readFileSync(bin, "utf8").startsWith("#!/usr/bin/env node")).toBe(true);
    const out = execFileSync(
      process.execPath,
      [bin, "import-bwb", fixturePath("BWBV0001206.xml"), "--lang", "en"],
      {
        encoding: "utf8",
      },
    );
    expect(JSON.parse(out).body).toHaveLength(4);
    const failed = spawnSync(process.execPath, [bin, "import-bwb", "-"], {
      input: "<broken",
      encoding: "utf8",
    });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/not well-formed XML/);
  });
});
