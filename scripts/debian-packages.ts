import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/**
 * Makes sure what a test needs from Debian is installed. CI starts with only Node, so as root the packages
 * are installed with apt-get, one install at a time across the test run (through /tmp/lhc-apt.lock when
 * flock is available: apt holds its own lock and would fail a second install running beside it); any other
 * user gets an error that says what to install. Used by the site tests (chromium) and the release tests
 * (python3-jsonschema).
 */
export function ensureDebianPackages(need: {
  /** What the test needs, for messages: "Chromium at /usr/bin/chromium". */
  what: string;
  /** Whether it is there and works. */
  present: () => boolean;
  packages: readonly string[];
  log?: (line: string) => void;
}): void {
  if (need.present()) return;
  const packages = need.packages.join(" ");
  if (typeof process.getuid !== "function" || process.getuid() !== 0) {
    throw new Error(
      `${need.what} is missing. Install Debian's packages with \`sudo apt-get update && sudo apt-get install -y ${packages}\` and run the tests again.`,
    );
  }
  (need.log ?? console.log)(`${need.what} is missing: installing Debian's ${packages} with apt-get (root).`);
  const install = `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${packages}`;
  const hasFlock = existsSync("/usr/bin/flock");
  execFileSync(
    hasFlock ? "flock" : "sh",
    hasFlock ? ["/tmp/lhc-apt.lock", "sh", "-c", install] : ["-c", install],
    { stdio: "inherit" },
  );
  if (!need.present()) {
    throw new Error(`apt-get finished but ${need.what} is still missing; install ${packages} by hand.`);
  }
}
