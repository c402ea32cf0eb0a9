import { defineConfig } from 'vitest/config';

// Two projects: `unit` (in-process, `npm run test:unit` for the quick loop) and `e2e` (the built product
// as real processes against a local fake Discord; `dist/` is built once before they run).
// Hostile-input files that also start the built bot or command line: they run after the build too.
const RUNS_THE_BUILD = ['tests/hostile/bot.test.ts', 'tests/hostile/input.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/e2e/**', ...RUNS_THE_BUILD] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts', ...RUNS_THE_BUILD],
          globalSetup: ['tests/helpers/build.ts'],
        },
      },
    ],
  },
});
