import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { homedir } from "node:os";
import { join } from "node:path";

/**
 * Verdaccio as the rehearsal's registry. 6.8.0 is the release known to install here, and only with npm
 * keeping `node-fetch` at 2.7.0 (newer 6.x releases fail to install on these machines).
 */
export const verdaccioVersion = "6.8.0";
const verdaccioManifest = {
  name: "lhc-release-rehearsal-verdaccio",
  private: true,
  dependencies: { verdaccio: verdaccioVersion },
  overrides: { "node-fetch": "2.7.0" },
};

/** Outside the repository, so that a clean clone installs it once per machine and not once per run. */
export function toolCacheDir(): string {
  return (
    process.env.LHC_TOOL_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "lhc-release")
  );
}

/** Installs Verdaccio into the tool cache when it is missing; returns the path of its start script. */
export function ensureVerdaccio(): string {
  const dir = join(toolCacheDir(), `verdaccio-${verdaccioVersion}`);
  const bin = join(dir, "node_modules", "verdaccio", "bin", "verdaccio");
  if (existsSync(bin)) return bin;
  // Installed beside its final place and renamed, so that an interrupted install is never taken for a
  // finished one.
  const staging = `${dir}.installing-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  writeFileSync(join(staging, "package.json"), `${JSON.stringify(verdaccioManifest, null, 2)}\n`);
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd: staging,
    stdio: ["ignore", "ignore", "inherit"],
    // The project's own registry settings must not leak into this install.
    env: withoutNpmConfig(process.env),
  });
  rmSync(dir, { recursive: true, force: true });
  renameSync(staging, dir);
  return bin;
}

/** The environment without npm settings inherited from a package-manager script (`npm_config_*`). */
export function withoutNpmConfig(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !/^npm_config_/iu.test(key)));
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface LocalRegistry {
  /** e.g. `http://127.0.0.1:41234/` */
  url: string;
  /** The `//host:port/` key npm and pnpm look up credentials under. */
  authKey: string;
  stop(): Promise<void>;
}

/**
 * Starts Verdaccio on 127.0.0.1 on a free port with its storage in `dir`. It accepts anonymous
 * publishing of `@lhc/*` and has no uplink, so it holds only what the rehearsal publishes.
 */
export async function startRegistry(dir: string): Promise<LocalRegistry> {
  const bin = ensureVerdaccio();
  mkdirSync(dir, { recursive: true });
  const config = join(dir, "config.yaml");
  writeFileSync(
    config,
    [
      "storage: ./storage",
      "auth: { htpasswd: { file: ./htpasswd, max_users: -1 } }",
      "uplinks: {}",
      "packages:",
      "  '@lhc/*': { access: $all, publish: $anonymous, unpublish: $anonymous }",
      "  '**': { access: $all, publish: $anonymous }",
      "log: { type: stdout, format: pretty, level: warn }",
      "",
    ].join("\n"),
  );
  for (let attempt = 1; ; attempt += 1) {
    const port = await freePort();
    // Its log goes to a file: a pipe that nobody reads while a test waits on a synchronous child process
    // would fill up and stall the registry.
    const logFile = join(dir, "verdaccio.log");
    const log = openSync(logFile, "a");
    const child = spawn(process.execPath, [bin, "--config", config, "--listen", `127.0.0.1:${port}`], {
      cwd: dir,
      stdio: ["ignore", log, log],
      env: withoutNpmConfig(process.env),
    });
    closeSync(log);
    const url = `http://127.0.0.1:${port}/`;
    if (await waitForPing(url, child)) {
      return { url, authKey: `//127.0.0.1:${port}/`, stop: () => stopProcess(child) };
    }
    await stopProcess(child);
    // Another process may have taken the port between our probe and Verdaccio's listen.
    if (attempt >= 3)
      throw new Error(`Verdaccio did not answer /-/ping on ${url}:\n${readFileSync(logFile, "utf8")}`);
  }
}

async function waitForPing(url: string, child: ChildProcess): Promise<boolean> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      const response = await fetch(new URL("-/ping", url));
      if (response.ok) return true;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
