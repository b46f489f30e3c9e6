import { execFileSync, spawnSync } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { convention as conventionDocument } from "@lhc/convention";
import type { Party } from "@lhc/parties";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliPath } from "./run-lhc.js";

// The proof that `lhc parties update` gives a complete parties data set for a treaty: the recorded
// register item 000004 (the Granada Convention) imported into an EMPTY data directory, then @lhc/parties
// built from that directory the way a build with LHC_PARTIES_DATA is (scripts/build-data.ts, then the
// entry bundled with the generated data), and the CLI installed beside it. Every count is taken from the
// XML here, by its own reading (regular expressions, not the package's parser).
const require = createRequire(import.meta.url);
const cliDir = join(import.meta.dirname, "..");
const partiesDir = dirname(require.resolve("@lhc/parties/package.json"));
const itemPath = join(partiesDir, "test", "fixtures", "verdragenbank", "verdragenbank_item_000004.xml");
const xml = readFileSync(itemPath, "utf8");
const ACCESSED = "2026-12-02";
const titleInXml = /<dcterms:title[^>]*>([^<]+)</.exec(xml)?.[1];

const decode = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, "&");
const normalise = (text: string) => decode(text).replace(/\s+/g, " ").trim();
/** A dated element of a party's block: its date, unless nil or the register's placeholder 0001-01-01. */
const dateIn = (block: string, element: string) => {
  const date = new RegExp(`<${element}>(\\d{4}-\\d{2}-\\d{2})</${element}>`).exec(block)?.[1];
  return date && date !== "0001-01-01" ? date : null;
};
const blocks = [...xml.matchAll(/<Partij>([\s\S]*?)<\/Partij>/g)].map((m) => m[1] as string);
const inXml = {
  parties: blocks.length,
  signatures: blocks.filter((b) => dateIn(b, "DatumOndertekenning")).length,
  consents: blocks.filter((b) => dateIn(b, "DatumRatificatie")).length,
  consentTypes: blocks
    .filter((b) => dateIn(b, "DatumRatificatie"))
    .map((b) => /<TypeInstemming>([^<]+)<\/TypeInstemming>/.exec(b)?.[1] ?? null)
    .sort(),
  entriesIntoForce: blocks.filter((b) => dateIn(b, "DatumInwerkingtreding")).length,
  reservationTexts: blocks
    .flatMap((b) => [...b.matchAll(/<TekstVoorbehoud>([\s\S]*?)<\/TekstVoorbehoud>/g)])
    .map((m) => normalise(m[1] as string))
    .sort(),
};

let root: string;
let data: string;
let generated: string;
let lhcBin: string;
let parties: typeof import("@lhc/parties");

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "lhc-parties-empty-"));
  data = join(root, "data");
  const update = spawnSync(
    process.execPath,
    [
      cliPath,
      "parties",
      "update",
      "--file",
      itemPath,
      "--id",
      "000004",
      "--data",
      data,
      "--accessed",
      ACCESSED,
    ],
    { encoding: "utf8" },
  );
  if (update.status !== 0) throw new Error(`lhc parties update exited ${update.status}: ${update.stderr}`);

  generated = join(root, "generated");
  execFileSync(
    process.execPath,
    ["--import", "tsx", join(partiesDir, "scripts", "build-data.ts"), "--quiet", "--out", generated],
    { cwd: partiesDir, env: { ...process.env, LHC_PARTIES_DATA: data } },
  );
  const modules = join(root, "node_modules");
  const installed = join(modules, "@lhc", "parties");
  const { build } = await import("esbuild");
  for (const entry of ["index", "statuses"]) {
    await build({
      entryPoints: [join(partiesDir, "src", `${entry}.ts`)],
      bundle: true,
      format: "esm",
      platform: "node",
      outfile: join(installed, "dist", `${entry}.js`),
      logLevel: "silent",
      plugins: [
        {
          name: "alternative-data",
          setup(b) {
            b.onResolve({ filter: /generated\/dataset\.js$/ }, () => ({
              path: join(generated, "dataset.ts"),
            }));
          },
        },
      ],
    });
  }
  writeFileSync(
    join(installed, "package.json"),
    JSON.stringify({
      name: "@lhc/parties",
      type: "module",
      exports: { ".": "./dist/index.js", "./statuses": "./dist/statuses.js" },
    }),
  );
  const cli = join(modules, "@lhc", "cli");
  for (const part of ["package.json", "bin", "dist"])
    cpSync(join(cliDir, part), join(cli, part), { recursive: true });
  for (const name of ["@lhc/convention", "@lhc/requests", "commander", "csv-stringify"]) {
    const target = realpathSync(join(cliDir, "node_modules", name));
    mkdirSync(dirname(join(modules, name)), { recursive: true });
    symlinkSync(target, join(modules, name), "dir");
  }
  lhcBin = join(cli, relative(cliDir, cliPath));
  parties = await import(pathToFileURL(join(installed, "dist", "index.js")).href);
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

