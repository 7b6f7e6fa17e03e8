/**
 * Builds the handbook of the example plan once into `dist/` before the browser tests run, and keeps
 * Astro's output in {@link BUILD_LOG} (test/browser/quiet-build.test.ts reads it: the build prints
 * no warning). Set DRILLBOOK_SKIP_BUILD=1 to reuse an existing dist/ while iterating locally.
 */
import { astroBuild } from '../../src/cli/astro-build.ts';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Where the global setup's build writes Astro's output (git ignores test-results/). */
export const BUILD_LOG = 'test-results/handbook-build.log';

export default function setup(): void {
  if (process.env.DRILLBOOK_SKIP_BUILD === '1' && existsSync('dist/index.html')) return;
  const output = astroBuild({ quiet: true });
  process.stdout.write(output);
  mkdirSync(dirname(BUILD_LOG), { recursive: true });
  writeFileSync(BUILD_LOG, output);
}
