import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { coverage, coverageTable } from "@lhc/convention";
import { checkData } from "@lhc/convention/data-dir";
import { importBwb } from "@lhc/convention/importer";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { isOneCleanLine, lhc, lhcInProcess } from "./run-lhc.js";

// `lhc convention …` parses and prints; the update and the data check are @lhc/convention's and tested
// there (packages/convention/test/update*.test.ts). These tests hold the command line to its word.
type CliModule = typeof import("../src/index.js");
const { ExitCode }: CliModule = await import(new URL("../dist/index.js", import.meta.url).href);

const conventionDir = dirname(createRequire(import.meta.url).resolve("@lhc/convention/package.json"));
const bwb = (name: string) => join(conventionDir, "test", "fixtures", "bwb", name);
const UNESCO = bwb("BWBV0005577.xml");
const unesco = (data: string, ...more: string[]) => [
  "convention",
  "update",
  "--file",
  UNESCO,
  "--id",
  "BWBV0005577",
  "--data",
  data,
  ...more,
];

const temps: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "lhc-convention-cli-"));
  temps.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

// A repository on 127.0.0.1 that knows no treaty: every download answers 404.
let server: Server;
let baseUrl: string;
beforeAll(async () => {
  server = createServer((_request, response) => response.writeHead(404).end("Not Found"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bwb/`;
});
afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
);

describe("lhc convention update", () => {
  it("merges a BWB file into a data directory and prints the summary; the same update again changes nothing", async () => {
    const data = join(tempDir(), "data");
    const result = await lhcInProcess(unesco(data));
    expect(result.code, result.stderr).toBe(ExitCode.ok);
    expect(result.stdout).toMatch(/^- Articles: \d+ added$/m);
    expect(checkData(data).problems).toEqual([]);
    const dry = await lhcInProcess(unesco(data, "--dry-run"));
    expect(dry.code).toBe(ExitCode.ok);
    expect(dry.stdout).toContain("Nothing to change");
  });

  it("a conflict with the data: exit 1, the conflict printed in full (data and official text), nothing written", async () => {
    const data = join(tempDir(), "data");
    expect((await lhcInProcess(unesco(data))).code).toBe(ExitCode.ok);
    const path = join(data, "preamble.json");
    const preamble = JSON.parse(readFileSync(path, "utf8"));
    const recital = preamble.children.find((c: { eId: string }) => c.eId === "preamble__recital_2");
    const official = recital.text.en.value;
    recital.text.en.value = official.replace("books", "pamphlets");
    writeFileSync(path, `${JSON.stringify(preamble, null, 2)}\n`);
    const before = readFileSync(path, "utf8");
    const result = await lhcInProcess(unesco(data));
    expect(result.code).toBe(ExitCode.refused);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^lhc: 1 conflict\(s\) between the data/);
    expect(result.stderr).toContain(`data:     ${recital.text.en.value}`);
    expect(result.stderr).toContain(`official: ${official}`);
    expect(readFileSync(path, "utf8")).toBe(before);
  });

  it("a failed download: exit 1, one line naming the URL; progress goes to stderr", async () => {
    const result = await lhcInProcess([
      "convention",
      "update",
      "--fetch",
      "--id",
      "BWBV0005577",
      "--base-url",
      baseUrl,
      "--data",
      join(tempDir(), "data"),
    ]);
    expect(result.code).toBe(ExitCode.refused);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`lhc: fetching ${baseUrl}BWBV0005577/manifest.xml`);
    expect(result.stderr.trimEnd().split("\n").at(-1)).toMatch(
      new RegExp(`^lhc: ${baseUrl}BWBV0005577/manifest\\.xml answered 404 Not Found`),
    );
  });

  it("refuses bad options with exit 2 and a line naming the option and the rule", async () => {
    const refusals: Array<[string[], RegExp]> = [
      [[], /exactly one of --fetch \(download\) or --file BWB\.xml/],
      [["--fetch", "--file", "x.xml"], /exactly one of --fetch/],
      [
        ["--file", "x.xml", "--id", "ECHR"],
        /--id must be a BWB id, BWBV or BWBR and seven digits, got "ECHR"/,
      ],
      [["--file", "x.xml", "--base-url", "http://127.0.0.1/"], /--base-url goes with --fetch only/],
      [["--fetch", "--base-url", "ftp://x"], /--base-url must be an http\(s\) URL/],
      [["--fetch", "--colour"], /unknown option '--colour'/],
      // isIsoDate: a date the calendar does not have, and one that is not written YYYY-MM-DD.
      [
        ["--file", "x.xml", "--accessed", "2025-02-30"],
        /--accessed must be a real calendar date written YYYY-MM-DD, got "2025-02-30"/,
      ],
      [["--file", "x.xml", "--accessed", "yesterday"], /--accessed must be a real calendar date/],
      [["--file", bwb("missing.xml"), "--data", tempDir()], /cannot read .*missing\.xml: no such file/],
    ];
    for (const [argv, message] of refusals) {
      const result = await lhcInProcess(["convention", "update", ...argv]);
      expect(result.code, argv.join(" ")).toBe(ExitCode.usage);
      expect(result.stderr, argv.join(" ")).toMatch(message);
      expect(isOneCleanLine(result.stderr), result.stderr).toBe(true);
    }
  });
});

describe("lhc convention check and coverage", () => {
  it("check: the package's data is valid; --format json (or --json) prints the document the build makes", async () => {
    const valid = await lhcInProcess(["convention", "check"]);
    expect(valid.code, valid.stderr).toBe(ExitCode.ok);
    expect(valid.stdout).toMatch(/data: data valid\n$/);
    const data = join(tempDir(), "data");
    expect((await lhcInProcess(unesco(data))).code).toBe(ExitCode.ok);
    const json = await lhcInProcess(["convention", "check", "--data", data, "--json"]);
    expect(JSON.parse(json.stdout)).toEqual(checkData(data).document);
    expect((await lhcInProcess(["convention", "check", "--data", data, "--format", "json"])).stdout).toBe(
      json.stdout,
    );
  });

  it("check: a data directory with problems lists each (file: field: rule) and exits 1", async () => {
    const data = join(tempDir(), "data");
    expect((await lhcInProcess(unesco(data))).code).toBe(ExitCode.ok);
    const meta = JSON.parse(readFileSync(join(data, "meta.json"), "utf8"));
    meta.titles.en.value = "\uFFFF";
    writeFileSync(join(data, "meta.json"), `${JSON.stringify(meta, null, 2)}\n`);
    const problems = checkData(data).problems;
    expect(problems.length).toBeGreaterThan(0);
    const result = await lhcInProcess(["convention", "check", "--data", data]);
    expect(result.code).toBe(ExitCode.refused);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      `lhc: the data directory ${data} has ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join("\n")}\n`,
    );
    const counted = await lhcInProcess(["convention", "coverage", "--data", data]);
    expect(counted.code).toBe(ExitCode.refused);
    expect(counted.stderr).toBe(result.stderr);
  });

  it("coverage: the same command as lhc coverage; --data counts a data directory, --format markdown is the README's table", async () => {
    expect((await lhcInProcess(["convention", "coverage", "--json"])).stdout).toBe(
      (await lhcInProcess(["coverage", "--format", "json"])).stdout,
    );
    expect((await lhcInProcess(["coverage", "--format", "markdown"])).stdout).toBe(`${coverageTable()}\n`);
    const data = join(tempDir(), "data");
    expect((await lhcInProcess(unesco(data))).code).toBe(ExitCode.ok);
    const doc = checkData(data).document ?? undefined;
    const counted = await lhcInProcess(["coverage", "--data", data, "--format", "json"]);
    expect(JSON.parse(counted.stdout)).toEqual(JSON.parse(JSON.stringify(coverage(doc))));
    expect(JSON.parse(counted.stdout).articles.known).toBeGreaterThan(0);
  });
});

describe("lhc convention import-bwb and official-url", () => {
  it("import-bwb writes the imported document as JSON, the same as importBwb; - reads standard input as bytes", async () => {
    const result = await lhcInProcess(["convention", "import-bwb", UNESCO, "--lang", "nl"]);
    expect(result.code, result.stderr).toBe(ExitCode.ok);
    expect(JSON.parse(result.stdout)).toEqual(importBwb(readFileSync(UNESCO, "utf8"), { lang: "nl" }));
    const piped = lhc(["convention", "import-bwb", "-", "--accessed", "2026-11-28"], {
      input: readFileSync(bwb("BWBV0001000.xml"), "utf8"),
    });
    expect(piped.code, piped.stderr).toBe(ExitCode.ok);
    const doc = JSON.parse(piped.stdout);
    expect(doc.meta.lang).toBe("en");
    expect(doc.sources[0].accessed).toBe("2026-11-28");
  });

  it("import-bwb: a file that is not a treaty or not XML exits 1; bad options and a missing file exit 2", async () => {
    const notTreaty = await lhcInProcess(["convention", "import-bwb", bwb("zorgtoeslag_toestand.xml")]);
    expect(notTreaty.code).toBe(ExitCode.refused);
    expect(notTreaty.stderr).toMatch(/is not a treaty/);
    const broken = lhc(["convention", "import-bwb", "-"], {
      input: "<wetgeving><a>&#x110000;</a></wetgeving>",
    });
    expect(broken.code).toBe(ExitCode.refused);
    expect(broken.stderr).toMatch(/&#x110000; names a number beyond U\+10FFFF/);
    expect(broken.stderr).not.toMatch(/internal error|Invalid code point/);
    for (const [argv, message] of [
      [[bwb("missing.xml")], /cannot read .*missing\.xml: no such file/],
      [[UNESCO, "--lang", "fr"], /argument 'fr' is invalid/],
      [[], /missing required argument 'file'/],
      [[UNESCO, "--accessed", "2025-02-30"], /--accessed must be a real calendar date written YYYY-MM-DD/],
    ] as Array<[string[], RegExp]>) {
      const result = await lhcInProcess(["convention", "import-bwb", ...argv]);
      expect(result.code, argv.join(" ")).toBe(ExitCode.usage);
      expect(result.stderr).toMatch(message);
    }
  });

  it("a fault while reading standard input is a bug: exit 3 and a request for a bug report", async () => {
    const result = await lhcInProcess(["convention", "import-bwb", "-"], {
      readStdinBytes: async () => {
        throw new TypeError("Cannot read properties of undefined (reading 'type')");
      },
    });
    expect(result.code).toBe(ExitCode.internal);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^lhc: internal error: Cannot read properties of undefined/);
  });

  it("official-url prints the URL without fetching it; a bad id or date is a usage error", async () => {
    expect((await lhcInProcess(["convention", "official-url"])).stdout).toBe(
      "https://repository.officiele-overheidspublicaties.nl/bwb/BWBV0007040/2024-02-15/xml/BWBV0007040_2024-02-15.xml\n",
    );
    expect((await lhcInProcess(["convention", "official-url", "--version-number", "0"])).stdout).toMatch(
      /2024-02-15_0\/xml\/BWBV0007040_2024-02-15_0\.xml\n$/,
    );
    const id = await lhcInProcess(["convention", "official-url", "--id", "ECHR"]);
    expect(id.code).toBe(ExitCode.usage);
    expect(id.stderr).toMatch(/bwbId must be BWBR or BWBV/);
    const date = await lhcInProcess(["convention", "official-url", "--date", "2024-02-30"]);
    expect(date.code).toBe(ExitCode.usage);
    expect(date.stderr).toMatch(/--date must be a real calendar date written YYYY-MM-DD, got "2024-02-30"/);
  });
});

describe("the lhc bin", () => {
  it("runs lhc convention; its help lists the commands and the exit code of a refusal", () => {
    const help = lhc(["convention", "--help"]);
    expect(help.code).toBe(ExitCode.ok);
    for (const command of ["update", "check", "coverage", "import-bwb", "official-url"]) {
      expect(help.stdout).toMatch(new RegExp(`^  ${command} `, "m"));
    }
    expect(lhc(["--help"]).stdout).toMatch(/convention update:\s+refused/);
    const imported = lhc(["convention", "import-bwb", bwb("BWBV0001206.xml"), "--lang", "en"]);
    expect(JSON.parse(imported.stdout).body).toHaveLength(4);
  });
});
