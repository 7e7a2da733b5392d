/**
 * Browser tests (npm run test:e2e) against the built site in dist/: Debian's Chromium driven by playwright-core,
 * one browser per file, two files at a time (CI has two cores).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // test/e2e/ share one harness; a part may keep its own browser test beside its unit tests as *.e2e.test.ts.
    include: ['test/e2e/**/*.test.ts', 'test/**/*.e2e.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
  },
});
