import { defineConfig } from 'vitest/config';

// The e2e suite: the built extension (.output/chrome-mv3) in headless Chromium. One browser at a time on 2 cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    fileParallelism: false,
    // One worker for every file in turn (each file launches and closes its own browser; nothing else is shared):
    // a fresh worker per file cost about a second each to start and import.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
