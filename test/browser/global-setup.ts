/**
 * Builds both editions of the example plan once before the browser tests run: the staff handbook
 * into `dist/` and the facilitator kit (the handbook plus the exercise pages) into `dist-exercise/`.
 * Set DRILLBOOK_SKIP_BUILD=1 to reuse existing builds while iterating locally.
 */
import { astroBuild } from '../../src/cli/astro-build.ts';
import { existsSync } from 'node:fs';
import { KIT_VARIABLE, OUT_DIRS } from '../../src/exercise-kit/routes.ts';

export default function setup(): void {
  const reuse = process.env.DRILLBOOK_SKIP_BUILD === '1';
  if (!reuse || !existsSync(`${OUT_DIRS.staff}/index.html`)) astroBuild();
  if (!reuse || !existsSync(`${OUT_DIRS.kit}/exercises/run/index.html`)) astroBuild({ env: { [KIT_VARIABLE]: '1' } });
}
