/** Unit tests (npm run test:unit): everything under test/ except the browser tests, which need a build. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', '**/node_modules/**'],
  },
});
