import { describe, expect, it } from 'vitest';
import { addDuration, DEFAULT_CALENDAR, durationToMs, formatDuration, isBusinessDay, parseDuration, type BusinessCalendar } from '../../src/plan/time.ts';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString().replace('.000', '');
const amsterdam: BusinessCalendar = { timeZone: 'Europe/Amsterdam', workingDays: [1, 2, 3, 4, 5], holidays: [] };

describe('parseDuration', () => {
  it('reads every part of an ISO-8601 duration', () => {
    expect(parseDuration('P1Y2M3W4DT5H6M7S')).toEqual({ years: 1, months: 2, weeks: 3, days: 4, hours: 5, minutes: 6, seconds: 7 });
    expect(parseDuration('PT72H')).toEqual({ years: 0, months: 0, weeks: 0, days: 0, hours: 72, minutes: 0, seconds: 0 });
  });

  it('tells months (P1M) from minutes (PT1M)', () => {
    expect(parseDuration('P1M')?.months).toBe(1);
    expect(parseDuration('PT1M')).toMatchObject({ months: 0, minutes: 1 });
  });

  it('rejects negative, empty, lower-case, fractional and shorthand durations', () => {
    for (const bad of ['-PT5M', 'P', 'PT', 'pt1h', 'PT1.5H', '72h', 'PT1H30', 'P1H', '', '15 min']) expect(parseDuration(bad), bad).toBeUndefined();
  });

  it('rejects values that are not text', () => {
    expect(parseDuration(42 as unknown as string)).toBeUndefined();
    expect(parseDuration(undefined as unknown as string)).toBeUndefined();
  });
});

describe('durationToMs', () => {
  it('converts elapsed units exactly and months and years nominally', () => {
    expect(durationToMs('PT15M')).toBe(15 * 60_000);
    expect(durationToMs('PT72H')).toBe(durationToMs('P3D'));
    expect(durationToMs('P1W')).toBe(durationToMs('P7D'));
    expect(durationToMs('P1M')).toBe(durationToMs('P30D'));
    expect(durationToMs('P1Y')).toBe(durationToMs('P365D'));
    expect(durationToMs('PT0S')).toBe(0);
  });

  it('is NaN for an unparsable duration, so comparisons with it are false', () => {
    expect(durationToMs('72h')).toBeNaN();
  });
});

describe('formatDuration', () => {
  it('words durations for people', () => {
    expect(formatDuration('PT15M')).toBe('15 min');
    expect(formatDuration('PT72H')).toBe('72 h');
    expect(formatDuration('P1D')).toBe('1 day');
    expect(formatDuration('P4D', 'business')).toBe('4 business days');
    expect(formatDuration('P1M')).toBe('1 month');
    expect(formatDuration('PT1H30M')).toBe('1 h 30 min');
    expect(formatDuration('PT0S')).toBe('0 min');
  });

  it('returns text it cannot parse unchanged', () => {
    expect(formatDuration('soon')).toBe('soon');
  });
});

describe('addDuration with calendar days', () => {
  it('adds hours as elapsed time', () => {
    expect(iso(addDuration(at('2026-11-27T15:00:00Z'), 'PT72H'))).toBe('2026-11-30T15:00:00Z');
  });

  it('clamps a month added at month end to the last day of the shorter month', () => {
    expect(iso(addDuration(at('2026-01-31T09:00:00Z'), 'P1M'))).toBe('2026-02-28T09:00:00Z');
    expect(iso(addDuration(at('2028-01-31T09:00:00Z'), 'P1M'))).toBe('2028-02-29T09:00:00Z');
    expect(iso(addDuration(at('2026-03-31T09:00:00Z'), 'P1M'))).toBe('2026-04-30T09:00:00Z');
    expect(iso(addDuration(at('2024-02-29T00:00:00Z'), 'P1Y'))).toBe('2025-02-28T00:00:00Z');
  });

  it('crosses a year with months', () => {
    expect(iso(addDuration(at('2026-11-15T00:00:00Z'), 'P3M'))).toBe('2027-02-15T00:00:00Z');
  });

  it('keeps the wall-clock time across a daylight-saving change when adding days', () => {
    // Europe/Amsterdam moves to summer time on 29 March 2026: noon to noon is 23 hours.
    const start = at('2026-03-28T11:00:00Z'); // 12:00 CET
    expect(iso(addDuration(start, 'P1D', 'calendar', amsterdam))).toBe('2026-03-29T10:00:00Z'); // 12:00 CEST
    expect(iso(addDuration(start, 'PT24H', 'calendar', amsterdam))).toBe('2026-03-29T11:00:00Z'); // 13:00 CEST
  });

  it('keeps the wall-clock time when summer time ends', () => {
    const start = at('2026-10-24T10:00:00Z'); // 12:00 CEST
    expect(iso(addDuration(start, 'P1D', 'calendar', amsterdam))).toBe('2026-10-25T11:00:00Z'); // 12:00 CET
  });

  it('is NaN for an unparsable duration', () => {
    expect(addDuration(at('2026-01-01T00:00:00Z'), 'three days')).toBeNaN();
  });
});

