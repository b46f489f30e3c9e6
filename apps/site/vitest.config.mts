import { defineConfig, mergeConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.shared";

export default mergeConfig(
  sharedTestConfig,
  defineConfig({
    test: {
      // Installs Debian's chromium when it is missing and checks that the site was built (see test/browser.ts).
      globalSetup: ["./test/global-setup.ts"],
      // One browser at a time: CI has two cores and the browser tests share one static server per file.
      fileParallelism: false,
      // Longer than the shared limit for hooks only: a file's hooks build the site into a temporary
      // directory (test/convention-text.test.ts) or start the browser, minutes on a busy 2-core machine.
      hookTimeout: 600_000,
    },
  }),
);
