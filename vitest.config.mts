import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Two cores: the e2e files drive one Chromium each; keep the pool small.
    maxWorkers: 2,
    // CLI tests spawn node several times per test: on a busy two-core machine one takes up to half a minute.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // What the page shows after a heavy call (run in a worker thread) may take a few seconds on a busy machine.
    expect: { poll: { timeout: 10_000 } },
  },
});
