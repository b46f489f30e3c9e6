import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

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

/**
 * Makes sure `/usr/bin/chromium` exists. CI starts with only Node, so as root the Debian package is
 * installed (serialised with other installers through /tmp/lhc-apt.lock when flock is available); any
 * other user gets an error that says what to install.
 */
export function ensureChromium(log: (line: string) => void = console.log): string {
  if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(
      `The site tests need Chromium at ${CHROMIUM_PATH}, which is missing. Install Debian's package with ` +
        "`sudo apt-get update && sudo apt-get install -y chromium` and run the tests again.",
    );
  }
  log(`${CHROMIUM_PATH} is missing: installing Debian's chromium package with apt-get (root).`);
  const install =
    "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium";
  const hasFlock = existsSync("/usr/bin/flock");
  execFileSync(
    hasFlock ? "flock" : "sh",
    hasFlock ? ["/tmp/lhc-apt.lock", "sh", "-c", install] : ["-c", install],
    {
      stdio: "inherit",
    },
  );
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`apt-get finished but ${CHROMIUM_PATH} is still missing; install Chromium by hand.`);
  }
  return CHROMIUM_PATH;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: LAUNCH_ARGS });
}
