import { defineConfig } from 'vitest/config';

/**
 * Three kinds of tests:
 * - unit: pure functions (detectors, stamps, URLs, i18n) — fast, run in parallel;
 * - site: build small fixture sites (broken front matter, unstamped stories…) — one at a time;
 * - browser: real Chromium against the built dist/ (run `npm run build` first; `npm test` does).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['scripts/**/*.test.ts', 'src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/anonymize/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
