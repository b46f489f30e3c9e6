import { defineConfig, mergeConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.shared";

export default mergeConfig(
  sharedTestConfig,
  defineConfig({
    test: {
      // Longer than the shared limit: the hostile-input and property tests run thousands of validations
      // per example (about a minute each under `pnpm test`'s load on two cores). A limit for slow machines,
      // not a performance check (`pnpm bench` measures speed).
      testTimeout: 300_000,
    },
  }),
);
