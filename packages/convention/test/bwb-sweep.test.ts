/**
 * The sweep over real BWB treaty files (test/fixtures/bwb-real/, provenance in its SOURCES.md): each is
 * imported by `update` into an empty data directory, which must then pass the data checks, and every
 * word of the file's English and Dutch text must be in the data (issue 20). A file the importer cannot
 * hold would be listed in LIMITS with its reason, and documented in the package README; none is today.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { checkData } from "../src/data-dir/check.js";
import { elements, parseXml, type XmlElement } from "../src/importer/xml.js";
import { walk } from "../src/query.js";
import { readOfficialText } from "../src/update/official.js";
import { runUpdate } from "../src/update/update.js";

const folder = join(import.meta.dirname, "fixtures", "bwb-real");
const files = readdirSync(folder)
  .filter((f) => f.endsWith(".xml.gz"))
  .sort();

/** Files the importer refuses on purpose, with the reason (kept in step with the README's list). */
const LIMITS: Record<string, RegExp> = {};

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/**
 * Elements whose words are not treaty text: metadata, the table of contents (a copy of the headings),
 * the Dutch titles of the regulation (kept in meta.json by other means), and a heading's label
 * ("Article", "BIJLAGE"), which the node's type stands for.
 */
const NOT_TEXT = new Set([
  "meta-data",
  "officiele-inhoudsopgave",
  "redactionele-correcties",
  "label",
  "citeertitel",
]);

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Kept apart from the text they sit in (as notes), so read as blocks of their own. */
const APART = new Set(["noot", "redactie"]);

/**
 * The words of the English and Dutch language versions of a file. An element that holds text is read
 * as one block, its inline markup joined as it is published ("NH<inf>3</inf>" is the word "nh3").
 */
function fileWords(xml: string): Set<string> {
  const found = new Set<string>();
  const flatten = (el: XmlElement): string =>
    el.children
      .map((c) => {
        if (typeof c === "string") return c;
        if (NOT_TEXT.has(c.name)) return "";
        if (APART.has(c.name)) {
          visit(c);
          return "";
        }
        return c.name === "br" ? " " : flatten(c);
      })
      .join("");
  const visit = (el: XmlElement): void => {
    if (NOT_TEXT.has(el.name)) return;
    if (el.children.some((c) => typeof c === "string" && c.trim() !== "")) {
      for (const w of words(flatten(el))) found.add(w);
      return;
    }
    for (const c of elements(el)) visit(c);
  };
  const root = parseXml(xml);
  const wetgeving = root.name === "toestand" ? elements(root).find((e) => e.name === "wetgeving") : root;
  for (const verdrag of elements(wetgeving as XmlElement)) {
    if (verdrag.name !== "verdrag") continue;
    const lang = verdrag.attrs["xml:lang"];
    if (lang === "en" || lang === "nl") visit(verdrag);
  }
  return found;
}

function dataWords(dir: string): Set<string> {
  const found = new Set<string>();
  const visit = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) visit(path);
      else {
        const collect = (value: unknown): void => {
          if (typeof value === "string") for (const w of words(value)) found.add(w);
          else if (value && typeof value === "object") for (const v of Object.values(value)) collect(v);
        };
        collect(JSON.parse(readFileSync(path, "utf8")));
      }
    }
  };
  visit(dir);
  return found;
}

