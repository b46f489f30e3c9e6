import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { checkData } from "../src/data-dir/check.js";
import { importBwb } from "../src/importer/index.js";
import { cite, coverage, getArticle, getProvision, parseCitation, walk } from "../src/index.js";
import type { UpdateConventionOptions } from "../src/data-dir/index.js";
import type { ConventionDocument, ImportedDocument, ProvisionNode } from "../src/types.js";
import { FetchError, fetchLatestBwb, latestItem } from "../src/update/fetch.js";
import { update } from "./run-update.js";

const fixtures = join(import.meta.dirname, "fixtures");
const bwbFile = (name: string) => readFileSync(join(fixtures, "bwb", name));
const ECHR = bwbFile("BWBV0001000.xml");
const UNESCO = bwbFile("BWBV0005577.xml");
const DTC = bwbFile("BWBV0001109_2004-12-28_0.xml");
const RECORDED_MANIFEST = readFileSync(join(fixtures, "bwb-repository", "BWBV0001109.manifest.xml"));

/** A manifest of the recorded shape for another file, with that file's own size and SHA-512. */
function manifestFor(id: string, version: string, body: Buffer): string {
  return RECORDED_MANIFEST.toString("utf8")
    .replaceAll("BWBV0001109_2004-12-28_0.xml", `${id}_${version}.xml`)
    .replaceAll("2004-12-28_0", version)
    .replace('label="BWBV0001109"', `label="${id}"`)
    .replace(
      /<hashcode>\s*[0-9a-f]+\s*<\/hashcode>/,
      `<hashcode>${createHash("sha512").update(body).digest("hex")}</hashcode>`,
    )
    .replace("<size>464796</size>", `<size>${body.byteLength}</size>`);
}

type Handler = (attempt: number) => {
  hang?: boolean;
  status: number;
  body?: Buffer | string;
  headers?: Record<string, string>;
  truncateAt?: number;
};

// One local server on 127.0.0.1 answers like the repository; each test sets the routes it needs.
let server: Server;
let baseUrl: string;
let routes = new Map<string, Handler>();
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    requests.push(path);
    const handler = routes.get(path);
    const attempt = requests.filter((p) => p === path).length;
    const answer = handler ? handler(attempt) : { status: 404, body: "Not Found" };
    // Never answer: the client's timeout has to end the request.
    if ("hang" in answer && answer.hang) return;
    const body =
      typeof answer.body === "string" ? Buffer.from(answer.body) : (answer.body ?? Buffer.alloc(0));
    response.writeHead(answer.status, { "content-length": String(body.byteLength), ...answer.headers });
    if (answer.truncateAt !== undefined) {
      // Send part of the body, then drop the connection: a truncated download.
      response.write(body.subarray(0, answer.truncateAt), () => response.destroy());
    } else response.end(body);
  });
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

const temps: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "lhc-update-"));
  temps.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
  routes = new Map();
  requests.length = 0;
});

/** An update of one work fetched from the local server (the URL is known once the server listens). */
const fetching = (id: string, dataDir: string, more: Partial<UpdateConventionOptions> = {}) => ({
  from: { fetch: true as const, baseUrl },
  id,
  dataDir,
  ...more,
});
/** An update from the recorded UNESCO agreement's file. */
const unescoFile = (dataDir: string, more: Partial<UpdateConventionOptions> = {}) => ({
  from: { file: join(fixtures, "bwb", "BWBV0005577.xml") },
  id: "BWBV0005577",
  dataDir,
  ...more,
});

function serve(id: string, version: string, body: Buffer, manifest = manifestFor(id, version, body)) {
  routes.set(`/bwb/${id}/manifest.xml`, () => ({ status: 200, body: manifest }));
  routes.set(`/bwb/${id}/${version}/xml/${id}_${version}.xml`, () => ({ status: 200, body }));
}

