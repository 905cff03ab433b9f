import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    pool: 'threads',
    // Vitest leaves one core free by default, which on a 2-core machine runs the files one at a time.
    maxWorkers: Math.max(2, availableParallelism()),
    testTimeout: 20_000,
  },
});
