// The documentation site: cold build (the bundler's persistent cache removed) and warm build (run again
// at once) of apps/site, and the gzipped JavaScript the browser loads for the validator page.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { root } from "../workspace.mjs";

const siteDir = join(root, "apps", "site");
/** Where `pnpm --filter @lhc/site build` writes the site. */
export const siteBuildDir = join(siteDir, "build");

function timedPnpm(args) {
  const start = process.hrtime.bigint();
  const child = spawnSync("pnpm", args, {
    cwd: siteDir,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (child.status !== 0) {
    throw new Error(
      `pnpm ${args.join(" ")} failed:\n${(child.stderr || child.stdout).trim().split("\n").slice(-15).join("\n")}`,
    );
  }
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * Builds the site twice into a temporary directory, so that the site's own build/ is left alone.
 * "Cold" removes the bundler's persistent cache first (what `docusaurus clear` removes besides build/
 * and .docusaurus, which every build regenerates). The caller removes `outDir` when done with it.
 */
export function benchSiteBuild() {
  const outDir = mkdtempSync(join(tmpdir(), "lhc-site-bench-"));
  rmSync(join(siteDir, "node_modules", ".cache"), { recursive: true, force: true });
  const build = ["exec", "docusaurus", "build", "--out-dir", outDir];
  try {
    const coldMs = timedPnpm(build);
    const warmMs = timedPnpm(build);
    return { coldMs, warmMs, ratio: coldMs / warmMs, outDir };
  } catch (error) {
    rmSync(outDir, { recursive: true, force: true });
    throw error;
  }
}

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return htmlFiles(path);
    return d.name.endsWith(".html") ? [path] : [];
  });
}

// Attribute values in minified HTML may be quoted or not.
const attribute = (tag, name) =>
  new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`).exec(tag)?.slice(1).find(Boolean);

/** Serves the site build over HTTP as a static host would (`/validator` → validator.html). */
function serveBuild(buildDir) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    const parts = path.split("/").filter(Boolean);
    // With a baseUrl such as /lhc/, asset URLs carry a prefix the build directory does not have.
    for (let i = 0; i <= parts.length; i++) {
      const rest = parts.slice(i).join("/");
      for (const candidate of [
        join(buildDir, rest),
        join(buildDir, `${rest}.html`),
        join(buildDir, rest, "index.html"),
      ]) {
        if (candidate.startsWith(buildDir) && existsSync(candidate) && statSync(candidate).isFile()) {
          const type = candidate.endsWith(".js")
            ? "text/javascript"
            : candidate.endsWith(".css")
              ? "text/css"
              : candidate.endsWith(".html")
                ? "text/html"
                : "application/octet-stream";
          response.writeHead(200, { "content-type": type });
          response.end(readFileSync(candidate));
          return;
        }
      }
    }
    response.writeHead(404);
    response.end();
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

const chromiumPath = "/usr/bin/chromium";

function sizes(bodies) {
  let raw = 0;
  let gzip = 0;
  for (const body of bodies) {
    raw += body.byteLength;
    gzip += gzipSync(body, { level: 9 }).byteLength;
  }
  return { raw, gzip };
}

/** The scripts in `scripts` whose paths `before` does not have, with their sizes. */
function added(scripts, before) {
  const files = [...scripts.keys()].filter((path) => !before.has(path)).sort();
  return { files, ...sizes(files.map((path) => scripts.get(path))) };
}

/**
 * Opens the site build in Chromium (Debian's package, as the site tests use) from a local static
 * server, and records every script the page runs ("script" requests; Docusaurus's prefetches of linked
 * pages, type "other", are not run). `use` gets the tab, the recorded scripts, `open(route)`, which
 * loads a page until it has hydrated and the network is idle, and `settle()`, which waits for the
 * bodies of the scripts the page has asked for since.
 */
async function inChromium(buildDir, use) {
  const { chromium } = createRequire(join(siteDir, "package.json"))("playwright-core");
  const server = await serveBuild(buildDir);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const tab = await browser.newPage();
    const scripts = new Map();
    const pending = [];
    const failures = [];
    // A script error stops the page before it loads its route's code, so the figure would be too low.
    tab.on("pageerror", (error) => failures.push(`page error: ${error.message.split("\n")[0]}`));
    tab.on("response", (response) => {
      const url = new URL(response.url());
      if (!url.pathname.endsWith(".js") || response.request().resourceType() !== "script") return;
      if (!response.ok()) {
        failures.push(`${url.pathname}: HTTP ${response.status()} (was the site rebuilt while measuring?)`);
        return;
      }
      pending.push(
        response.body().then(
          (body) => scripts.set(url.pathname, body),
          (error) => failures.push(`${url.pathname}: ${error.message}`),
        ),
      );
    });
    const settle = async () => {
      await tab.waitForLoadState("networkidle");
      // Wait for bodies of responses that arrived while earlier ones were read.
      for (let settled = 0; settled < pending.length; settled = pending.length) await Promise.all(pending);
      if (failures.length > 0) throw new Error(`could not read ${failures.join("; ")}`);
    };
    const open = async (route) => {
      await tab.goto(`http://127.0.0.1:${server.address().port}${route}`, { waitUntil: "networkidle" });
      // On a busy machine the network can fall idle while main.js is still being parsed, before it asks
      // for the route's chunks; Docusaurus marks the page once it has hydrated with them.
      await tab.waitForSelector("html[data-has-hydrated='true']", { state: "attached", timeout: 60_000 });
      await settle();
    };
    return await use({ tab, scripts, open, settle });
  } finally {
    await browser.close();
    server.close();
  }
}

