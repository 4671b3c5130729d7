import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One built CLI for every end-to-end file: built here once when dist/ is missing or stale, never per test.
    globalSetup: ["test/setup/built-cli.ts"],
    // Vitest's default is one worker per core less one: a single worker on a 2-core machine, idle while a file
    // waits on a spawned CLI, an emulator's timeout or a browser. Two files at a time overlap those waits
    // (docs/testing.md: 152 s → 94 s for six end-to-end files on the loaded 2-core machine).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // End-to-end tests spawn the built CLI, a pseudo-terminal, an HTTPS emulator or a browser:
    // slower than unit tests on a 2-core machine, never a measure of speed.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
