/**
 * Plan compiler speed: `compilePlan` on the example plan in content/ and on a large synthetic plan
 * (50 roles, 2,000 activities in 40 playbooks, 200 cross-referencing chapters). Median of 5 runs
 * after one warm-up run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { medianMs, type BenchSection, type Figure } from '../measure.ts';
import { compilePlan } from '../../../src/compiler/compile.ts';
import { SYNTHETIC_TODAY, writeSyntheticPlan } from '../synthetic-plan.ts';
import { planOf } from '../../compiler/helpers.ts';

const section: BenchSection = {
  title: 'Plan compiler',
  async run(): Promise<Figure[]> {
    const figures: Figure[] = [];
    // The first compile in a process pays for JIT warm-up: what `npm run check` feels like. Reported, not held to a target.
    const coldStart = performance.now();
    const example = compilePlan('content');
    const coldMs = Math.round(performance.now() - coldStart);
    const exampleMs = medianMs(() => compilePlan('content'));
    figures.push({ name: 'first compilePlan(content/) in a fresh process (cold)', value: coldMs, unit: 'ms' });
    figures.push({
      name: `compilePlan(content/), ${planOf(example)?.sources.length ?? 0} files`,
      value: exampleMs,
      unit: 'ms',
      target: '< 1000 ms',
      ok: exampleMs < 1000,
    });

    const dir = mkdtempSync(join(tmpdir(), 'drillbook-synthetic-'));
    try {
      writeSyntheticPlan(dir, { roles: 50, activities: 2000, pages: 200 });
      const result = compilePlan(dir, { today: SYNTHETIC_TODAY });
      const errors = result.problems.filter((p) => p.severity === 'error').length;
      figures.push({
        name: 'synthetic plan errors (must compile clean)',
        value: errors,
        unit: '',
        target: '= 0',
        ok: errors === 0,
      });
      const ms = medianMs(() => compilePlan(dir, { today: SYNTHETIC_TODAY }));
      const activities = planOf(result).playbooks.reduce((n, p) => n + p.activities.length, 0);
      figures.push({
        name: `compilePlan(synthetic: ${planOf(result).roles.length} roles, ${activities} activities, ${planOf(result).chapters.length} pages)`,
        value: ms,
        unit: 'ms',
        target: '< 3000 ms',
        ok: ms < 3000,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return figures;
  },
};

export default section;