describe("update on real BWB treaty files, into an empty data directory", () => {
  it("keeps a set of real files with their provenance", () => {
    const sources = readFileSync(join(folder, "SOURCES.md"), "utf8");
    expect(files.length).toBeGreaterThanOrEqual(20);
    for (const file of files) expect(sources, file).toContain(`\`${file}\``);
  });

  for (const file of files) {
    const id = file.slice(0, "BWBV0000000".length);
    it(`${id}: ${LIMITS[id] ? "refused with its documented reason" : "succeeds, passes the data checks and keeps every word"}`, async () => {
      const xml = gunzipSync(readFileSync(join(folder, file))).toString("utf8");
      const dataDir = join(mkdtempSync(join(tmpdir(), "lhc-sweep-")), "data");
      temps.push(dataDir);
      const limit = LIMITS[id];
      if (limit) {
        await expect(runUpdate({ kind: "file", xml, path: file }, { id, dataDir })).rejects.toThrow(limit);
        return;
      }
      const report = await runUpdate({ kind: "file", xml, path: file }, { id, dataDir });
      expect(report.written).toBe(true);
      const { problems, document } = checkData(dataDir);
      expect(problems).toEqual([]);
      // Read back in the file's order: nothing reordered or mixed.
      const eIds = (nodes: Array<{ eId: string }> | undefined) => nodes?.map((n) => n.eId);
      const imported = report.merge.document;
      expect(eIds(document?.body)).toEqual(eIds(imported.body));
      expect(eIds(document?.annexes)).toEqual(eIds(imported.annexes));
      expect(eIds(document?.attachments)).toEqual(eIds(imported.attachments));
      const held = dataWords(dataDir);
      const lost = [...fileWords(xml)].filter((w) => !held.has(w));
      expect(lost, `words of ${id} missing from the data`).toEqual([]);
      // Provisions only a translation has are kept and named in the summary.
      for (const { eIds } of report.official.unmatched) {
        expect(report.summary).toContain(`${eIds.length} provision(s) the authentic text does not`);
        expect(report.summary).toContain(eIds[0]);
      }
    });
  }

  it("keeps what only the Dutch translation of the 1951 Refugee Convention has, and says so", async () => {
    const id = "BWBV0001002";
    const xml = gunzipSync(readFileSync(join(folder, `${id}.xml.gz`))).toString("utf8");
    const dataDir = join(mkdtempSync(join(tmpdir(), "lhc-sweep-")), "data");
    temps.push(dataDir);
    const report = await runUpdate({ kind: "file", xml, path: id }, { id, dataDir, dryRun: true });
    const nl = report.official.unmatched.find((u) => u.lang === "nl");
    expect(nl?.eIds.length).toBeGreaterThan(0);
    expect(report.summary).toMatch(/The Dutch text has \d+ provision\(s\) the authentic text does not/);
  });

  it("gives free text outside any article its place, in document order (an exchange of notes)", async () => {
    const id = "BWBV0001217";
    const xml = gunzipSync(readFileSync(join(folder, `${id}.xml.gz`))).toString("utf8");
    const dataDir = join(mkdtempSync(join(tmpdir(), "lhc-sweep-")), "data");
    temps.push(dataDir);
    await runUpdate({ kind: "file", xml, path: id }, { id, dataDir });
    const order = JSON.parse(readFileSync(join(dataDir, "body.json"), "utf8")) as string[];
    const { document } = checkData(dataDir);
    expect(document?.body.map((n) => n.eId)).toEqual(order);
    expect(order[0]).toBe("wrapup_1");
    // Data-check problems name the directory they are given as, not a temporary copy.
    writeFileSync(join(dataDir, "body.json"), JSON.stringify(order.slice(1)));
    const { problems } = checkData(dataDir, "/the/real/data");
    expect(problems).toEqual([
      `/the/real/data/body.json: (root): does not list "wrapup_1" (/the/real/data/provisions/wrapup_1.json); add it in document order`,
    ]);
  });

  describe("the eIds real files need", () => {
    const official = (id: string) =>
      readOfficialText(gunzipSync(readFileSync(join(folder, `${id}.xml.gz`))).toString("utf8"), { id });
    const node = (id: string, eId: string) => [...walk(official(id))].find((n) => n.eId === eId);

    it.each([
      ["BWBV0004680", "chp_1-2", "I"],
      ["BWBV0001160", "annex_1-2", "1"],
      ["BWBV0001441", "annex_2__part_a", "A"],
      ["BWBV0003243", "annex_1__art_a", "A"],
      ["BWBV0001155", "att_11__part_1__point_1", "1."],
      ["BWBV0002593", "preamble__recital_1__point_1", "-"],
      ["BWBV0004170", "point_a", "a)"],
    ])("%s holds %s (published number %s)", (id, eId, num) => {
      expect(node(id, eId)?.num).toBe(num);
    });

    it("keeps a subtitle on the heading's second line (BWBV0005424) and footnotes in table cells (BWBV0001635)", () => {
      expect(official("BWBV0005424").title.nl).toBe(
        "AANVULLEND PROTOCOL\nbij het op 25 September 1950 te Bern ondertekende Protocol inzake de Internationale Commissie voor de Burgerlijke Stand",
      );
      const table = node("BWBV0001635", "annex_ii__table_1");
      expect(table?.notes?.en?.[0]).toMatchObject({ kind: "footnote", num: "a)" });
    });
  });
});
