/**
 * A test plan with two classification scales (test/fixtures/two-scales: the minimal plan with an
 * urgency priority beside the severity, not transcribed from any source), and its scenario: due times
 * and a cadence per priority, worded and counted at the priority the scenario holds, which a branch
 * of the exercise escalates.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/compiler/compile.ts';
import { validateScenarios } from '../../src/compiler/scenario/validate-all.ts';
import { evaluate } from '../../src/engine/expectations.ts';
import { replay } from '../../src/engine/reduce.ts';
import { dueWords, repeatWords } from '../../src/plan/deadlines.ts';
import { planOf } from '../compiler/helpers.ts';

const MIN = 60_000;
const DIR = 'test/fixtures/two-scales';
const FILE = `${DIR}/scenarios/stolen-export.yaml`;

describe('a plan with two scales', () => {
  const result = compilePlan(`${DIR}/plan`, { today: '2026-06-01' });
  const plan = planOf(result);
  const activity = (id: string) => plan.playbooks[0].activities.find((a) => a.id === id)!;
  const scenarios = validateScenarios(plan, [{ file: FILE, text: readFileSync(FILE, 'utf8') }]);

  it('checks clean, plan and scenario', () => {
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(scenarios.problems).toEqual([]);
  });

  it('words the times per priority as the pages show them', () => {
    expect(dueWords(activity('declare').due!)).toBe(
      'within 1 h of detection at P1 Critical; 4 h at P2 High; otherwise 1 day',
    );
    expect(repeatWords(activity('post-status-update').repeats!)).toBe('every 30 min at P1 Critical; otherwise 2 h');
  });

  it('counts them at the priority the scenario holds, escalated by the branch the team takes', () => {
    const scenario = scenarios.results[0]!.scenario!;
    const run = (option: string) =>
      evaluate(
        plan,
        replay(plan, scenario, [
          { type: 'exercise/start', at: 0 },
          { type: 'decision/take', at: 10 * MIN, decision: 'declare-severity', option, by: 'incident-commander' },
        ] as never),
      );
    const at = (option: string, id: string) => run(option).find((e) => e.id === id)?.deadline;
    // At P3 the declaration is due within the general day, and no status updates arise.
    expect(at('sev2', 'activity:breach/declare')).toBe(24 * 60 * MIN);
    expect(run('sev2').map((e) => e.id)).not.toContain('activity:breach/post-status-update');
    // Escalated to P1 at T+10 min: within 1 h of detection, and the first update 30 min after it arose.
    expect(at('escalate', 'activity:breach/declare')).toBe(60 * MIN);
    expect(at('escalate', 'activity:breach/post-status-update')).toBe(40 * MIN);
  });
});
