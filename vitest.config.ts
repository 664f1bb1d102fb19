import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // SQLite files, SMTP ports and Chromium are per test file; two cores is the machine's size.
    pool: "forks",
  },
});
