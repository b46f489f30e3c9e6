import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../scripts/update-register.js";
import { isTreatyRegisterSource } from "../src/index.js";
import { lintAndCollect } from "../src/lint/index.js";
import { readSourceFiles } from "../src/lint/source-files.js";
import { MAX_ITEM_BYTES, readRegisterItem } from "../src/register/item.js";
import { mergeRegisterItem } from "../src/register/update.js";
import { registerItemXml, registerPartiesOf, spainSigned } from "./helpers/register-xml.js";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const fixtures = join(packageDir, "test", "fixtures", "verdragenbank");
const granada = readFileSync(join(fixtures, "verdragenbank_item_000004.xml"), "utf8");
const temporaryDirs: string[] = [];

const real = lintAndCollect(readSourceFiles(packageDir)).data;
if (!real) throw new Error("the package's data does not pass its lints");

function copyOfData(): string {
  const root = mkdtempSync(join(tmpdir(), "lhc-register-"));
  temporaryDirs.push(root);
  cpSync(join(packageDir, "data"), join(root, "data"), { recursive: true });
  return join(root, "data");
}

/** Every file of a data directory with its bytes, to compare before and after. */
function snapshot(dataDir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const visit = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) visit(join(dir, entry.name), `${prefix}${entry.name}/`);
      else files[`${prefix}${entry.name}`] = readFileSync(join(dir, entry.name), "utf8");
    }
  };
  visit(dataDir, "");
  return files;
}

