import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../scripts/update-register.js";
import { lintAndCollect } from "../src/lint/index.js";
import { readSourceFiles } from "../src/lint/source-files.js";
import { fetchLatestItem, readSruRecords } from "../src/register/fetch.js";
import { registerItemXml, registerPartiesOf } from "./helpers/register-xml.js";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const recordedSru = readFileSync(
  join(packageDir, "test", "fixtures", "verdragenbank", "sru_verdragenbank_nl_page.xml"),
  "utf8",
);
const real = lintAndCollect(readSourceFiles(packageDir)).data;
if (!real) throw new Error("the package's data does not pass its lints");

// The recorded SRU answer (treaties 001610 and 001624) with the first record's identifier and item URLs
// set to the Convention's: the register's answer shape, for a treaty the recorded page does not hold.
const conventionSru = recordedSru.replaceAll("001610", "013717");
const ITEM_PATH = "/frbr/vd/013717/1/xml-nl/013717.xml";
const itemXml = registerItemXml(registerPartiesOf(real.parties), real.provisionalApplication);

/** Answers by path; a function answers per request (to count attempts). */
const routes = new Map<string, (attempt: number) => { status: number; body: string }>();
const attempts = new Map<string, number>();
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    const attempt = (attempts.get(path) ?? 0) + 1;
    attempts.set(path, attempt);
    const route = routes.get(path);
    const { status, body } = route ? route(attempt) : { status: 404, body: "not found" };
    response.writeHead(status, { "content-type": "application/xml" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function serve(sru: string, item: (attempt: number) => { status: number; body: string }) {
  routes.clear();
  attempts.clear();
  routes.set("/sru", () => ({ status: 200, body: sru }));
  routes.set(ITEM_PATH, item);
  routes.set(ITEM_PATH.replace("xml-nl", "xml-en"), item);
}

describe("reading the SRU answer", () => {
  it("gives each recorded record its version, modified date and both item URLs", () => {
    const records = readSruRecords(recordedSru, "sru");
    expect(records.map((r) => r.id)).toEqual(["001610", "001624"]);
    expect(records[0]).toMatchObject({
      version: "1",
      modified: "2020-04-18",
      itemUrls: {
        "xml-nl": "https://repository.overheid.nl/frbr/vd/001610/1/xml-nl/001610.xml",
        "xml-en": "https://repository.overheid.nl/frbr/vd/001610/1/xml-en/001610.xml",
      },
    });
  });
});

describe("fetching from a register on 127.0.0.1", () => {
  it("looks the treaty up, then downloads its latest item, retrying a 503; the register's URL is what is cited", async () => {
    serve(conventionSru, (attempt) =>
      attempt === 1 ? { status: 503, body: "" } : { status: 200, body: itemXml },
    );
    const log: string[] = [];
    const fetched = await fetchLatestItem("013717", { baseUrl: base, backoffMs: 1, log: (l) => log.push(l) });
    expect(fetched.nl.url).toBe(`https://repository.overheid.nl${ITEM_PATH}`);
    expect(fetched.nl.xml.toString("utf8")).toBe(itemXml);
    expect(attempts.get(ITEM_PATH)).toBe(2);
    expect(log.some((line) => /503.*retrying/.test(line))).toBe(true);
  });

  it("names the URL of a 404", async () => {
    serve(conventionSru, () => ({ status: 404, body: "" }));
    await expect(fetchLatestItem("013717", { baseUrl: base, backoffMs: 1 })).rejects.toThrow(
      `${base}${ITEM_PATH.slice(1)} answered 404 Not Found`,
    );
  });

  it("refuses an answer without a record of the treaty", async () => {
    serve(recordedSru, () => ({ status: 200, body: itemXml }));
    await expect(fetchLatestItem("013717", { baseUrl: base, backoffMs: 1 })).rejects.toThrow(
      /the register has no record of treaty 013717/,
    );
  });

  it("`--fetch` merges the fetched item (exit 0); a failed fetch exits 1 and writes nothing", async () => {
    const root = mkdtempSync(join(tmpdir(), "lhc-register-fetch-"));
    try {
      cpSync(join(packageDir, "data"), join(root, "data"), { recursive: true });
      vi.spyOn(console, "log").mockImplementation(() => {});
      const errors: string[] = [];
      vi.spyOn(console, "error").mockImplementation((line: string) => void errors.push(String(line)));
      process.env.LHC_FETCH_BACKOFF_MS = "1";
      serve(conventionSru, () => ({ status: 200, body: itemXml }));
      const summary = join(root, "summary.md");
      const args = ["--fetch", "--base-url", base, "--data", join(root, "data"), "--accessed", "2026-11-28"];
      expect(await main([...args, "--summary", summary])).toBe(0);
      expect(readFileSync(summary, "utf8")).toContain(`<https://repository.overheid.nl${ITEM_PATH}>`);
      const latvia = JSON.parse(readFileSync(join(root, "data", "states", "LV.json"), "utf8"));
      expect(latvia.entryIntoForce.sources).toContain("register-013717-v1");

      const before = readFileSync(join(root, "data", "states", "LV.json"), "utf8");
      serve(conventionSru, () => ({ status: 500, body: "" }));
      expect(await main(args)).toBe(1);
      expect(errors.join("\n")).toMatch(/failed after 4 attempts: 500/);
      expect(readFileSync(join(root, "data", "states", "LV.json"), "utf8")).toBe(before);
    } finally {
      delete process.env.LHC_FETCH_BACKOFF_MS;
      vi.restoreAllMocks();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