const stateFiles = (): Party[] =>
  readdirSync(join(data, "states")).map((name) =>
    JSON.parse(readFileSync(join(data, "states", name), "utf8")),
  );

describe("item 000004 imported into an empty data directory", () => {
  it("creates the data set's files, naming the treaty from the item", () => {
    expect(readdirSync(data).sort()).toEqual([
      "dataset.json",
      "provisional-application.json",
      "sources.json",
      "states",
    ]);
    const meta = JSON.parse(readFileSync(join(data, "dataset.json"), "utf8"));
    expect(meta.treaty.verdragenbank).toBe("000004");
    expect(titleInXml).toBeTruthy();
    expect(meta.treaty.title).toBe(decode(titleInXml ?? ""));
    expect(meta.asOf).toBe(ACCESSED);
  });

  it("holds every party, signature, consent (by the register's type code), entry into force and reservation text of the XML", () => {
    const files = stateFiles();
    expect(files).toHaveLength(inXml.parties);
    expect(files.filter((p) => p.signature).length).toBe(inXml.signatures);
    expect(files.filter((p) => p.consent).length).toBe(inXml.consents);
    expect(files.flatMap((p) => (p.consent ? [p.consent.typeInSource?.code ?? null] : [])).sort()).toEqual(
      inXml.consentTypes,
    );
    expect(files.filter((p) => p.entryIntoForce).length).toBe(inXml.entriesIntoForce);
    expect(
      files
        .flatMap((p) => p.declarations)
        .map((d) => normalise(d.text ?? ""))
        .sort(),
    ).toEqual(inXml.reservationTexts);
  });

  it("builds a package whose statusOn and inForceBetween answer on that data", () => {
    expect(parties.parties).toHaveLength(inXml.parties);
    const inForce = parties.parties.filter((p) => p.entryIntoForce);
    expect(inForce.length).toBe(inXml.entriesIntoForce);
    for (const party of inForce) {
      expect(parties.statusOn(party.code, ACCESSED)).toMatchObject({
        status: "entry-into-force-published",
        since: party.entryIntoForce?.date,
      });
    }
    const [a, b] = inForce;
    if (!a || !b) throw new Error("fewer than two States with entry into force");
    const between = parties.inForceBetween(a.code, b.code, ACCESSED);
    expect(between.asOf).toBe(ACCESSED);
    expect(between.answer).not.toBe("no");
    const signedOnly = parties.parties.find((p) => p.signature && !p.consent);
    if (signedOnly) expect(parties.statusOn(signedOnly.code, ACCESSED).status).toBe("signed");
  });

  it("builds data that names the item's treaty and carries none of the Convention's facts", () => {
    const treaty = { verdragenbank: "000004", title: decode(titleInXml ?? "") };
    expect(parties.treaty).toEqual(treaty);
    expect(parties.dataset.treaty).toEqual(treaty);
    expect(parties.convention).toBeNull();
    for (const fact of [
      parties.depositary,
      parties.entryIntoForceRule,
      parties.identifiers,
      parties.provisionalApplication,
      parties.signaturePeriod,
    ])
      expect(fact).toBeNull();
    const published = readFileSync(join(generated, "parties.json"), "utf8");
    expect(JSON.parse(published)).toMatchObject({ treaty, convention: null });
    const { titles } = conventionDocument.meta;
    for (const conventionFact of [titles.en.value, titles.nl.value, "013717"])
      expect(published).not.toContain(conventionFact);
    expect(parties.timeline().filter((event) => event.code === null)).toEqual([]);
  });

  it("`lhc parties` prints the item's treaty title, not the Convention's", () => {
    const result = spawnSync(process.execPath, [lhcBin, "parties", "--on", ACCESSED], {
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.split("\n")[0]).toContain(decode(titleInXml ?? ""));
    expect(result.stdout).not.toContain(conventionDocument.meta.titles.en.value ?? "");
  });

  it("`lhc parties` lists every State of the item", () => {
    const result = spawnSync(process.execPath, [lhcBin, "parties", "--on", ACCESSED, "--format", "json"], {
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(result.status, result.stderr).toBe(0);
    const listed = JSON.parse(result.stdout);
    expect(listed.asOf).toBe(ACCESSED);
    expect(listed.treaty).toEqual({ verdragenbank: "000004", title: decode(titleInXml ?? "") });
    expect(listed.parties).toHaveLength(inXml.parties);
    expect(
      listed.parties.filter((p: { consentDeposited: string | null }) => p.consentDeposited),
    ).toHaveLength(inXml.consents);
  });
});
