import { defineConfig } from 'vitest/config';

/** Browser journeys: each file starts the built server and Chromium, so one at a time and slowly. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.spec.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