/** Every file under a directory with its bytes, to prove a refused update leaves it byte-identical. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const visit = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) visit(path);
      else files[relative(dir, path)] = readFileSync(path, "base64");
    }
  };
  visit(dir);
  return files;
}

function load(dir: string): ConventionDocument {
  const { problems, document } = checkData(dir);
  expect(problems).toEqual([]);
  return document as ConventionDocument;
}

const mainArticles = (doc: ImportedDocument | ConventionDocument) =>
  [...walk({ ...doc, annexes: [], attachments: [] })].filter((n) => n.type === "article");

const BLOCKS = new Set(["wrapUp", "crossHeading", "table"]);

/** The package API answers for every provision of a complete treaty held in a data directory. */
function expectCompleteTreaty(doc: ConventionDocument, xml: Buffer, langs: Array<"en" | "nl">) {
  const imported = Object.fromEntries(langs.map((lang) => [lang, importBwb(xml.toString("utf8"), { lang })]));
  const articles = mainArticles(imported[langs[0] as string] as ImportedDocument);
  expect(articles.length).toBeGreaterThan(0);
  expect(coverage(doc).articles.known).toBe(articles.length + mainArticlesInAnnexes(doc));
  for (const article of articles) {
    const held = getArticle(article.num?.replace(/[^0-9A-Za-z]/g, "") ?? "", doc);
    expect(held?.eId, article.eId).toBe(article.eId);
    for (const lang of langs) {
      const source = [...walk(imported[lang] as ImportedDocument)].find((n) => n.eId === article.eId);
      expect(held?.heading?.[lang]).toEqual(source?.heading?.[lang]);
    }
  }
  for (const node of walk(doc)) {
    expect(getProvision(node.eId, doc)).toBe(node);
    if (BLOCKS.has(node.type)) continue;
    for (const style of ["short", "long"] as const)
      expect(parseCitation(cite(node.eId, { style }))).toBe(node.eId);
    // Official text in every language the file holds, where the file gives the node text.
    for (const lang of langs) {
      const source = [...walk(imported[lang] as ImportedDocument)].find((n) => n.eId === node.eId);
      if (source?.text?.[lang]) expect(node.text?.[lang], `${node.eId} ${lang}`).toEqual(source.text[lang]);
    }
    expect(node.provenance.status).toBe("official");
  }
}

const mainArticlesInAnnexes = (doc: ConventionDocument) =>
  [...walk({ ...doc, preamble: null, body: [], conclusions: null })].filter((n) => n.type === "article")
    .length;

