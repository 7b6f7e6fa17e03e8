import { describe, expect, it } from 'vitest';
import { stageDue } from '../../src/plan/deadlines.ts';
import type { BusinessCalendar } from '../../src/plan/time.ts';
import { compileWith, replace, planOf } from '../compiler/helpers.ts';

const AMSTERDAM: BusinessCalendar = { timeZone: 'Europe/Amsterdam', workingDays: [1, 2, 3, 4, 5], holidays: [] };
const NEW_YORK: BusinessCalendar = {
  timeZone: 'America/New_York',
  workingDays: [1, 2, 3, 4, 5],
  holidays: ['2026-11-26'],
};
const form8k = { deadline: 'P4D', days: 'business' as const };
const dora = {
  deadline: 'PT4H',
  days: 'calendar' as const,
  noLaterThan: { deadline: 'PT24H', from: { event: 'awareness' as const } },
};
const HOUR = 3_600_000;

describe('stageDue', () => {
  it('counts business days in the calendar it is given: Thanksgiving moves an SEC filing by a day', () => {
    const wednesday = Date.UTC(2026, 10, 25, 14, 0); // 15:00 Amsterdam, 09:00 New York
    expect(new Date(stageDue(form8k, wednesday, undefined, AMSTERDAM)!).toISOString()).toBe('2026-12-01T14:00:00.000Z');
    expect(new Date(stageDue(form8k, wednesday, undefined, NEW_YORK)!).toISOString()).toBe('2026-12-02T14:00:00.000Z');
  });

  it('takes the earlier of the stage deadline and its "no later than" limit', () => {
    const awareness = Date.UTC(2026, 0, 5, 8, 0);
    expect(stageDue(dora, awareness + 2 * HOUR, awareness, AMSTERDAM)).toBe(awareness + 6 * HOUR);
    expect(stageDue(dora, awareness + 22 * HOUR, awareness, AMSTERDAM)).toBe(awareness + 24 * HOUR);
  });

  it('is due at the outer limit while its own clock has not started, and undefined while neither has', () => {
    const awareness = Date.UTC(2026, 0, 5, 8, 0);
    expect(stageDue(dora, undefined, awareness, AMSTERDAM)).toBe(awareness + 24 * HOUR);
    expect(stageDue(dora, undefined, undefined, AMSTERDAM)).toBeUndefined();
  });
});

describe('obligation calendars', () => {
  it("gives an obligation the plan's business calendar unless it names its own", () => {
    const own = compileWith({
      'obligations.yaml': replace(
        '    appliesWhen:',
        '    businessCalendar: { timeZone: America/New_York, holidays: [2026-11-26] }\n    appliesWhen:',
      ),
    });
    expect(own.problems).toEqual([]);
    expect(planOf(own).obligations[0].calendar).toEqual({
      timeZone: 'America/New_York',
      workingDays: [1, 2, 3, 4, 5],
      holidays: ['2026-11-26'],
    });
    const plain = compileWith();
    expect(planOf(plain).obligations[0].calendar).toEqual(planOf(plain).document.businessCalendar);
    expect(planOf(plain).obligations[0].calendar.timeZone).toBe('Europe/Amsterdam');
  });
});
