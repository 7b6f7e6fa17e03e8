/**
 * On time is at or before the due time, read to the minute as the console's clock and the report
 * show it: the console stamps an act with its running clock in milliseconds (simulator/store.ts),
 * so an act recorded seconds after a reminder that arrived at the deadline still reads the due
 * minute and is on time; one recorded in the next minute is late.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/expectations.ts';
import { replay } from '../../src/engine/reduce.ts';
import type { ExerciseAction } from '../../src/engine/actions.ts';
import { loadScenario, minimalPlan } from './helpers.ts';

const { scenario } = loadScenario();
const plan = minimalPlan();
const M = 60_000;

/** "Declare the incident" is due 15 min after detection (T+00:00) in the minimal plan. */
function declared(at: number, end = 2 * 3_600_000) {
  const log: ExerciseAction[] = [
    { type: 'exercise/start', at: 0 },
    // The console's tick lands a little after the minute it reports.
    { type: 'clock/tick', at: 15 * M + 800 },
    { type: 'decision/take', at, decision: 'declare-severity', option: 'sev1', by: 'deputy' },
    { type: 'exercise/end', at: end },
  ];
  const state = replay(plan, scenario, log);
  expect(state.errors).toEqual([]);
  return evaluate(plan, state).find((e) => e.id === 'activity:breach/declare')!;
}

describe('on time is read to the minute', () => {
  it('counts an act recorded while the clock still reads the due minute as on time', () => {
    expect(declared(15 * M + 800).status).toBe('met');
    expect(declared(15 * M + 59_999).status).toBe('met');
  });

  it('counts an act recorded once the clock reads the next minute as late', () => {
    expect(declared(16 * M).status).toBe('late');
  });

  it('shows an unfinished act as overdue only once the clock has passed the due minute', () => {
    const at = (now: number) =>
      evaluate(
        plan,
        replay(plan, scenario, [
          { type: 'exercise/start', at: 0 },
          { type: 'clock/tick', at: now },
        ]),
      ).find((e) => e.id === 'activity:breach/declare')!.status;
    expect([at(15 * M + 30_000), at(16 * M)]).toEqual(['pending', 'overdue']);
  });
});