describe("updateConvention from the repository (lhc convention update --fetch)", () => {
  it("follows the recorded manifest to the real file it names, checks its size and SHA-512, and fills an empty directory", async () => {
    serve("BWBV0001109", "2004-12-28_0", DTC, RECORDED_MANIFEST.toString("utf8"));
    const data = tempDir();
    const result = await update(fetching("BWBV0001109", data));
    expect(result.ok, result.refusal).toBe(true);
    expect(requests).toEqual([
      "/bwb/BWBV0001109/manifest.xml",
      "/bwb/BWBV0001109/2004-12-28_0/xml/BWBV0001109_2004-12-28_0.xml",
    ]);
    const doc = load(data);
    expectCompleteTreaty(doc, DTC, ["nl"]);
    const source = doc.sources.find((s) => s.id === "BWB-BWBV0001109-2004-12-28-0");
    expect(source).toMatchObject({
      kind: "official",
      url: `${baseUrl}BWBV0001109/2004-12-28_0/xml/BWBV0001109_2004-12-28_0.xml`,
    });
    expect(source?.accessed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(result.summary).toContain("consolidated version 2004-12-28_0");
  });

  it("imports the ECHR (English and Dutch) into an empty directory; the API answers for every provision", async () => {
    serve("BWBV0001000", "2012-01-01_0", ECHR);
    const data = tempDir();
    const result = await update(fetching("BWBV0001000", data));
    expect(result.ok, result.refusal).toBe(true);
    const doc = load(data);
    expectCompleteTreaty(doc, ECHR, ["en", "nl"]);
    const en = importBwb(ECHR.toString("utf8"), { lang: "en" });
    const nl = importBwb(ECHR.toString("utf8"), { lang: "nl" });
    expect(mainArticles(doc)).toHaveLength(mainArticles(en).length);
    expect(mainArticles(en)).toHaveLength(mainArticles(nl).length);
    expect(
      coverage(doc).articles.byLang.en.withText + coverage(doc).articles.byLang.nl.withText,
    ).toBeGreaterThan(0);
    // The summary counts what was added, for a changeset.
    expect(result.summary).toContain(`- Articles: ${mainArticles(en).length} added`);
    expect(getProvision("preamble__formula_1", doc)?.text?.en?.value).toBe(
      "The Governments signatory hereto, being Members of the Council of Europe,",
    );
    expect(getProvision("preamble__formula_1", doc)?.text?.nl?.value).toMatch(/^De Regeringen/);
    // The data directory is what the build reads, and coverage counts from it.
    expect(coverage(doc).articles.known).toBe(mainArticles(en).length);

    // The same update again changes nothing and leaves every byte as it was.
    const before = snapshot(data);
    const again = await update(fetching("BWBV0001000", data));
    expect(again.ok).toBe(true);
    expect(again.summary).toContain("Nothing to change");
    expect(snapshot(data)).toEqual(before);
  });

  it("retries after a 500 and succeeds", async () => {
    serve("BWBV0001000", "2012-01-01_0", ECHR);
    const manifest = manifestFor("BWBV0001000", "2012-01-01_0", ECHR);
    routes.set("/bwb/BWBV0001000/manifest.xml", (attempt) =>
      attempt === 1 ? { status: 500, body: "Internal Server Error" } : { status: 200, body: manifest },
    );
    const data = tempDir();
    const log: string[] = [];
    const result = await update(fetching("BWBV0001000", data, { log: (line) => log.push(line) }));
    expect(result.ok, result.refusal).toBe(true);
    expect(log.join("\n")).toMatch(/manifest\.xml: 500 Internal Server Error; retrying/);
    expect(requests.filter((p) => p.endsWith("manifest.xml"))).toHaveLength(2);
    expect(load(data).body.length).toBeGreaterThan(0);
  });

  describe("refuses with a clear message and exit 1, leaving the data directory byte-identical", () => {
    async function refused(options: UpdateConventionOptions) {
      const before = snapshot(options.dataDir as string);
      const result = await update(options);
      expect(result.ok).toBe(false);
      expect(result.summary).toBe("");
      expect(result.refusal).not.toMatch(/\n\s+at /);
      expect(snapshot(options.dataDir as string)).toEqual(before);
      return result.refusal;
    }
    async function filledWithUnesco() {
      const data = tempDir();
      expect((await update(unescoFile(data))).ok).toBe(true);
      return data;
    }

    it("404: names the URL", async () => {
      const data = await filledWithUnesco();
      const stderr = await refused(fetching("BWBV0005577", data));
      expect(stderr).toContain(`${baseUrl}BWBV0005577/manifest.xml answered 404`);
    });

    it("a truncated body", async () => {
      const data = await filledWithUnesco();
      serve("BWBV0005577", "2012-01-01_0", UNESCO);
      routes.set("/bwb/BWBV0005577/2012-01-01_0/xml/BWBV0005577_2012-01-01_0.xml", () => ({
        status: 200,
        body: UNESCO,
        truncateAt: 20_000,
      }));
      const stderr = await refused(fetching("BWBV0005577", data));
      expect(stderr).toMatch(/BWBV0005577_2012-01-01_0\.xml.*(broke off|truncated)/);
    });

    it("a file of another treaty names both ids", async () => {
      const data = await filledWithUnesco();
      serve("BWBV0005577", "2012-01-01_0", ECHR, manifestFor("BWBV0005577", "2012-01-01_0", ECHR));
      const stderr = await refused(fetching("BWBV0005577", data));
      expect(stderr).toContain("the file is BWBV0001000, not BWBV0005577");
      const viaFile = await refused(
        unescoFile(data, { from: { file: join(fixtures, "bwb", "BWBV0001000.xml") } }),
      );
      expect(viaFile).toContain("the file is BWBV0001000, not BWBV0005577");
    });

    it("a recital in the data that differs from the official text: prints eId, data text and official text", async () => {
      const data = await filledWithUnesco();
      const preamblePath = join(data, "preamble.json");
      const preamble = JSON.parse(readFileSync(preamblePath, "utf8"));
      const recital = preamble.children.find((c: ProvisionNode) => c.eId === "preamble__recital_2");
      const official = recital.text.en.value;
      recital.text.en.value = official.replace("books", "pamphlets");
      expect(recital.text.en.value).not.toBe(official);
      writeFileSync(preamblePath, `${JSON.stringify(preamble, null, 2)}\n`);
      const stderr = await refused(unescoFile(data));
      expect(stderr).toContain("preamble__recital_2 (text.en)");
      expect(stderr).toContain(`data:     ${recital.text.en.value}`);
      expect(stderr).toContain(`official: ${official}`);
    });

    it("malformed XML", async () => {
      const data = await filledWithUnesco();
      const broken = join(tempDir(), "broken.xml");
      writeFileSync(broken, UNESCO.subarray(0, 20_000));
      const stderr = await refused(unescoFile(data, { from: { file: broken } }));
      expect(stderr).toMatch(/not well-formed XML \(line \d+, column \d+\)/);
    });

    it("a download that is not valid UTF-8 names the URL and the byte; a declared ISO-8859-1 file is read", async () => {
      const data = await filledWithUnesco();
      // The file's Latin-1 character references written as Latin-1 bytes, first without a declaration.
      const raw = UNESCO.toString("utf8").replace(/&#x([0-9A-F]{2});/g, (ref, hex: string) =>
        Number.parseInt(hex, 16) >= 0xa0 ? String.fromCharCode(Number.parseInt(hex, 16)) : ref,
      );
      const undeclared = Buffer.from(raw, "latin1");
      serve("BWBV0005577", "2012-01-01_0", undeclared);
      const stderr = await refused(fetching("BWBV0005577", data));
      expect(stderr).toMatch(
        /BWBV0005577_2012-01-01_0\.xml: the file is not valid UTF-8: the byte at offset \d+/,
      );
      const declared = Buffer.from(
        raw.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="ISO-8859-1"?>'),
        "latin1",
      );
      serve("BWBV0005577", "2012-01-01_0", declared);
      const read = await update(fetching("BWBV0005577", data, { dryRun: true }));
      expect(read.ok, read.refusal).toBe(true);
      // The same text as the UTF-8 file the directory was filled from (a different text would be a
      // conflict): nothing is added, the nodes only cite the new source.
      expect(read.summary).toMatch(/^- Articles: \d+ changed$/m);
      expect(read.summary).not.toMatch(/^- .*added/m);
    });
  });
});

describe("updateConvention from a file (lhc convention update --file)", () => {
  it("imports the UNESCO agreement with its annexes A–E and protocol into an empty directory", async () => {
    const data = tempDir();
    const result = await update(unescoFile(data));
    expect(result.ok, result.refusal).toBe(true);
    const doc = load(data);
    expectCompleteTreaty(doc, UNESCO, ["en", "nl"]);
    const en = importBwb(UNESCO.toString("utf8"), { lang: "en" });
    expect(doc.annexes.map((a) => a.eId)).toEqual(en.annexes.map((a) => a.eId));
    expect(doc.annexes.map((a) => a.num)).toEqual(["A", "B", "C", "D", "E"]);
    for (const annex of doc.annexes) {
      expect(annex.heading?.en?.value).toBeTruthy();
      expect(annex.heading?.nl?.value).toBeTruthy();
    }
    expect(doc.attachments).toHaveLength(en.attachments.length);
    expect(readdirSync(join(data, "annexes")).sort()).toEqual(en.annexes.map((a) => `${a.eId}.json`).sort());
    expect(doc.meta.identifiers.bwbId).toMatchObject({ value: "BWBV0005577", status: "official" });
    expect(doc.meta.textsHeld.value).toEqual([
      { lang: "en", authentic: true },
      { lang: "nl", authentic: false },
    ]);
    // What the file does not say stays unknown.
    expect(doc.meta.depositary).toEqual({ value: null, status: "unknown", sources: [] });
  });

  it("keeps what the official file does not carry, completes text the data marks incomplete, and --dry-run writes nothing", async () => {
    const data = tempDir();
    await update(unescoFile(data));
    // Curate: a subject with a secondary source, and Article I's English text cut short (as the project's
    // curated data holds text available only up to a point).
    const path = join(data, "provisions", "art_i.json");
    const article = JSON.parse(readFileSync(path, "utf8"));
    const sources = JSON.parse(readFileSync(join(data, "sources.json"), "utf8"));
    sources.push({
      id: "S9",
      url: "https://example.org/commentary",
      title: "A commentary",
      publisher: "Example",
      kind: "secondary",
      accessed: null,
    });
    writeFileSync(join(data, "sources.json"), `${JSON.stringify(sources, null, 2)}\n`);
    const full = article.children[0].text.en.value as string;
    article.children[0].text.en = { value: full.slice(0, 40).trim(), complete: false };
    article.subject = {
      paraphrase: "Duty-free import of listed materials.",
      status: "secondary",
      sources: [{ id: "S9" }],
    };
    writeFileSync(path, `${JSON.stringify(article, null, 2)}\n`);

    const before = snapshot(data);
    const dry = await update(unescoFile(data, { dryRun: true }));
    expect(dry.ok).toBe(true);
    expect(dry.summary).toContain("(dry run: nothing written)");
    expect(dry.summary).toContain("~ provisions/art_i.json");
    expect(snapshot(data)).toEqual(before);

    const result = await update(unescoFile(data));
    expect(result.ok, result.refusal).toBe(true);
    expect(result.summary).toMatch(/- Points: 1 changed|- Paragraphs: 1 changed|- Articles: 1 changed/);
    const doc = load(data);
    const merged = getProvision("art_i", doc) as ProvisionNode;
    expect(merged.subject?.paraphrase).toBe("Duty-free import of listed materials.");
    expect(merged.children[0]?.text?.en).toEqual({ value: full, complete: true });
  });
});

describe("fetching from the repository", () => {
  it("gives up after the timeout, and honours a 429's Retry-After", async () => {
    // Another work than the one below, so that a late hanging request cannot count as its attempt.
    routes.set("/bwb/BWBV0005577/manifest.xml", () => ({ status: 200, body: "", headers: {}, hang: true }));
    const hanging = fetchLatestBwb({ id: "BWBV0005577", baseUrl, timeoutMs: 200, retries: 1, backoffMs: 10 });
    await expect(hanging).rejects.toThrow(/manifest\.xml failed after 2 attempts: no answer within 200 ms/);

    const manifest = manifestFor("BWBV0001000", "2012-01-01_0", ECHR);
    serve("BWBV0001000", "2012-01-01_0", ECHR);
    routes.set("/bwb/BWBV0001000/manifest.xml", (attempt) =>
      attempt === 1
        ? { status: 429, body: "slow down", headers: { "retry-after": "0" } }
        : { status: 200, body: manifest },
    );
    const log: string[] = [];
    const fetched = await fetchLatestBwb({ id: "BWBV0001000", baseUrl, log: (line) => log.push(line) });
    expect(fetched.version).toBe("2012-01-01_0");
    expect(log.join("\n")).toMatch(/429 Too Many Requests; retrying in 0 ms/);
  });

  it("refuses a file over the size limit, and a 5xx that never ends", async () => {
    serve("BWBV0001000", "2012-01-01_0", ECHR);
    await expect(fetchLatestBwb({ id: "BWBV0001000", baseUrl, maxBytes: 10_000 })).rejects.toThrow(
      /is \d+ bytes, over the limit of 10000 bytes/,
    );
    routes.set("/bwb/BWBV0001000/manifest.xml", () => ({ status: 503, body: "down" }));
    await expect(fetchLatestBwb({ id: "BWBV0001000", baseUrl, retries: 2, backoffMs: 1 })).rejects.toThrow(
      /manifest\.xml failed after 3 attempts: 503 Service Unavailable/,
    );
  });

  it("reads the recorded manifest and refuses a _latestItem outside the work, a deleted item, another work", () => {
    const url = "https://repository.example/bwb/BWBV0001109/manifest.xml";
    const recorded = RECORDED_MANIFEST.toString("utf8");
    expect(latestItem(recorded, "BWBV0001109", url)).toEqual({
      path: "2004-12-28_0/xml/BWBV0001109_2004-12-28_0.xml",
      version: "2004-12-28_0",
      size: DTC.byteLength,
      sha512: createHash("sha512").update(DTC).digest("hex"),
    });
    const escaping = recorded.replace('_latestItem="2004-12-28_0', '_latestItem="../../evil/2004-12-28_0');
    expect(() => latestItem(escaping, "BWBV0001109", url)).toThrow(FetchError);
    expect(() =>
      latestItem(recorded.replace('_deleted="false"', '_deleted="true"'), "BWBV0001109", url),
    ).toThrow(/marked deleted/);
    expect(() => latestItem(recorded, "BWBV0007040", url)).toThrow(/describes BWBV0001109, not BWBV0007040/);
    const wrapped = `<repository>${recorded.replace(/^<\?xml[^>]*>/, "")}</repository>`;
    expect(latestItem(wrapped, "BWBV0001109", url).version).toBe("2004-12-28_0");
  });
});
