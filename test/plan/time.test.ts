import { describe, expect, it } from 'vitest';
import {
  addDuration,
  DEFAULT_CALENDAR,
  durationToMs,
  formatDuration,
  fromWall,
  isBusinessDay,
  parseDuration,
  updateWords,
  zoneOffset,
  type BusinessCalendar,
} from '../../src/plan/time.ts';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString().replace('.000', '');
const amsterdam: BusinessCalendar = { timeZone: 'Europe/Amsterdam', workingDays: [1, 2, 3, 4, 5], holidays: [] };
const newYork: BusinessCalendar = { ...amsterdam, timeZone: 'America/New_York' };
/** A Sunday-to-Thursday working week, so a business day can land on the Sunday the clocks change. */
const sundayToThursday = (c: BusinessCalendar): BusinessCalendar => ({ ...c, workingDays: [7, 1, 2, 3, 4] });

describe('parseDuration', () => {
  it('reads every part of an ISO-8601 duration', () => {
    expect(parseDuration('P1Y2M3W4DT5H6M7S')).toEqual({
      years: 1,
      months: 2,
      weeks: 3,
      days: 4,
      hours: 5,
      minutes: 6,
      seconds: 7,
    });
    expect(parseDuration('PT72H')).toEqual({
      years: 0,
      months: 0,
      weeks: 0,
      days: 0,
      hours: 72,
      minutes: 0,
      seconds: 0,
    });
  });

  it('tells months (P1M) from minutes (PT1M)', () => {
    expect(parseDuration('P1M')?.months).toBe(1);
    expect(parseDuration('PT1M')).toMatchObject({ months: 0, minutes: 1 });
  });

  it('rejects negative, empty, lower-case, fractional and shorthand durations', () => {
    for (const bad of ['-PT5M', 'P', 'PT', 'pt1h', 'PT1.5H', '72h', 'PT1H30', 'P1H', '', '15 min'])
      expect(parseDuration(bad), bad).toBeUndefined();
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
    expect(addDuration(at('2026-11-23T09:00:00Z'), 'P1W', 'business')).toBe(
      addDuration(at('2026-11-23T09:00:00Z'), 'P5D', 'business'),
    );
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
    expect(
      addDuration(at('2026-11-27T15:00:00Z'), 'P1D', 'business', { ...DEFAULT_CALENDAR, workingDays: [] }),
    ).toBeNaN();
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
    expect(
      addDuration(at('2026-11-27T15:00:00Z'), 'P1D', 'business', { ...DEFAULT_CALENDAR, workingDays: [0] }),
    ).toBeNaN();
  });

  it('is NaN for more than a century of business days', () => {
    expect(addDuration(at('2026-11-27T15:00:00Z'), 'P99999999D', 'business')).toBeNaN();
  });

  it('is NaN for a start that is not a number, in any zone', () => {
    expect(addDuration(NaN, 'P1D')).toBeNaN();
    expect(addDuration(NaN, 'P1D', 'calendar', amsterdam)).toBeNaN();
  });

  it('is NaN for a deadline past the last representable date instead of throwing', () => {
    expect(addDuration(at('2026-11-27T15:00:00Z'), 'P300000Y', 'calendar', amsterdam)).toBeNaN();
    expect(addDuration(at('2026-11-27T15:00:00Z'), 'P300000Y')).toBeNaN();
  });
});

