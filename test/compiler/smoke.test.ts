import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/compiler/compile.ts';
import { planOf } from './helpers.ts';

describe('minimal fixture', () => {
  it('compiles the minimal fixture plan with no problems', () => {
    const result = compilePlan('test/fixtures/minimal', { today: '2026-06-01' });
    expect(result.problems).toEqual([]);
    expect(planOf(result).playbooks[0].activities.map((a) => a.key)).toEqual(['breach/declare', 'breach/notify-dpa']);
  });
});
