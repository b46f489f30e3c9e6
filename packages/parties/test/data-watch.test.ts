// The data watch's script (scripts/data-watch.mjs at the repository root) against a local server on
// 127.0.0.1 that answers as the BWB repository and the treaty register do (their recorded answers), with
// temporary data directories: exit codes, the summaries, the pull request body and the changeset.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { lintAndCollect } from "../src/lint/index.js";
import { readSourceFiles } from "../src/lint/source-files.js";
import { registerItemXml, registerPartiesOf, spainSigned } from "./helpers/register-xml.js";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = join(packageDir, "..", "..");
const watchScript = join(repoRoot, "scripts", "data-watch.mjs");
const bwbFixtures = join(repoRoot, "packages", "convention", "test", "fixtures");
const MANIFEST = readFileSync(join(bwbFixtures, "bwb-repository", "BWBV0001109.manifest.xml"));
const DTC = readFileSync(join(bwbFixtures, "bwb", "BWBV0001109_2004-12-28_0.xml"));
const SRU = readFileSync(
  join(packageDir, "test", "fixtures", "verdragenbank", "sru_verdragenbank_nl_page.xml"),
  "utf8",
)
  // The recorded answer's shape, with the first record's identifier and item URLs set to the Convention's.
  .replaceAll("001610", "013717");
const real = lintAndCollect(readSourceFiles(packageDir)).data;
if (!real) throw new Error("the package's data does not pass its lints");
const withSpain = registerItemXml(
  [...registerPartiesOf(real.parties), spainSigned],
  real.provisionalApplication,
);

const routes = new Map<string, { status: number; body: string | Buffer }>();
let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    const route = routes.get(new URL(request.url ?? "/", "http://127.0.0.1").pathname) ?? {
      status: 404,
      body: "",
    };
    response.writeHead(route.status).end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
  delete process.env.LHC_FETCH_BACKOFF_MS;
});

function serveBoth(item: string) {
  routes.clear();
  routes.set("/bwb/BWBV0001109/manifest.xml", { status: 200, body: MANIFEST });
  routes.set("/bwb/BWBV0001109/2004-12-28_0/xml/BWBV0001109_2004-12-28_0.xml", { status: 200, body: DTC });
  routes.set("/sru", { status: 200, body: SRU });
  routes.set("/frbr/vd/013717/1/xml-nl/013717.xml", { status: 200, body: item });
  routes.set("/frbr/vd/013717/1/xml-en/013717.xml", { status: 200, body: item });
}

async function watch() {
  const root = mkdtempSync(join(tmpdir(), "lhc-data-watch-"));
  temporary.push(root);
  cpSync(join(packageDir, "data"), join(root, "parties"), { recursive: true });
  const out = join(root, "out");
  vi.spyOn(console, "log").mockImplementation(() => {});
  vi.spyOn(console, "error").mockImplementation(() => {});
  vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  process.env.LHC_FETCH_BACKOFF_MS = "1";
  const { main } = (await import(watchScript)) as { main: (argv: string[]) => Promise<number> };
  const code = await main([
    "--out",
    out,
    "--convention-id",
    "BWBV0001109",
    "--convention-data",
    join(root, "convention"),
    "--convention-base-url",
    `${base}bwb/`,
    "--parties-data",
    join(root, "parties"),
    "--parties-base-url",
    base,
  ]);
  const read = (name: string) => (existsSync(join(out, name)) ? readFileSync(join(out, name), "utf8") : null);
  return { code, root, read };
}

describe("scripts/data-watch.mjs", () => {
  it("runs both updates; when data changed, the pull request body holds both summaries and a changeset names both packages", async () => {
    serveBoth(withSpain);
    const { code, root, read } = await watch();
    expect(code).toBe(0);
    expect(existsSync(join(root, "parties", "states", "ES.json"))).toBe(true);
    const body = read("pr-body.md") ?? "";
    expect(body).toContain("## The Convention's text (BWB)");
    expect(body).toMatch(/consolidated version 2004-12-28_0/);
    expect(body).toContain("States added: \n- ES");
    expect(read("changeset.md")).toMatch(/^---\n"@lhc\/convention": patch\n"@lhc\/parties": patch\n---\n/);
  });

  it("fails the run when a fetch fails, and offers no changeset", async () => {
    serveBoth(withSpain);
    routes.set("/sru", { status: 503, body: "" });
    const { code, read } = await watch();
    expect(code).toBe(1);
    expect(read("pr-body.md")).toMatch(/## The parties \(treaty register\)\n\nThe update failed/);
    expect(read("changeset.md")).toBeNull();
  });
});
