/**
 * The example handbook builds without a warning: every line a build prints is one a reader can act
 * on, so a warning that appears is news (src/integration/quiet-build.ts, src/content.config.ts's
 * i18n collection, src/pages/404.astro). Reads the output of the global setup's build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILD_LOG } from './global-setup.ts';

describe('the example build', () => {
  it('completes without printing a warning', () => {
    expect(
      existsSync(BUILD_LOG),
      `${BUILD_LOG} is missing: run the browser tests once without DRILLBOOK_SKIP_BUILD=1`,
    ).toBe(true);
    // Astro colours its output where the terminal (or CI) allows: read the text without the colour codes.
    const log = readFileSync(BUILD_LOG, 'utf8').replace(/\u001b\[[0-9;]*m/g, '');
    expect(log).toContain('[build] Complete!');
    expect(log).toContain('[drillbook] plan');
    expect(log.split('\n').filter((line) => /\[WARN\]|\bWarning:|MODULE_LEVEL_DIRECTIVE/.test(line))).toEqual([]);
  });
});
