import { defineConfig, mergeConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.shared";

// The rehearsal builds, publishes and installs the packages in fresh processes: minutes on a busy 2-core
// machine. The limits bound a hang; they assert nothing about speed.
export default mergeConfig(
  sharedTestConfig,
  defineConfig({ test: { testTimeout: 300_000, hookTimeout: 900_000, fileParallelism: false } }),
);
