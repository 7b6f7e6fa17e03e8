import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SYNTHETIC_TODAY, writeSyntheticPlan } from '../bench/synthetic-plan.ts';
import { compilePlan } from '../../src/compiler/compile.ts';
import { formatProblem } from '../../src/compiler/problems.ts';
import { planOf } from './helpers.ts';

describe('writeSyntheticPlan', () => {
  const dir = mkdtempSync(join(tmpdir(), 'drillbook-synthetic-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a plan of the requested size that compiles without a single problem', () => {
    writeSyntheticPlan(dir, { roles: 8, activities: 120, pages: 6 });
    const result = compilePlan(dir, { today: SYNTHETIC_TODAY });
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(planOf(result).roles).toHaveLength(8);
    expect(planOf(result).playbooks).toHaveLength(3);
    expect(planOf(result).playbooks.reduce((n, p) => n + p.activities.length, 0)).toBe(120);
    expect(planOf(result).chapters).toHaveLength(6);
    expect(planOf(result).chapters[0].references.length).toBeGreaterThanOrEqual(12);
  });
});
