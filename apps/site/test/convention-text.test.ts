import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { ConventionDocument, ProvisionNode } from "@lhc/convention";
import { walk } from "@lhc/convention";
import { checkData, updateConvention } from "@lhc/convention/data-dir";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe";
import { siteHarness } from "./site-harness";

// The site built from a data directory that holds a complete real treaty: `lhc convention update` fills
// an empty directory from the ECHR's official BWB file (English and Dutch), and the site is built once more
// with LHC_CONVENTION_DATA naming it. This is the one additional site build of the test run.
const require = createRequire(import.meta.url);
const siteDir = join(import.meta.dirname, "..");
const conventionDir = dirname(require.resolve("@lhc/convention/package.json"));
const echr = join(conventionDir, "test", "fixtures", "bwb", "BWBV0001000.xml");

let root: string;
let doc: ConventionDocument;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "lhc-site-echr-"));
  const data = join(root, "data");
  await updateConvention({ from: { file: echr }, id: "BWBV0001000", dataDir: data });
  doc = checkData(data).document as ConventionDocument;
  const out = join(root, "build");
  execFileSync(
    process.execPath,
    [require.resolve("@docusaurus/core/bin/docusaurus.mjs"), "build", "--out-dir", out],
    {
      cwd: siteDir,
      env: { ...process.env, LHC_CONVENTION_DATA: data },
      stdio: "pipe",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

// Registered after the build above, so it serves what that built.
const site = siteHarness(() => join(root, "build"));
const { open } = site;

const all = () => [...walk(doc)];
const articles = () => all().filter((node) => node.type === "article");
const html = async (path: string) => {
  const response = await fetch(`${site.url}${path}`);
  expect(response.status, path).toBe(200);
  return response.text();
};
// The build minifies its HTML, so attribute values may come without quotes.
const hrefs = (page: string) =>
  [...page.matchAll(/<a [^>]*?href=(?:"([^"]*)"|([^\s>]+))/g)].map((m) =>
    (m[1] ?? m[2] ?? "").replaceAll("&amp;", "&"),
  );
const hasId = (page: string, id: string) => new RegExp(`\\sid="?${id}"?[\\s>]`).test(page);

describe("the site built from the ECHR's official text", () => {
  it("reaches every article from the contents page, which lists them by section", async () => {
    const contents = await html("/convention");
    const linked = new Set(hrefs(contents));
    for (const article of articles())
      expect(linked.has(`/convention/${article.eId}`), article.eId).toBe(true);
    for (const section of doc.body.filter((n) => n.type !== "article")) {
      expect(linked.has(`/convention/${section.eId}`), section.eId).toBe(true);
    }
  });

  it("gives each article a page with its paragraph and point anchors, its text, and previous/next links", async () => {
    for (const article of articles()) {
      const page = await html(`/convention/${article.eId}`);
      for (const node of walk({
        preamble: null,
        body: [article],
        conclusions: null,
        annexes: [],
        attachments: [],
      })) {
        if (node !== article && ["paragraph", "point"].includes(node.type)) {
          expect(hasId(page, node.eId), `${node.eId} anchor`).toBe(true);
        }
      }
    }
    const page = await open("/convention/art_8");
    const first = articles()
      .find((a) => a.eId === "art_8")
      ?.children.find((c) => c.text?.en)?.text?.en?.value;
    expect(first).toBeTruthy();
    await expect(page.locator("main").textContent()).resolves.toContain(first?.slice(0, 60));
    const pager = page.getByRole("navigation", { name: "Neighbouring provisions" });
    await expect(pager.locator('a[href="/convention/art_7"]').count()).resolves.toBe(1);
    await expect(pager.locator('a[href="/convention/art_9"]').count()).resolves.toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("links the cross-references in the text to the provisions they name", async () => {
    const referring = all().find(
      (node): node is ProvisionNode =>
        /\bArticle (\d+)\b/.test(node.text?.en?.value ?? "") && node.type !== "article",
    );
    expect(referring, "a provision whose text names an article").toBeDefined();
    const target = /\bArticle (\d+)\b/.exec(referring?.text?.en?.value ?? "")?.[1];
    const articlePage = articles().find((a) =>
      [...walk({ preamble: null, body: [a], conclusions: null, annexes: [], attachments: [] })].includes(
        referring as ProvisionNode,
      ),
    );
    const page = await open(`/convention/${articlePage?.eId}`);
    const link = page
      .locator(`[id="${referring?.eId}"] .lhc-verbatim a[href="/convention/art_${target}"]`)
      .first();
    await expect(link.textContent()).resolves.toBe(`Article ${target}`);
    await link.click();
    await page.waitForURL(new RegExp(`/convention/art_${target}$`));
    await page.close();
  });

  it("has no broken links on the Convention pages", async () => {
    const pages = [
      "/convention",
      ...all()
        .filter((n) => ["article", "section", "preamble"].includes(n.type))
        .map((n) => `/convention/${n.eId}`),
    ];
    const checked = new Set<string>();
    for (const path of pages) {
      for (const href of hrefs(await html(path))) {
        if (!href.startsWith("/") || href.startsWith("//")) continue;
        const [target, anchor] = href.split("#") as [string, string | undefined];
        if (checked.has(href)) continue;
        checked.add(href);
        const body = await html(target || path);
        if (anchor) expect(hasId(body, anchor), `${href} (linked from ${path})`).toBe(true);
      }
    }
    expect(checked.size).toBeGreaterThan(articles().length);
  });

  it("serves /data/provisions/<eId>.json for every provision", async () => {
    for (const node of all()) {
      const served = JSON.parse(await html(`/data/provisions/${node.eId}.json`));
      expect(served, node.eId).toEqual(node);
    }
    expect(JSON.parse(await html("/data/convention.json"))).toEqual(doc);
  });

  it("finds words of an article's text with the local search", async () => {
    const page = await open("/convention");
    const input = page
      .getByRole("searchbox", { name: "Search" })
      .or(page.locator("input.navbar__search-input"));
    await input.first().click();
    await input.first().fill("derogation");
    const suggestion = page
      .getByRole("option")
      .filter({ hasText: /Article/ })
      .first();
    await suggestion.waitFor({ state: "visible", timeout: 30_000 });
    await suggestion.click();
    await page.waitForURL(/\/convention\/art_\d+/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("the contents page passes axe", async () => {
    const page = await open("/convention");
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
