/**
 * What a case officer meets: one verdict per request, every page usable on a 390 px phone, and a State's
 * page at any case of its code.
 */
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { issueSentence, labelsFor } from "@lhc/letters/labels";
import { getParty } from "@lhc/parties";
import { checkRequestContext, findingAction, requestVerdict } from "@lhc/request-context";
import { type Request, type RequestIssue, validateRequest } from "@lhc/requests";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousViolations } from "./axe";
import { loadRequestExamples } from "./package-data";
import { buildDir, outputDir, siteHarness } from "./site-harness";

const site = siteHarness();
const examples = loadRequestExamples();
const SLOW = 600_000;

/** Every page of the built site, by its address (`/parties/lv` for build/parties/lv.html). */
function sitePages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "assets" && entry.name !== "schemas") walk(path);
      } else if (entry.name.endsWith(".html")) {
        const address = `/${relative(buildDir, path).split(sep).join("/")}`
          .replace(/\/index\.html$/, "")
          .replace(/\.html$/, "");
        pages.push(address === "" ? "/" : address);
      }
    }
  };
  walk(buildDir);
  return pages.filter((page) => page !== "/404").sort();
}

/** How far the page is wider than its viewport, and the widest elements that make it so. */
async function overflow(page: Page): Promise<{ excess: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const excess = document.documentElement.scrollWidth - width;
    const culprits: string[] = [];
    if (excess > 0) {
      for (const element of Array.from(document.querySelectorAll("body *"))) {
        const box = element.getBoundingClientRect();
        if (box.right > width + 1 && box.width > 0) {
          culprits.push(
            `${element.tagName.toLowerCase()}.${Array.from(element.classList).join(".")} (${box.right}px)`,
          );
          if (culprits.length >= 8) break;
        }
      }
    }
    return { excess, culprits };
  });
}

async function openAt(width: number, path: string): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width, height: 844 } });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const response = await page.goto(`${site.url}${path}`, { waitUntil: "networkidle" });
  expect(response?.status(), `HTTP status of ${path}`).toBe(200);
  await page.locator('html[data-has-hydrated="true"]').waitFor({ state: "attached" });
  expect(errors, `page errors on ${path}`).toEqual([]);
  return page;
}

async function validate(page: Page, json: string): Promise<void> {
  await page.getByLabel("Request JSON").fill(json);
  await page.getByRole("button", { name: "Validate" }).click();
  await page.locator("[data-verdict]").first().waitFor();
}

/**
 * The verdict the page shows, checked against requestVerdict's: kind, title, and each point's action. A
 * schema issue is worded for a person (issueSentence, English by default) rather than by the package's
 * message, and shows its path.
 */
async function expectVerdict(
  page: Page,
  expected: ReturnType<typeof requestVerdict>,
  issues: readonly RequestIssue[] = [],
): Promise<void> {
  const box = page.locator("[data-verdict]");
  await expect(box.count()).resolves.toBe(1);
  await expect(box.getAttribute("data-verdict")).resolves.toBe(expected.kind);
  const text = (await box.textContent()) ?? "";
  expect(text).toContain(expected.title);
  expect(text).toContain(expected.summary);
  for (const point of expected.points) {
    if (point.source === "context") {
      expect(text).toContain(point.problem);
      expect(text).toContain(point.action);
    } else expect(text).toContain(`${point.path} · ${point.code}`);
  }
  for (const issue of issues) expect(text).toContain(issueSentence(issue, labelsFor("en")));
}

