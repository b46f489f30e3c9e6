import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { launchBrowser } from "./browser";
import { type StaticServer, serveStatic } from "./static-server";

/** The site as `pnpm build` leaves it (global-setup.ts checks that it is there). */
export const buildDir = fileURLToPath(new URL("../build", import.meta.url));
/** Where tests leave screenshots and downloads for a person to look at. */
export const outputDir = fileURLToPath(new URL("../test-output", import.meta.url));

export interface SiteHarness {
  /** The served site's origin, http://127.0.0.1:<port>. */
  readonly url: string;
  readonly browser: Browser;
  /**
   * Opens a page of the site once the network is idle and React has hydrated it, after checking that it was
   * served with 200 and threw no error on the way.
   */
  open(path: string, colorScheme?: "light" | "dark"): Promise<Page>;
}

/**
 * Serves a built site on 127.0.0.1 and launches one browser for the calling test file, both started before
 * its tests and stopped after them. Call it at the top of the file. `root` is a function where the file
 * builds its own site in an earlier beforeAll.
 */
export function siteHarness(root: string | (() => string) = buildDir): SiteHarness {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    mkdirSync(outputDir, { recursive: true });
    server = await serveStatic(typeof root === "string" ? root : root());
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const started = () => {
    if (!server || !browser) throw new Error("the site harness starts in beforeAll; use it inside a test");
    return { server, browser };
  };

  return {
    get url() {
      return started().server.url;
    },
    get browser() {
      return started().browser;
    },
    async open(path, colorScheme = "light") {
      const page = await started().browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme });
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      const response = await page.goto(`${started().server.url}${path}`, { waitUntil: "networkidle" });
      expect(response?.status(), `HTTP status of ${path}`).toBe(200);
      // Input typed before React hydrates is reset by hydration; Docusaurus marks <html> once it is done.
      await page.locator('html[data-has-hydrated="true"]').waitFor({ state: "attached" });
      // Hydration must succeed: React errors would leave the static HTML without behaviour.
      expect(errors, `page errors on ${path}`).toEqual([]);
      return page;
    },
  };
}