describe('addDuration with business days', () => {
  it('skips the weekend: 4 business days from Friday 15:00 is Thursday 15:00', () => {
    expect(iso(addDuration(at('2026-11-27T15:00:00Z'), 'P4D', 'business'))).toBe('2026-12-03T15:00:00Z');
  });

  it('counts from the next working day when starting on a Saturday', () => {
    expect(iso(addDuration(at('2026-11-28T10:00:00Z'), 'P4D', 'business'))).toBe('2026-12-03T10:00:00Z');
  });

  it('skips a holiday', () => {
    const calendar = { ...DEFAULT_CALENDAR, holidays: ['2026-11-30'] };
    expect(iso(addDuration(at('2026-11-27T15:00:00Z'), 'P1D', 'business', calendar))).toBe('2026-12-01T15:00:00Z');
  });

  it('counts a business week as five working days', () => {
    expect(addDuration(at('2026-11-23T09:00:00Z'), 'P1W', 'business')).toBe(addDuration(at('2026-11-23T09:00:00Z'), 'P5D', 'business'));
    expect(iso(addDuration(at('2026-11-23T09:00:00Z'), 'P1W', 'business'))).toBe('2026-11-30T09:00:00Z');
  });

  it('decides which day it is in the calendar time zone', () => {
    // Friday 23:30 UTC is already Saturday 00:30 in Amsterdam, so the next working day there is Monday.
    const start = at('2026-11-27T23:30:00Z');
    expect(iso(addDuration(start, 'P1D', 'business'))).toBe('2026-11-30T23:30:00Z'); // UTC: Fri → Mon
    expect(iso(addDuration(start, 'P1D', 'business', amsterdam))).toBe('2026-11-29T23:30:00Z'); // Sat → Mon 00:30 CET
  });

  it('honours a six-day working week', () => {
    const calendar = { ...DEFAULT_CALENDAR, workingDays: [1, 2, 3, 4, 5, 6] };
    expect(iso(addDuration(at('2026-11-27T15:00:00Z'), 'P1D', 'business', calendar))).toBe('2026-11-28T15:00:00Z');
  });

  it('adds hours after the business days as elapsed time', () => {
    expect(iso(addDuration(at('2026-11-27T15:00:00Z'), 'P1DT12H', 'business'))).toBe('2026-12-01T03:00:00Z');
  });

  it('is NaN for a calendar without working days instead of looping forever', () => {
    expect(addDuration(at('2026-11-27T15:00:00Z'), 'P1D', 'business', { ...DEFAULT_CALENDAR, workingDays: [] })).toBeNaN();
  });
});

describe('isBusinessDay', () => {
  it('tells weekdays from weekends and holidays', () => {
    expect(isBusinessDay(at('2026-11-27T12:00:00Z'), DEFAULT_CALENDAR)).toBe(true);
    expect(isBusinessDay(at('2026-11-29T12:00:00Z'), DEFAULT_CALENDAR)).toBe(false);
    expect(isBusinessDay(at('2026-12-25T12:00:00Z'), { ...DEFAULT_CALENDAR, holidays: ['2026-12-25'] })).toBe(false);
  });
});

describe('addDuration guards', () => {
  it('is NaN instead of looping when no working day is an ISO weekday', () => {
    expect(addDuration(at('2026-11-27T15:00:00Z'), 'P1D', 'business', { ...DEFAULT_CALENDAR, workingDays: [0] })).toBeNaN();
  });

  it('is NaN for more than a century of business days', () => {
    expect(addDuration(at('2026-11-27T15:00:00Z'), 'P99999999D', 'business')).toBeNaN();
  });
});