afterEach(() => {
  for (const dir of temporaryDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

/** Counted from the XML text itself, not through the reader under test. */
const countOf = (xml: string, pattern: RegExp) => (xml.match(pattern) ?? []).length;

describe("reading a register item", () => {
  it("reads every party, signature, consent by type and reservation text of the recorded item 000004", () => {
    const item = readRegisterItem(granada, "000004");
    expect(item.parties).toHaveLength(countOf(granada, /<Partij>/g));
    expect(item.parties.filter((p) => p.signature !== null)).toHaveLength(
      countOf(granada, /<DatumOndertekenning>\d{4}-\d{2}-\d{2}</g),
    );
    for (const code of ["R", "T", "VG"]) {
      expect(item.parties.filter((p) => p.consentType === code)).toHaveLength(
        countOf(granada, new RegExp(`<TypeInstemming>${code}</TypeInstemming>`, "g")),
      );
    }
    const reservations = item.parties.flatMap((p) => p.reservations);
    expect(reservations).toHaveLength(countOf(granada, /<Voorbehoud>/g));
    expect(reservations.filter((r) => r.text !== null)).toHaveLength(countOf(granada, /<TekstVoorbehoud>/g));
    // The register's character reference &#13; before a line end is read as one line end.
    expect(reservations.some((r) => r.text?.includes("\r"))).toBe(false);
    expect(item.kingdomParts).toHaveLength(countOf(granada, /<Koninkrijksdeel>/g));
    expect(item.parties.map((p) => p.name)).toContain("Joegoslavië (< 25-06-1991)");
  });

  it("reads a treaty without parties (004630, out of force)", () => {
    const item = readRegisterItem(readFileSync(join(fixtures, "verdragenbank_item_004630.xml")), "004630");
    expect(item.parties).toEqual([]);
  });

  it.each([
    [
      "a DOCTYPE with an entity",
      `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]>${granada.slice(39)}`,
      /DOCTYPE or entity declaration/,
    ],
    ["a truncated file", granada.slice(0, granada.length / 2), /not well-formed XML .*truncated/],
    ["another treaty's record", granada, /the item is treaty 000004, not 013717/],
    [
      "a 60 MB file",
      `${granada}${" ".repeat(60 * 1024 * 1024)}`,
      new RegExp(`over the limit of ${MAX_ITEM_BYTES} bytes`),
    ],
  ])("refuses %s with a clear message", (_what, xml, message) => {
    expect(() => readRegisterItem(xml, "013717")).toThrow(message);
  });
});

describe("merging the register into the data", () => {
  const today = registerPartiesOf(real.parties);

  it("finds nothing to add or change in an item written from today's data; the register confirms each fact", () => {
    const dataDir = copyOfData();
    const report = mergeRegisterItem(
      { xml: registerItemXml(today, real.provisionalApplication), itemUrl: null, version: null },
      { dataDir, dryRun: true },
    );
    expect(report.merge.conflicts).toEqual([]);
    expect(report.merge.added).toEqual([]);
    expect(report.problems).toEqual([]);
    const signatures = real.parties.filter((p) => p.signature).length;
    expect(report.merge.corroborated.filter((c) => c.fact === "signature")).toHaveLength(signatures);
  });

  it("one State added, one date changed and one State removed: one addition, two conflicts, nothing written", () => {
    const dataDir = copyOfData();
    const before = snapshot(dataDir);
    const latvia = today.find((p) => p.name === "Latvia");
    const changed = [
      ...today
        .filter((p) => p.name !== "Uruguay")
        .map((p) => (p === latvia ? { ...p, entryIntoForce: "2025-12-02" } : p)),
      spainSigned,
    ];
    const report = mergeRegisterItem(
      { xml: registerItemXml(changed, real.provisionalApplication), itemUrl: null, version: null },
      { dataDir },
    );
    expect(report.merge.added).toEqual([{ state: "ES", fact: "State", value: "Spanje" }]);
    expect(report.merge.conflicts).toEqual([
      { state: "LV", fact: "entry into force", data: "2025-12-01", register: "2025-12-02" },
      { state: "UY", fact: "State", data: "listed in data/states", register: "not listed by the register" },
    ]);
    expect(report.written).toBe(false);
    expect(snapshot(dataDir)).toEqual(before);
    expect(report.summary).toContain("LV: entry into force: data 2025-12-01, register 2025-12-02");
  });

  it("writes a new State that passes the build's lints, cited to the one register record", () => {
    const dataDir = copyOfData();
    const report = mergeRegisterItem(
      {
        xml: registerItemXml([...today, spainSigned], real.provisionalApplication),
        itemUrl: "https://repository.overheid.nl/frbr/vd/013717/4/xml-nl/013717.xml",
        version: "4",
      },
      { dataDir, accessed: "2026-11-28" },
    );
    expect(report.problems).toEqual([]);
    expect(report.written).toBe(true);
    const spain = JSON.parse(readFileSync(join(dataDir, "states", "ES.json"), "utf8"));
    expect(spain.nameInSource).toBe("Spanje");
    expect(spain.signature.sources).toEqual(["register-013717-v4"]);
    const registry = JSON.parse(readFileSync(join(dataDir, "sources.json"), "utf8"));
    expect(registry.filter((r: { id: string }) => r.id === "register-013717-v4")).toEqual([
      expect.objectContaining({
        url: "https://repository.overheid.nl/frbr/vd/013717/4/xml-nl/013717.xml",
        accessed: "2026-11-28",
      }),
    ]);
    // That record, and no other, is the one the package (and the site) know as the register's reading.
    expect(
      registry.filter(isTreatyRegisterSource).map((r: { id: string }) => r.id),
      "the register's record is told apart by its publisher",
    ).toEqual(["register-013717-v4"]);
    // Every State the register lists now cites it for its signature: one record, referenced.
    const latvia = JSON.parse(readFileSync(join(dataDir, "states", "LV.json"), "utf8"));
    expect(latvia.signature.sources).toContain("register-013717-v4");
  });
});

describe("the treaty of the data set", () => {
  it("refuses an item of another treaty than the data set's, naming both; the data is untouched", () => {
    const dataDir = copyOfData();
    const before = snapshot(dataDir);
    expect(() =>
      mergeRegisterItem({ xml: granada, itemUrl: null, version: null }, { id: "000004", dataDir }),
    ).toThrow("data/dataset.json is the data of treaty 013717, not 000004");
    expect(snapshot(dataDir)).toEqual(before);
  });
});

describe("the command's exit codes", () => {
  const quiet = () => {
    vi.spyOn(console, "log").mockImplementation(() => {});
    const errors: string[] = [];
    vi.spyOn(console, "error").mockImplementation((line: string) => void errors.push(String(line)));
    return errors;
  };

  it("1 for a file that is not this treaty's item, naming the file and the reason; the data is untouched", async () => {
    const dataDir = copyOfData();
    const before = snapshot(dataDir);
    const errors = quiet();
    const path = join(fixtures, "verdragenbank_item_000004.xml");
    expect(await main(["--file", path, "--data", dataDir])).toBe(1);
    expect(errors.join("\n")).toContain(`${path}: the item is treaty 000004, not 013717`);
    expect(snapshot(dataDir)).toEqual(before);
  });

  it("1 for a name the table does not hold, naming it; 0 with a summary file for a clean dry run; 2 for bad usage", async () => {
    const dataDir = copyOfData();
    const errors = quiet();
    expect(await main(["--fetch", "--file", "x.xml"])).toBe(2);
    expect(await main(["--file", "x.xml", "--accessed", "28-11-2026"])).toBe(2);
    const parties = registerPartiesOf(real.parties).map((p) =>
      p.name === "Latvia" ? { ...p, name: "Latvija" } : p,
    );
    const unknown = join(dirname(dataDir), "unknown.xml");
    writeFileSync(unknown, registerItemXml(parties, real.provisionalApplication));
    expect(await main(["--file", unknown, "--data", dataDir])).toBe(1);
    expect(errors.join("\n")).toMatch(/"Latvija"; add each, with its code, to data\/register-names\.json/);

    const clean = join(dirname(dataDir), "clean.xml");
    const summary = join(dirname(dataDir), "summary.md");
    writeFileSync(clean, registerItemXml(registerPartiesOf(real.parties), real.provisionalApplication));
    const before = snapshot(dataDir);
    expect(await main(["--file", clean, "--data", dataDir, "--dry-run", "--summary", summary])).toBe(0);
    expect(readFileSync(summary, "utf8")).toMatch(/States added: none/);
    expect(snapshot(dataDir)).toEqual(before);
  });
});
