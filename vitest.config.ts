import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // Most files make their own jsdom pages (tests/unit/load-fixture.ts) or need no DOM at all; the files that use the
    // global document say so with a `// @vitest-environment jsdom` first line (a jsdom per file cost ~1.7 s each).
    environment: 'node',
    pool: 'threads',
    // Vitest leaves one core free by default, which on a 2-core machine runs the files one at a time.
    maxWorkers: Math.max(2, availableParallelism()),
    testTimeout: 20_000,
  },
});
