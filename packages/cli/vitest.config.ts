import { defineConfig, mergeConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.shared";

// Each test starts the built bin in fresh Node processes; on a busy 2-core CI machine that can take
// several seconds, well beyond vitest's 5 s default. This bounds a hang; it asserts nothing about speed.
export default mergeConfig(sharedTestConfig, defineConfig({ test: { testTimeout: 60_000 } }));
