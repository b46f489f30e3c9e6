import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";
import { ensureDebianPackages } from "../../../scripts/debian-packages";

/** Debian's chromium package; the tests use it rather than a browser downloaded by Playwright. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

const LAUNCH_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Makes sure `/usr/bin/chromium` exists, installing Debian's package when the tests run as root. */
export function ensureChromium(log?: (line: string) => void): string {
  ensureDebianPackages({
    what: `Chromium at ${CHROMIUM_PATH}, which the site tests need,`,
    present: () => existsSync(CHROMIUM_PATH),
    packages: ["chromium"],
    log,
  });
  return CHROMIUM_PATH;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: LAUNCH_ARGS });
}
