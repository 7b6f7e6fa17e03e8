import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    testTimeout: 20_000,
    hookTimeout: 600_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1', DRILLBOOK_TODAY: '2026-11-27' },
  },
});
