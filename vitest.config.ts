import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One built CLI for every end-to-end file: built here once when dist/ is missing or stale, never per test.
    globalSetup: ["test/setup/built-cli.ts"],
    // End-to-end tests spawn the built CLI, a pseudo-terminal, an HTTPS emulator or a browser:
    // slower than unit tests on a 2-core machine, never a measure of speed.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
