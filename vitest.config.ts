import { defineConfig } from 'vitest/config';

const env = { ASTRO_TELEMETRY_DISABLED: '1', DRILLBOOK_TODAY: '2026-11-27' };
// fast-check's seed (fixed unless FC_SEED says otherwise) and the long properties' run count (FC_RUNS).
const setupFiles = ['test/setup/fast-check.ts'];
// The global setup's handbook build runs in this process: judge the plan on the same fixed day as the tests.
Object.assign(process.env, env);

export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**'],
          testTimeout: 30_000,
          env,
          setupFiles,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          setupFiles,
          fileParallelism: false,
          // A page reacting to a file or a click loads its code on demand; on a busy 2-core machine that can take seconds.
          testTimeout: 120_000,
          hookTimeout: 600_000,
          expect: { poll: { timeout: 15_000 } },
          env,
        },
      },
    ],
  },
});
