import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { requestTypes } from "@lhc/requests/request-types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonSchemaFile, schemaVersions } from "../plugins/lhc-data/requests";
import { schemasAtTheirIds, sitePathOfId } from "../plugins/lhc-data/schema-ids";
import { defaultSiteUrl, siteAddress } from "../site-address";
import { type StaticServer, serveStatic } from "./static-server";

const require = createRequire(import.meta.url);
const buildDir = fileURLToPath(new URL("../build", import.meta.url));
const archiveDir = fileURLToPath(new URL("../published-schemas", import.meta.url));
const { url: siteUrl, baseUrl } = siteAddress();

/** The JSON Schema @lhc/requests ships for a type, version 0's unless another version is named. */
const shipped = (type: string, version?: string) =>
  readFileSync(
    require.resolve(
      version === undefined
        ? `@lhc/requests/schemas/${type}.json`
        : `@lhc/requests/${jsonSchemaFile(type, version)}`,
    ),
    "utf8",
  );
/** Every request type in every version the packages ship, e.g. ["1.0", "mla"]. */
const everyVersion = schemaVersions.flatMap((version) =>
  requestTypes.map((type) => [version, type] as const),
);
const idOf = (text: string) => (JSON.parse(text) as { $id: string }).$id;

function jsonFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? jsonFilesUnder(join(dir, entry.name))
      : entry.name.endsWith(".json")
        ? [join(dir, entry.name)]
        : [],
  );
}

describe("the site's address", () => {
  it("defaults to the address the request schemas' $id URLs use", () => {
    const defaults = siteAddress({});
    expect(defaults).toEqual({ url: defaultSiteUrl, baseUrl: "/" });
    for (const [version, type] of everyVersion) {
      expect(idOf(shipped(type, version)).startsWith(`${defaults.url}${defaults.baseUrl}`), type).toBe(true);
    }
  });

  it("comes from SITE_URL and SITE_BASE_URL when they are set", () => {
    expect(siteAddress({ SITE_URL: "https://example.org/", SITE_BASE_URL: "docs" })).toEqual({
      url: "https://example.org",
      baseUrl: "/docs/",
    });
  });
});

describe("schemas at their $id", () => {
  let archive = "";
  beforeAll(() => {
    archive = mkdtempSync(join(tmpdir(), "lhc-schema-archive-"));
  });
  afterAll(() => rmSync(archive, { recursive: true, force: true }));

  const archived = (id: string, extra: Record<string, unknown> = {}) => {
    const file = join(archive, new URL(id).pathname);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ $id: id, ...extra }));
  };

  it("keeps an older version beside the current one, and the current one wins at its own $id", () => {
    const current = shipped("mla");
    const older = idOf(current).replace(/\/[^/]+\/mla\.json$/u, "/0.0/mla.json");
    archived(older, { title: "older" });
    archived(idOf(current), { title: "stale copy of the current version" });
    const files = schemasAtTheirIds({ current: [current], archiveDir: archive, siteUrl, baseUrl });
    const byPath = new Map(files.map((f) => [f.path, f.contents]));
    expect(JSON.parse(byPath.get(sitePathOfId(older, siteUrl, baseUrl)) ?? "{}").title).toBe("older");
    expect(byPath.get(sitePathOfId(idOf(current), siteUrl, baseUrl))).toBe(current);
  });

  it("fails the build when an $id does not point into the site, naming the $id and the fix", () => {
    expect(() =>
      schemasAtTheirIds({
        current: [shipped("mla")],
        archiveDir: archive,
        siteUrl: "https://example.org",
        baseUrl: "/",
      }),
    ).toThrow(
      /\$id https:\/\/\S+mla\.json does not point into the site \(https:\/\/example\.org\/\).*SITE_URL/u,
    );
  });

  it("rejects an archived file kept at a path other than its $id's", () => {
    const wrong = join(archive, "schemas", "elsewhere.json");
    mkdirSync(dirname(wrong), { recursive: true });
    writeFileSync(wrong, JSON.stringify({ $id: `${siteUrl}${baseUrl}schemas/requests/0.0/other.json` }));
    try {
      expect(() => schemasAtTheirIds({ current: [], archiveDir: archive, siteUrl, baseUrl })).toThrow(
        /elsewhere\.json: an archived schema must lie at the path of its \$id/u,
      );
    } finally {
      rmSync(wrong);
    }
  });
});

describe("the built site", () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(buildDir);
  });
  afterAll(() => server.close());

  const fetchId = (id: string) => fetch(`${server.url}/${sitePathOfId(id, siteUrl, baseUrl)}`);

  it.each(everyVersion)(
    "serves version %s of the %s schema at the path of its $id, byte for byte",
    async (version, type) => {
      const text = shipped(type, version);
      const response = await fetchId(idOf(text));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/u);
      expect(await response.text()).toBe(text);
    },
  );

  it("serves every version kept from earlier releases at its $id", async () => {
    const files = jsonFilesUnder(archiveDir);
    const current = new Set(everyVersion.map(([version, type]) => idOf(shipped(type, version))));
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      const id = idOf(text);
      expect(new URL(id).pathname, file).toBe(`/${relative(archiveDir, file).split(sep).join("/")}`);
      const response = await fetchId(id);
      expect(response.status, id).toBe(200);
      // The version the packages ship now replaces an archived copy of the same $id.
      if (!current.has(id)) expect(await response.text(), id).toBe(text);
    }
  });

  it("holds no schema file whose $id names another address", () => {
    const served = jsonFilesUnder(join(buildDir, "schemas"));
    expect(served.length).toBeGreaterThanOrEqual(everyVersion.length);
    for (const file of served) {
      const id = idOf(readFileSync(file, "utf8"));
      expect(id).toBe(`${siteUrl}${baseUrl}${relative(buildDir, file).split(sep).join("/")}`);
    }
  });
});
