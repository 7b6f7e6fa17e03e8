/**
 * Builds both editions of the example plan once before the browser tests run: the staff handbook
 * into `dist/` and the facilitator kit (the handbook plus the exercise pages) into `dist-exercise/`.
 * The staff build's output goes to {@link BUILD_LOG} (test/browser/quiet-build.test.ts reads it: the
 * build prints no warning). Set DRILLBOOK_SKIP_BUILD=1 to reuse existing builds while iterating locally.
 */
import { astroBuild } from '../../src/cli/astro-build.ts';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { KIT_VARIABLE, OUT_DIRS } from '../../src/relay/kit-routes.ts';

/** Where the global setup's build writes Astro's output (git ignores test-results/). */
export const BUILD_LOG = 'test-results/handbook-build.log';

export default function setup(): void {
  const reuse = process.env.DRILLBOOK_SKIP_BUILD === '1';
  if (!reuse || !existsSync(`${OUT_DIRS.staff}/index.html`)) {
    const output = astroBuild({ quiet: true });
    process.stdout.write(output);
    mkdirSync(dirname(BUILD_LOG), { recursive: true });
    writeFileSync(BUILD_LOG, output);
  }
  if (!reuse || !existsSync(`${OUT_DIRS.kit}/exercises/run/index.html`)) astroBuild({ env: { [KIT_VARIABLE]: '1' } });
}
