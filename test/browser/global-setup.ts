/**
 * Builds the handbook of the example plan once into `dist/` before the browser tests run.
 * Set DRILLBOOK_SKIP_BUILD=1 to reuse an existing dist/ while iterating locally.
 */
import { astroBuild } from '../../src/cli/astro-build.ts';
import { existsSync } from 'node:fs';

export default function setup(): void {
  if (process.env.DRILLBOOK_SKIP_BUILD === '1' && existsSync('dist/index.html')) return;
  astroBuild();
}
