// The documentation site: cold build (caches cleared) and warm build (run again at once) of apps/site,
// and the gzipped JavaScript the browser loads for the validator page, read from the build output.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { root } from "./workspace.mjs";

const siteDir = join(root, "apps", "site");
const buildDir = join(siteDir, "build");

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

export function benchSiteBuild() {
  timedPnpm(["exec", "docusaurus", "clear"]);
  const coldMs = timedPnpm(["run", "build"]);
  const warmMs = timedPnpm(["run", "build"]);
  return { coldMs, warmMs, ratio: coldMs / warmMs };
}

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return htmlFiles(path);
    return d.name.endsWith(".html") ? [path] : [];
  });
}

/**
 * Scripts the validator page loads: its <script src> tags and the route chunks it preloads. Returns
 * null when there is no site build or no page whose path names the validator.
 */
export function validatorPageJs() {
  if (!existsSync(buildDir)) return null;
  const page = htmlFiles(buildDir)
    .filter((file) => /validat/i.test(relative(buildDir, file)))
    .sort((a, b) => a.length - b.length)[0];
  if (!page) return null;
  const html = readFileSync(page, "utf8");
  const urls = new Set();
  for (const match of html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g)) urls.add(match[1]);
  for (const match of html.matchAll(/<link[^>]*\shref="([^"]+\.js)"[^>]*>/g)) {
    if (/rel="(preload|modulepreload)"/.test(match[0])) urls.add(match[1]);
  }
  let gzip = 0;
  let raw = 0;
  const files = [];
  for (const url of urls) {
    // Root-relative URLs carry the site's baseUrl; find the file by its path under build/.
    const path = url.replace(/^https?:\/\/[^/]+/, "").split("?")[0];
    const candidates = [join(buildDir, path)];
    const parts = path.split("/").filter(Boolean);
    for (let i = 1; i < parts.length; i++) candidates.push(join(buildDir, ...parts.slice(i)));
    const file = candidates.find((c) => existsSync(c) && statSync(c).isFile());
    if (!file) continue;
    const bytes = readFileSync(file);
    raw += bytes.byteLength;
    gzip += gzipSync(bytes, { level: 9 }).byteLength;
    files.push(relative(buildDir, file));
  }
  return { page: relative(root, page), files, raw, gzip };
}