// In 2026 New York changes clocks on Sunday 8 March (02:00 EST → 03:00 EDT) and Sunday 1 November
// (02:00 EDT → 01:00 EST); Amsterdam on Sunday 29 March (02:00 CET → 03:00 CEST) and Sunday
// 25 October (03:00 CEST → 02:00 CET). Expected instants are Temporal's ('compatible' disambiguation).
describe('addDuration across daylight-saving changes', () => {
  it('moves a New York time that falls in the spring-forward gap an hour later, not earlier', () => {
    const start = at('2026-03-07T07:30:00Z'); // Saturday 02:30 EST
    expect(iso(addDuration(start, 'P1D', 'calendar', newYork))).toBe('2026-03-08T07:30:00Z'); // 03:30 EDT, 24 h later
  });

  it('moves an Amsterdam time that falls in the spring-forward gap an hour later', () => {
    const start = at('2026-03-28T01:30:00Z'); // Saturday 02:30 CET
    expect(iso(addDuration(start, 'P1D', 'calendar', amsterdam))).toBe('2026-03-29T01:30:00Z'); // 03:30 CEST, 23 h later
  });

  it('takes the earlier of the two New York times shown twice when the clocks go back', () => {
    const start = at('2026-10-31T05:30:00Z'); // Saturday 01:30 EDT
    expect(iso(addDuration(start, 'P1D', 'calendar', newYork))).toBe('2026-11-01T05:30:00Z'); // 01:30 EDT, not 01:30 EST
  });

  it('takes the earlier of the two Amsterdam times shown twice when the clocks go back', () => {
    const start = at('2026-10-24T00:30:00Z'); // Saturday 02:30 CEST
    expect(iso(addDuration(start, 'P1D', 'calendar', amsterdam))).toBe('2026-10-25T00:30:00Z'); // 02:30 CEST, not 02:30 CET
  });

  it('adds months to the wall-clock date and then resolves a gap the same way', () => {
    const start = at('2026-02-08T07:30:00Z'); // Sunday 8 February 02:30 EST
    expect(iso(addDuration(start, 'P1M', 'calendar', newYork))).toBe('2026-03-08T07:30:00Z'); // 03:30 EDT
  });

  it('adds hours as elapsed time through the gap and the overlap', () => {
    expect(iso(addDuration(at('2026-03-08T06:30:00Z'), 'PT1H', 'calendar', newYork))).toBe('2026-03-08T07:30:00Z'); // 01:30 EST → 03:30 EDT
    expect(iso(addDuration(at('2026-10-25T00:30:00Z'), 'PT1H', 'calendar', amsterdam))).toBe('2026-10-25T01:30:00Z'); // 02:30 CEST → 02:30 CET
  });

  it('keeps the wall-clock time when business days run over the weekend the clocks change', () => {
    // Friday 09:00 → Monday 09:00 in both zones, though the clocks moved on the Sunday in between.
    expect(iso(addDuration(at('2026-03-06T14:00:00Z'), 'P1D', 'business', newYork))).toBe('2026-03-09T13:00:00Z'); // EST → EDT
    expect(iso(addDuration(at('2026-03-27T08:00:00Z'), 'P1D', 'business', amsterdam))).toBe('2026-03-30T07:00:00Z'); // CET → CEST
    expect(iso(addDuration(at('2026-10-30T13:00:00Z'), 'P1D', 'business', newYork))).toBe('2026-11-02T14:00:00Z'); // EDT → EST
    expect(iso(addDuration(at('2026-10-23T07:00:00Z'), 'P1D', 'business', amsterdam))).toBe('2026-10-26T08:00:00Z'); // CEST → CET
  });

  it('resolves a business day that lands on the changeover Sunday like a calendar day', () => {
    // Saturday 02:30 + 1 business day of a Sunday-to-Thursday week is Sunday 02:30, the very hour the clocks change.
    expect(iso(addDuration(at('2026-03-07T07:30:00Z'), 'P1D', 'business', sundayToThursday(newYork)))).toBe(
      '2026-03-08T07:30:00Z',
    ); // 03:30 EDT
    expect(iso(addDuration(at('2026-03-28T01:30:00Z'), 'P1D', 'business', sundayToThursday(amsterdam)))).toBe(
      '2026-03-29T01:30:00Z',
    ); // 03:30 CEST
    expect(iso(addDuration(at('2026-10-31T05:30:00Z'), 'P1D', 'business', sundayToThursday(newYork)))).toBe(
      '2026-11-01T05:30:00Z',
    ); // 01:30 EDT
    expect(iso(addDuration(at('2026-10-24T00:30:00Z'), 'P1D', 'business', sundayToThursday(amsterdam)))).toBe(
      '2026-10-25T00:30:00Z',
    ); // 02:30 CEST
  });
});

