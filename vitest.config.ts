/** Unit tests (npm run test:unit): everything under test/ except the browser tests, which need a build. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Browser tests need dist/ and run after the build (vitest.e2e.config.ts): test/e2e/ and any *.e2e.test.ts.
    exclude: ['test/e2e/**', '**/*.e2e.test.ts', '**/node_modules/**'],
  },
});
