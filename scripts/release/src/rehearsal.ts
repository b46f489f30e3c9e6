import { execFileSync, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { withoutNpmConfig } from "./registry.js";
import { repoRoot } from "./workspace.js";

export interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs a command without a shell; a failure throws with everything the command printed. */
export function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; allowFailure?: boolean; input?: string },
): RunResult {
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    encoding: "utf8",
    input: options.input ?? "",
    maxBuffer: 64 * 1024 * 1024,
  });
  const outcome = { status: result.status ?? 1, stdout: result.stdout ?? "", stderr: result.stderr ?? "" };
  if (result.error) throw result.error;
  if (outcome.status !== 0 && !options.allowFailure) {
    throw new Error(
      `${command} ${args.join(" ")} (in ${options.cwd}) exited with ${outcome.status}\n${outcome.stdout}\n${outcome.stderr}`,
    );
  }
  return outcome;
}

/** Files git would commit: tracked ones as they are now, plus new ones that are not ignored. */
function workingTreeFiles(root: string): string[] {
  const listed = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return [...new Set(listed.split("\0").filter(Boolean))].filter((file) => existsSync(join(root, file)));
}

/**
 * Copies the repository as a clean clone of the current working tree would look, into `target`, and
 * makes it a git repository with one commit (changesets tags releases with git). Installed
 * dependencies are shared with the original: the root node_modules is linked, and each package's own
 * node_modules (pnpm's relative links) is copied so that workspace links point into the copy.
 */
export function copyRepository(target: string, root: string = repoRoot): void {
  mkdirSync(target, { recursive: true });
  for (const file of workingTreeFiles(root)) {
    const destination = join(target, file);
    mkdirSync(dirname(destination), { recursive: true });
    cpSync(join(root, file), destination, { verbatimSymlinks: true });
  }
  symlinkSync(join(root, "node_modules"), join(target, "node_modules"), "dir");
  for (const group of ["packages", "apps", "scripts", "tooling"]) {
    if (!existsSync(join(root, group))) continue;
    for (const name of readdirSync(join(root, group))) {
      const modules = join(root, group, name, "node_modules");
      if (existsSync(join(target, group, name)) && existsSync(modules)) {
        cpSync(modules, join(target, group, name, "node_modules"), {
          recursive: true,
          verbatimSymlinks: true,
        });
      }
    }
  }
  const git = (...args: string[]) =>
    run("git", args, {
      cwd: target,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: "release rehearsal",
        GIT_AUTHOR_EMAIL: "rehearsal@localhost",
        GIT_COMMITTER_NAME: "release rehearsal",
        GIT_COMMITTER_EMAIL: "rehearsal@localhost",
      },
    });
  git("init", "--quiet", "--initial-branch=main");
  git("add", "--all");
  git("commit", "--quiet", "--no-verify", "--message", "rehearsal: working tree as it stands");
}

/**
 * The environment `pnpm release` runs with to publish to `registryUrl`: npm's own configuration
 * variables, exactly what a maintainer or CI sets to target a registry (see CONTRIBUTING.md).
 */
export function releaseEnvironment(
  copy: string,
  registryUrl: string,
  authKey: string,
  workDir: string,
): NodeJS.ProcessEnv {
  const userConfig = join(workDir, "publisher.npmrc");
  writeFileSync(userConfig, `${authKey}:_authToken=rehearsal\n`);
  const bin = join(copy, "node_modules", ".bin");
  return {
    ...withoutNpmConfig(process.env),
    PATH: [bin, ...(process.env.PATH ?? "").split(":").filter((entry) => entry.startsWith("/"))].join(":"),
    npm_config_registry: registryUrl,
    NPM_CONFIG_USERCONFIG: userConfig,
    // turbo would otherwise replay builds from the original's cache only when inputs match; a cache of
    // its own keeps the rehearsal from writing into the developer's cache.
    TURBO_CACHE_DIR: join(workDir, "turbo-cache"),
    TURBO_TELEMETRY_DISABLED: "1",
    DO_NOT_TRACK: "1",
    CI: "true",
  };
}

/** Reads and parses a JSON file. */
export function readJson<T = unknown>(file: string): T {
  return JSON.parse(readFileSync(file, "utf8")) as T;
}