describe('fromWall', () => {
  const wall = (text: string) => at(`${text}Z`);

  it('reads a wall-clock time in the zone, in winter and in summer', () => {
    expect(iso(fromWall(wall('2026-01-15T12:00:00'), 'Europe/Amsterdam'))).toBe('2026-01-15T11:00:00Z');
    expect(iso(fromWall(wall('2026-07-15T12:00:00'), 'America/New_York'))).toBe('2026-07-15T16:00:00Z');
  });

  it('moves a time in the spring-forward gap forward by the gap in both zones', () => {
    expect(iso(fromWall(wall('2026-03-08T02:30:00'), 'America/New_York'))).toBe('2026-03-08T07:30:00Z'); // 03:30 EDT
    expect(iso(fromWall(wall('2026-03-29T02:30:00'), 'Europe/Amsterdam'))).toBe('2026-03-29T01:30:00Z'); // 03:30 CEST
  });

  it('takes the earlier instant for a time shown twice in both zones', () => {
    expect(iso(fromWall(wall('2026-11-01T01:30:00'), 'America/New_York'))).toBe('2026-11-01T05:30:00Z'); // EDT
    expect(iso(fromWall(wall('2026-10-25T02:30:00'), 'Europe/Amsterdam'))).toBe('2026-10-25T00:30:00Z'); // CEST
  });

  it('is NaN for a wall-clock time that is not a number or past the last date, instead of throwing', () => {
    expect(fromWall(NaN, 'Europe/Amsterdam')).toBeNaN();
    expect(fromWall(8.64e15, 'America/New_York')).toBeNaN(); // 275760-09-13 wall time is after the last instant there
  });
});

describe('zoneOffset', () => {
  it('gives the offset on either side of a change', () => {
    expect(zoneOffset(at('2026-03-08T06:59:00Z'), 'America/New_York')).toBe(-5 * 3_600_000);
    expect(zoneOffset(at('2026-03-08T07:00:00Z'), 'America/New_York')).toBe(-4 * 3_600_000);
    expect(zoneOffset(at('2026-10-25T00:59:00Z'), 'Europe/Amsterdam')).toBe(2 * 3_600_000);
    expect(zoneOffset(at('2026-10-25T01:00:00Z'), 'Europe/Amsterdam')).toBe(1 * 3_600_000);
  });
});

describe('business hours', () => {
  const cal: BusinessCalendar = {
    timeZone: 'Europe/Amsterdam',
    workingDays: [1, 2, 3, 4, 5],
    holidays: ['2026-03-16'],
    workingHours: { start: '09:00', end: '17:00' },
  };
  const at = (iso: string) => Date.parse(iso);
  const iso = (ms: number) => new Date(ms).toISOString();

  it('counts hours only in working hours of working days, skipping weekends and holidays', () => {
    // Friday 15:00 + 6 working hours: 2 h on Friday, Monday is a holiday, 4 h on Tuesday → Tuesday 13:00 (12:00Z).
    expect(iso(addDuration(at('2026-03-13T15:00:00+01:00'), 'PT6H', 'business', cal))).toBe('2026-03-17T12:00:00.000Z');
    // Saturday counts from the next working morning.
    expect(iso(addDuration(at('2026-03-14T10:00:00+01:00'), 'PT30M', 'business', cal))).toBe(
      '2026-03-17T08:30:00.000Z',
    );
  });

  it('keeps a daylight-saving change in the wall clock of the calendar', () => {
    expect(iso(addDuration(at('2026-03-27T16:00:00+01:00'), 'PT2H', 'business', cal))).toBe('2026-03-30T08:00:00.000Z');
  });

  it('counts elapsed hours for calendar time and for a calendar without working hours', () => {
    expect(iso(addDuration(at('2026-03-13T15:00:00+01:00'), 'PT6H', 'calendar', cal))).toBe('2026-03-13T20:00:00.000Z');
    expect(
      iso(addDuration(at('2026-03-13T15:00:00+01:00'), 'PT6H', 'business', { ...cal, workingHours: undefined })),
    ).toBe('2026-03-13T20:00:00.000Z');
  });

  it('words business-time hours as working hours', () => {
    expect(formatDuration('PT6H', 'business')).toBe('6 working hours');
    expect(formatDuration('P1DT1H30M', 'business')).toBe('1 business day 1 working hour 30 working min');
    expect(formatDuration('PT6H')).toBe('6 h');
  });
});

describe('updateWords', () => {
  it('words an update interval, and "when needed" where the plan sets none', () => {
    expect(updateWords('PT30M')).toBe('30 min');
    expect(updateWords(undefined)).toBe('when needed');
  });
});