/** The script files the HTML of a page names, read from the build (what is known without a browser). */
function scriptsNamedIn(html, buildDir) {
  const scripts = new Map();
  for (const match of html.matchAll(/<script[^>]*>/g)) {
    const src = attribute(match[0], "src");
    if (!src?.endsWith(".js")) continue;
    const parts = src.split("/").filter(Boolean);
    const file = parts
      .map((_, i) => join(buildDir, ...parts.slice(i)))
      .find((candidate) => existsSync(candidate));
    if (file) scripts.set(src, readFileSync(file));
  }
  return scripts;
}

/** Pastes the largest valid example into the validator page, validates it and waits for the verdict. */
async function validateOnce(tab) {
  const dir = join(root, "packages", "requests", "examples", "valid");
  const example = readdirSync(dir)
    .map((name) => join(dir, name))
    .sort((a, b) => statSync(b).size - statSync(a).size)[0];
  await tab.getByLabel("Request JSON").fill(readFileSync(example, "utf8"));
  await tab.getByRole("button", { name: "Validate" }).click();
  // A valid request's verdict comes with its treaty-relations findings (ready, points to check, or not).
  const verdict = await tab
    .locator("[data-context-findings] [data-verdict], [data-verdict='cannot-send']")
    .first()
    .getAttribute("data-verdict", { timeout: 60_000 });
  if (!(await tab.locator("[data-context-findings]").count())) {
    throw new Error(`the page judged ${example} ${verdict}`);
  }
}

/**
 * The JavaScript the browser loads for the validator page, and what validating one request adds: every
 * script the page runs in Chromium is counted, including the route chunks Docusaurus loads after
 * start-up. Without Chromium, only the scripts named in the HTML are counted, and the result says so.
 * Returns null when there is no site build with a page whose path names the validator.
 */
export async function validatorPageJs(buildDir = siteBuildDir) {
  if (!existsSync(buildDir)) return null;
  const page = htmlFiles(buildDir)
    .filter((file) => /validat/i.test(relative(buildDir, file)))
    .sort((a, b) => a.length - b.length)[0];
  if (!page) return null;
  const html = readFileSync(page, "utf8");
  const canonical = [...html.matchAll(/<link[^>]*>/g)]
    .map((m) => m[0])
    .find((tag) => attribute(tag, "rel") === "canonical");
  const route = canonical
    ? new URL(attribute(canonical, "href")).pathname
    : `/${relative(buildDir, page).replace(/(index)?\.html$/, "")}`;
  const base = { page: relative(buildDir, page), route };
  if (!existsSync(chromiumPath)) {
    const scripts = scriptsNamedIn(html, buildDir);
    return {
      ...base,
      method: "named in the HTML only (no Chromium at /usr/bin/chromium)",
      files: [...scripts.keys()].sort(),
      ...sizes(scripts.values()),
      afterValidation: null,
    };
  }
  return inChromium(buildDir, async ({ tab, scripts, open, settle }) => {
    await open(route);
    const onLoad = new Map(scripts);
    // What validating costs on top: the page may fetch the validator's code only when it is used.
    await validateOnce(tab);
    await settle();
    return {
      ...base,
      method: "loaded in Chromium",
      files: [...onLoad.keys()].sort(),
      ...sizes(onLoad.values()),
      afterValidation: added(scripts, onLoad),
    };
  });
}

/**
 * The gzipped JavaScript the browser loads for the request builder (/draft) until it has hydrated and
 * the network is idle, every script response counted (as apps/site/test/draft.test.ts does against its
 * budget in scripts/size-budgets.json), and what starting a new request adds (the form and its library,
 * loaded on demand). Null without a site build or without Chromium.
 */
export async function draftPageJs(buildDir = siteBuildDir) {
  if (!existsSync(join(buildDir, "draft.html")) || !existsSync(chromiumPath)) return null;
  return inChromium(buildDir, async ({ tab, scripts, open, settle }) => {
    await open("/draft");
    const onLoad = new Map(scripts);
    await tab.locator("button:enabled", { hasText: "New request" }).click();
    await tab.locator("#root_requestingState").waitFor({ timeout: 60_000 });
    await settle();
    return {
      route: "/draft",
      files: [...onLoad.keys()].sort(),
      ...sizes(onLoad.values()),
      afterNewRequest: added(scripts, onLoad),
    };
  });
}
