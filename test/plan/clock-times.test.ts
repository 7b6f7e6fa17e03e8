/** Cadences at wall-clock times: the next time in the plan's time zone, on its weekdays, and the words. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clockWords, nextClockTime, weekdayWords } from '../../src/plan/clock-times.ts';
import { repeatWords } from '../../src/plan/deadlines.ts';
import { evaluate } from '../../src/engine/expectations.ts';
import { replay } from '../../src/engine/reduce.ts';
import { validateScenario } from '../../src/compiler/scenario/validate.ts';
import { compileWith, lines, planOf, replace } from '../compiler/helpers.ts';
import { MINIMAL_SCENARIO } from '../engine/helpers.ts';

const iso = (ms: number) => new Date(ms).toISOString();

describe('the next wall-clock time', () => {
  it('finds the next of several times the same day or the next, in the time zone', () => {
    expect(
      iso(nextClockTime(Date.parse('2026-03-13T15:00:00+01:00'), ['07:30', '19:30'], undefined, 'Europe/Amsterdam')),
    ).toBe('2026-03-13T18:30:00.000Z');
    expect(
      iso(nextClockTime(Date.parse('2026-03-13T20:00:00+01:00'), ['07:30', '19:30'], undefined, 'Europe/Amsterdam')),
    ).toBe('2026-03-14T06:30:00.000Z');
  });

  it('skips the weekdays it does not hold on, and counts a time exactly now as passed', () => {
    expect(
      iso(nextClockTime(Date.parse('2026-03-13T15:00:00+01:00'), ['09:00'], [1, 2, 3, 4, 5], 'Europe/Amsterdam')),
    ).toBe('2026-03-16T08:00:00.000Z');
    expect(iso(nextClockTime(Date.parse('2026-03-16T06:00:00Z'), ['06:00'], undefined, 'UTC'))).toBe(
      '2026-03-17T06:00:00.000Z',
    );
  });

  it('words times and weekdays', () => {
    expect(clockWords(['07:30', '19:30'], undefined)).toBe('at 07:30 and 19:30');
    expect(weekdayWords([5, 1, 2, 3, 4])).toBe('Monday to Friday');
    expect(weekdayWords([6, 7])).toBe('Saturday and Sunday');
    expect(repeatWords([{ at: ['09:00'], on: [1, 3, 5], for: 'P7D' }, { every: 'P1D' }])).toBe(
      'at 09:00 on Monday, Wednesday and Friday for the first 7 days, then every 1 day',
    );
  });
});

describe('a shift hand-off in a playbook', () => {
  const handoff = replace(
    '    submits: gdpr-art33/authority\n',
    '    submits: gdpr-art33/authority\n  - id: hand-off\n    title: Hand over the shift\n    phase: respond\n    raci: { incident-commander: A, deputy: R }\n    repeats: [{ at: ["09:00"], on: [1, 2, 3, 4, 5] }]\n',
  );

  it("is due at the next hand-off time after declaration in the plan's calendar", () => {
    const compiled = compileWith({ 'playbooks/breach.yaml': handoff });
    const { problems } = compiled;
    const plan = planOf(compiled);
    expect(problems).toEqual([]);
    const { scenario } = validateScenario(plan, readFileSync(MINIMAL_SCENARIO, 'utf8'), 's.yaml');
    const state = replay(plan, scenario!, [
      { type: 'exercise/start', at: 0 },
      { type: 'decision/take', at: 60_000, decision: 'declare-severity', option: 'sev1', by: 'incident-commander' },
    ] as never);
    const found = evaluate(plan, state).find((e) => e.id === 'activity:breach/hand-off')!;
    // Declared Friday 15:01 in Amsterdam (T+0 is 15:00); the next weekday 09:00 is Monday, 66 h after T+0.
    expect(found.deadline).toBe(66 * 3_600_000);
    expect(found.rule).toContain('at 09:00 on Monday to Friday');
  });

  it('refuses a step with both every and at, and weekdays without times', () => {
    const both = compileWith({
      'playbooks/breach.yaml': replace(
        '    submits: gdpr-art33/authority\n',
        '    submits: gdpr-art33/authority\n    repeats: [{ every: PT1H, at: ["09:00"] }, { every: PT1H, on: [1] }]\n',
      ),
    });
    const text = lines(both).join('\n');
    expect(text).toContain('must give either every (an interval, e.g. PT20M) or at (times of day');
    expect(text).toContain('gives on (weekdays) without at');
  });
});