describe("one verdict per request", () => {
  const annex = examples.find((example) => example.valid && example.json.includes('"annex-crime"'));
  const base = JSON.parse(annex?.json ?? "{}") as Record<string, unknown>;

  it(
    "says on the validator whether a request can be sent, what to check, or why it cannot go",
    async () => {
      const page = await site.open("/validator");
      // A request the schemas reject.
      const invalid = examples.find((example) => !example.valid);
      const result = validateRequest(JSON.parse(invalid?.json ?? "{}"));
      expect(result.success).toBe(false);
      if (result.success) return;
      await validate(page, invalid?.json ?? "");
      await page.locator("[data-issue-sentence]").first().waitFor();
      await expectVerdict(page, requestVerdict({ issues: result.issues }), result.issues);
      expect(await page.locator("[data-verdict]").textContent()).toContain("Cannot be sent as it stands");

      // Valid requests between several pairs of States: each gets the verdict its findings give, and every
      // finding is shown once (never a "Valid." beside an error).
      const pairs = [
        [base.requestingState, base.requestedState],
        ["LV", "NL"],
        ["NL", "LV"],
        ["LV", "LV"],
      ] as const;
      const seen = new Set<string>();
      for (const [requestingState, requestedState] of pairs) {
        const json = JSON.stringify({ ...base, requestingState, requestedState }, null, 2);
        const checked = validateRequest(JSON.parse(json));
        if (!checked.success) throw new Error(`not valid: ${json}`);
        const report = checkRequestContext(checked.data as Request);
        const verdict = requestVerdict({ report });
        seen.add(verdict.kind);
        await validate(page, json);
        await page.locator("[data-context-findings]").waitFor();
        await expectVerdict(page, verdict);
        const codes = await page
          .locator("[data-finding-code]")
          .evaluateAll((items) => items.map((item) => item.getAttribute("data-finding-code")));
        expect(codes).toEqual(report.findings.map((finding) => finding.code));
        for (const finding of report.findings) {
          if (finding.level !== "info") {
            await expect(
              page.locator(`[data-finding-code="${finding.code}"]`).first().textContent(),
            ).resolves.toContain(findingAction(finding.code));
          }
        }
      }
      // The same State on both sides is positively excluded.
      expect(seen.has("cannot-send")).toBe(true);
      await page.screenshot({ path: `${outputDir}/validator-verdict.png`, fullPage: true });
      expect(await seriousViolations(page), "axe").toEqual([]);
      await page.close();
    },
    SLOW,
  );

  it(
    "says it once in the builder: the between answer gives way to the verdict once the request is valid",
    async () => {
      const page = await site.open("/draft");
      await page.locator("button:enabled", { hasText: "New request" }).waitFor();
      await page.getByLabel("Request type").selectOption("mla");
      await page.getByRole("button", { name: "New request" }).click();
      await expect(page.locator("[data-verdict]").getAttribute("data-verdict")).resolves.toBe("cannot-send");
      // The new draft is named after its type.
      await expect(page.locator("#draft-heading").textContent()).resolves.toContain(
        "Request for mutual legal assistance",
      );
      await page.getByLabel("Open JSON").setInputFiles({
        name: "officer.json",
        mimeType: "application/json",
        buffer: Buffer.from(annex?.json ?? "{}"),
      });
      await page.locator("#draft-heading", { hasText: "officer:" }).waitFor();
      const request = JSON.parse(annex?.json ?? "{}") as Request;
      const verdict = requestVerdict({ report: checkRequestContext(request) });
      await page.locator("[data-context-findings]").waitFor();
      await expectVerdict(page, verdict);
      await expect(page.locator("[data-between]").count()).resolves.toBe(0);
      await expect(page.locator("[data-context-findings]").count()).resolves.toBe(1);
      await page.close();
    },
    SLOW,
  );
});

