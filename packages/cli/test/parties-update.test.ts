import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parties, provisionalApplication as publishedProvisional } from "@lhc/parties";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { registerItemXml, registerPartiesOf } from "../../parties/test/helpers/register-xml.js";
import { isOneCleanLine, lhcInProcess } from "./run-lhc.js";

// `lhc parties update` on copies of @lhc/parties' data: items the test writes from the data (what the
// register would publish if it recorded exactly what the data holds, then one fact changed), the
// recorded register files in @lhc/parties' test/fixtures/verdragenbank, and --fetch from a server on
// 127.0.0.1 that the test starts and stops.
// The package's own data set is the Convention's, so its provisional application is published.
if (!publishedProvisional) throw new Error("@lhc/parties carries no Convention facts");
const provisionalApplication = publishedProvisional;
const partiesDir = dirname(createRequire(import.meta.url).resolve("@lhc/parties/package.json"));
const fixtures = join(partiesDir, "test", "fixtures", "verdragenbank");
const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function copyOfData(): string {
  const root = mkdtempSync(join(tmpdir(), "lhc-parties-update-"));
  temps.push(root);
  cpSync(join(partiesDir, "data"), join(root, "data"), { recursive: true });
  return join(root, "data");
}

/** Every file of a data directory with its bytes, to show that a refused update wrote nothing. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, encoding: "utf8" }).sort()) {
    try {
      files[name] = readFileSync(join(dir, name), "base64");
    } catch {
      // a folder
    }
  }
  return files;
}

const latvia = parties.find((p) => p.code === "LV");
if (!latvia?.signature) throw new Error("the data has no signature of Latvia's");
const cleanItem = registerItemXml(registerPartiesOf(parties), provisionalApplication);

function itemFile(dataDir: string, xml: string): string {
  const path = join(dirname(dataDir), "item.xml");
  writeFileSync(path, xml);
  return path;
}

describe("lhc parties update --file", () => {
  it("--dry-run prints the summary, exits 0 and writes nothing", async () => {
    const data = copyOfData();
    const before = snapshot(data);
    const file = itemFile(data, cleanItem);
    const result = await lhcInProcess([
      "parties",
      "update",
      "--file",
      file,
      "--data",
      data,
      "--dry-run",
      "--accessed",
      "2026-11-28",
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^### @lhc\/parties: treaty register item 013717/);
    expect(result.stdout).toContain("States added: none");
    expect(result.stdout).toContain(`LV: signature`);
    expect(result.stdout).toMatch(/Nothing was written\.\n$/);
    expect(snapshot(data)).toEqual(before);
  });

  it("a fact that differs from the data is a conflict: exit 1, the summary names it, the data is byte-identical", async () => {
    const data = copyOfData();
    const before = snapshot(data);
    const changed = registerPartiesOf(parties).map((p) =>
      p.name === latvia.nameInSource ? { ...p, signature: "2025-02-11" } : p,
    );
    const file = itemFile(data, registerItemXml(changed, provisionalApplication));
    const result = await lhcInProcess(["parties", "update", "--file", file, "--data", data]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`- LV: signature: data ${latvia.signature?.date}, register 2025-02-11`);
    expect(isOneCleanLine(result.stderr)).toBe(true);
    expect(result.stderr).toMatch(/nothing was written/);
    expect(snapshot(data)).toEqual(before);
  });

  it("the recorded item of another treaty is refused (exit 1) naming the file and the treaty", async () => {
    const data = copyOfData();
    const before = snapshot(data);
    const file = join(fixtures, "verdragenbank_item_000004.xml");
    const result = await lhcInProcess(["parties", "update", "--file", file, "--data", data]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}: the item is treaty 000004, not 013717`);
    expect(isOneCleanLine(result.stderr)).toBe(true);
    expect(snapshot(data)).toEqual(before);
  });

  it("usage errors exit 2: both or neither source, an --accessed that is no calendar date, no data directory", async () => {
    const data = copyOfData();
    const file = itemFile(data, cleanItem);
    for (const args of [
      ["--fetch", "--file", file, "--data", data],
      ["--data", data],
      ["--file", file, "--data", data, "--accessed", "2026-02-30"],
      ["--file", file, "--data", data, "--accessed", "28-11-2026"],
    ]) {
      const result = await lhcInProcess(["parties", "update", ...args]);
      expect(result.code, args.join(" ")).toBe(2);
      expect(isOneCleanLine(result.stderr)).toBe(true);
    }
    const saved = process.env.LHC_PARTIES_DATA;
    delete process.env.LHC_PARTIES_DATA;
    try {
      const result = await lhcInProcess(["parties", "update", "--file", file]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/--data DIR/);
    } finally {
      if (saved !== undefined) process.env.LHC_PARTIES_DATA = saved;
    }
  });

  it("leaves `lhc parties` listing the States", async () => {
    const result = await lhcInProcess(["parties", "--format", "json"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).parties).toHaveLength(parties.length);
  });
});

describe("lhc parties update --fetch from a register on 127.0.0.1", () => {
  // The recorded SRU answer with its first record set to the Convention's number (the answer's shape).
  const sru = readFileSync(join(fixtures, "sru_verdragenbank_nl_page.xml"), "utf8").replaceAll(
    "001610",
    "013717",
  );
  const ITEM_PATH = "/frbr/vd/013717/1/xml-nl/013717.xml";
  let itemStatus = 200;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((request, response) => {
      const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
      if (path === "/sru") response.writeHead(200, { "content-type": "application/xml" }).end(sru);
      else if (path === ITEM_PATH || path === ITEM_PATH.replace("xml-nl", "xml-en"))
        response
          .writeHead(itemStatus, { "content-type": "application/xml" })
          .end(itemStatus === 200 ? cleanItem : "");
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    process.env.LHC_FETCH_BACKOFF_MS = "1";
  });
  afterAll(async () => {
    delete process.env.LHC_FETCH_BACKOFF_MS;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("merges the latest item and cites the register's URL (exit 0); a failed download exits 1 and writes nothing", async () => {
    const data = copyOfData();
    const args = [
      "parties",
      "update",
      "--fetch",
      "--base-url",
      base,
      "--data",
      data,
      "--accessed",
      "2026-11-28",
    ];
    itemStatus = 200;
    const merged = await lhcInProcess(args);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toContain(`<https://repository.overheid.nl${ITEM_PATH}>`);
    expect(merged.stdout).toMatch(/Written: .*data\/sources\.json/);
    const lv = JSON.parse(readFileSync(join(data, "states", "LV.json"), "utf8"));
    expect(lv.signature.sources).toContain("register-013717-v1");

    const before = snapshot(data);
    itemStatus = 500;
    const failed = await lhcInProcess(args);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/500/);
    expect(failed.stderr.trimEnd().split("\n").at(-1)).toMatch(
      /^lhc: parties update: .*nothing was written$/,
    );
    expect(snapshot(data)).toEqual(before);
  });
});
