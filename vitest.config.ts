import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The end-to-end tests run the real CLI, several processes one after another (the service test
    // runs seven): on a two-core machine under a full parallel run that reaches 30 s. The budget is
    // for a hang, never a timing.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // SQLite files, SMTP ports and Chromium are per test file; two cores is the machine's size.
    pool: "forks",
  },
});
