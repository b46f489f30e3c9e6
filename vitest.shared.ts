import { defineConfig } from "vitest/config";

// Every package writes a JSON report beside its default output so that `pnpm test` can print one
// "N passed, N failed" line counted from the runners' own results (see scripts/run-tests.mjs).
export const sharedTestConfig = defineConfig({
  test: {
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
    include: ["test/**/*.test.ts"],
    // The one test timeout of the repository: `pnpm test` runs every package's tasks side by side on a
    // 2-core machine (site builds, the release rehearsal, property tests), so a test or a hook may wait
    // for the CPU. The limit only bounds a hang; speed is measured by `pnpm bench`, never asserted by a
    // timeout. Only a package whose hooks build a site or rehearse a release sets a longer one, in its
    // own vitest config (apps/site, scripts/release).
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
