import { defineConfig, mergeConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.shared";

export default mergeConfig(
  sharedTestConfig,
  defineConfig({
    // Writing a DOCX and building the JSON Schema a letter is laid out by take well under a second each,
    // but a shared CI machine under load can stretch the first of them past vitest's default 5 s.
    test: { testTimeout: 30_000 },
  }),
);
