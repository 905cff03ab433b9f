import { defineConfig } from 'vitest/config';

// The e2e suite: the built extension (.output/chrome-mv3) in headless Chromium. One browser at a time on 2 cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
