import { defineConfig, mergeConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.shared";

// The importer tests parse half-megabyte XML files several times; on a busy 2-core CI machine that can
// exceed vitest's 5 s default, which would fail a correct test. This is a ceiling, not a timing check.
export default mergeConfig(sharedTestConfig, defineConfig({ test: { testTimeout: 60_000 } }));