describe("/parties/<code> in any case", () => {
  it("reaches Latvia's page from /parties/LV and /parties/Lv without a 404 page or a hydration error", async () => {
    const name = getParty("LV") ? "Latvia" : undefined;
    expect(name).toBe("Latvia");
    for (const path of ["/parties/LV", "/parties/lv"]) {
      const page = await site.open(path);
      await expect(page.locator("h1").textContent(), path).resolves.toBe("Latvia");
      await page.close();
    }
    // A mix of case is not a page: the static host answers 404, and the page goes to the State's address
    // before React starts, so the 404 page is never hydrated.
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${site.url}/parties/Lv`, { waitUntil: "networkidle" });
    await page.waitForURL(/\/parties\/lv$/);
    await page.locator('html[data-has-hydrated="true"]').waitFor({ state: "attached" });
    await expect(page.locator("h1").textContent()).resolves.toBe("Latvia");
    expect(errors).toEqual([]);
    await page.close();
  });
});

/**
 * The template a page is made from: a top-level page is its own (/, /validator, /parties), the pages
 * inside a folder share one (/parties/lv and /parties/nl: /parties/*).
 */
function templateOf(path: string): string {
  const segments = path.split("/").filter(Boolean);
  return segments.length <= 1 ? path : `/${segments.slice(0, -1).join("/")}/*`;
}

describe("every page at 390 px, one page of each template at 1280 px", () => {
  const pages = sitePages();
  // Narrow screens are where pages scroll sideways, so every page is checked at 390 px; at 1280 px one page
  // of each template is (a wide layout is the template's, whatever the page's data).
  const onePerTemplate = [...new Map([...pages].reverse().map((path) => [templateOf(path), path])).values()];

  it(
    "scrolls no page sideways: scrollWidth equals the viewport",
    async () => {
      expect(pages.length).toBeGreaterThan(20);
      expect(onePerTemplate.length).toBeLessThan(pages.length);
      // One tab for every page: a new tab per page would fetch the site's shared scripts again each time.
      const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      const wide: string[] = [];
      const check = async (width: number, path: string) => {
        await page.setViewportSize({ width, height: 844 });
        errors.length = 0;
        const response = await page.goto(`${site.url}${path}`, { waitUntil: "networkidle" });
        expect(response?.status(), `HTTP status of ${path}`).toBe(200);
        await page.locator('html[data-has-hydrated="true"]').waitFor({ state: "attached" });
        expect(errors, `page errors on ${path}`).toEqual([]);
        const { excess, culprits } = await overflow(page);
        if (excess > 0) wide.push(`${path} at ${width} px: ${excess}px too wide: ${culprits.join(", ")}`);
      };
      for (const path of pages) await check(390, path);
      for (const path of onePerTemplate) await check(1280, path);
      expect(wide).toEqual([]);
      await page.close();
    },
    SLOW,
  );

  it(
    "keeps the validator's results, the builder's form and its letter within 390 px, words unbroken",
    async () => {
      const invalid = examples.find((example) => !example.valid);
      const valid = examples.find((example) => example.valid);
      const validator = await openAt(390, "/validator");
      for (const json of [invalid?.json ?? "", valid?.json ?? ""]) {
        await validate(validator, json);
        if (json === valid?.json) await validator.locator("[data-context-findings]").waitFor();
        await expect(overflow(validator), "validator").resolves.toMatchObject({ excess: 0 });
      }
      await validator.screenshot({ path: `${outputDir}/validator-390.png`, fullPage: true });
      await validator.close();

      const draft = await openAt(390, "/draft");
      await draft.locator("button:enabled", { hasText: "New request" }).waitFor();
      await draft.getByLabel("Open JSON").setInputFiles({
        name: "phone.json",
        mimeType: "application/json",
        buffer: Buffer.from(valid?.json ?? "{}"),
      });
      await draft.locator("#draft-heading", { hasText: "phone:" }).waitFor();
      await draft.locator("#root_measures__add").waitFor();
      await expect(overflow(draft), "draft").resolves.toMatchObject({ excess: 0 });
      await draft.getByRole("button", { name: "Letter" }).click();
      const frame = draft.frameLocator('iframe[title="Letter preview"]');
      await frame.locator("h1").waitFor();
      await expect(overflow(draft), "draft with its letter").resolves.toMatchObject({ excess: 0 });
      // The letter wraps between words: no word of the letter is split across lines.
      const split = await frame.locator("body").evaluate((body) => {
        const broken: string[] = [];
        const style = (element: Element) => getComputedStyle(element);
        for (const element of Array.from(body.querySelectorAll("*"))) {
          const { wordBreak, overflowWrap } = style(element);
          if (wordBreak === "break-all" || overflowWrap === "anywhere") broken.push(element.tagName);
        }
        return [...new Set(broken)];
      });
      expect(split).toEqual([]);
      await draft.screenshot({ path: `${outputDir}/draft-390.png`, fullPage: false });
      await draft.close();
    },
    SLOW,
  );
});
