/** Unit tests (npm run test:unit): everything under test/ except the browser tests, which need a build. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Browser tests need dist/ and run after the build (vitest.e2e.config.ts): test/e2e/ and any *.e2e.test.ts.
    exclude: ['test/e2e/**', '**/*.e2e.test.ts', '**/node_modules/**'],
    // A safety net, not a measurement: tests that start a process (the CLIs, the build) take seconds on a busy
    // two-core machine (several suites at once: 30 s was passed by a 10 s test), and a test must not fail because the
    // machine was busy. Timings live in `npm run bench`.
    testTimeout: 120_000,
    // The same for hooks: removing the fixture trees of test/checks (afterAll, many copies of content/) took over
    // vitest's default 10 s on a two-core machine under a load of 23 (ci67 on int 4512e19), failing the file.
    hookTimeout: 120_000,
    // Property tests draw from one fixed seed unless FC_SEED says otherwise (test/setup/fast-check.ts).
    setupFiles: ['test/setup/fast-check.ts'],
  },
});
