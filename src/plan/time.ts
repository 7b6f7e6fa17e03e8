/**
 * Time arithmetic for plan deadlines: ISO-8601 durations and calendar or business-day offsets.
 * Pure and browser-safe (no zod, no Node APIs): the compiler, the engine and the handbook's
 * deadline calculator all use it, so a deadline is computed the same way everywhere.
 * Zoned arithmetic is Temporal's (`temporal-polyfill`'s tree-shakeable functions, which use the
 * native Temporal where the runtime has it), so daylight-saving changes resolve as Temporal resolves them.
 * The functions used here weigh about 8 KB gzipped in a browser bundle; the class API would be 19 KB.
 */
import * as Instant from 'temporal-polyfill/fns/Instant';
import * as PlainDateTime from 'temporal-polyfill/fns/PlainDateTime';
import * as Zoned from 'temporal-polyfill/fns/ZonedDateTime';
import { addWorkingTime, type WorkingHours } from './business-hours.ts';

/** The parts of an ISO-8601 duration such as `P1M`, `P4D` or `PT72H`. */
export interface DurationParts {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const DURATION = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** Parses an ISO-8601 duration; returns `undefined` for anything else (including negative ones). */
export function parseDuration(text: string): DurationParts | undefined {
  if (typeof text !== 'string') return undefined;
  const m = DURATION.exec(text.trim());
  if (!m) return undefined;
  const n = (i: number) => (m[i] ? Number(m[i]) : 0);
  return { years: n(1), months: n(2), weeks: n(3), days: n(4), hours: n(5), minutes: n(6), seconds: n(7) };
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Nominal length in milliseconds, for comparing durations (a month counts 30 days, a year 365).
 * Use {@link addDuration} for real deadlines.
 */
export function durationToMs(text: string): number {
  const d = parseDuration(text);
  if (!d) return NaN;
  return (
    d.years * 365 * DAY +
    d.months * 30 * DAY +
    (d.weeks * 7 + d.days) * DAY +
    d.hours * HOUR +
    d.minutes * MINUTE +
    d.seconds * 1000
  );
}

/** Human wording of a duration: `PT15M` → "15 min", `PT72H` → "72 h", `P4D` → "4 days"; in business time "6 working hours". */
export function formatDuration(text: string, dayKind: DayKind = 'calendar'): string {
  const d = parseDuration(text);
  if (!d) return text;
  const dayWord = dayKind === 'business' ? 'business day' : 'day';
  const parts: string[] = [];
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  if (d.years) parts.push(plural(d.years, 'year'));
  if (d.months) parts.push(plural(d.months, 'month'));
  if (d.weeks) parts.push(plural(d.weeks, 'week'));
  if (d.days) parts.push(plural(d.days, dayWord));
  // In business time, hours count only working hours (src/plan/business-hours.ts): say so.
  const working = dayKind === 'business' ? ' working' : '';
  if (d.hours) parts.push(working ? plural(d.hours, 'working hour') : `${d.hours} h`);
  if (d.minutes) parts.push(`${d.minutes}${working} min`);
  if (d.seconds) parts.push(`${d.seconds}${working} s`);
  return parts.length ? parts.join(' ') : '0 min';
}

/**
 * An interval or target the plan may leave open in words: "30 min", or "when needed" where it sets
 * none (a status-update interval, an acknowledgement target, an escalation timeout).
 */
export function updateWords(every: string | undefined): string {
  return every === undefined ? 'when needed' : formatDuration(every);
}

/** A recurring interval in words: `P12M` → "every 12 months", `P1Y` → "every year", `P90D` → "every 90 days". */
export function cycleWords(text: string): string {
  const words = formatDuration(text);
  return words === text ? text : `every ${words.replace(/^1 (\w+)$/, '$1')}`;
}

/** Whether days in a stage count every calendar day or only business days. */
export type DayKind = 'calendar' | 'business';

/** The organisation's working calendar, used for business-day deadlines. */
export interface BusinessCalendar {
  /** IANA time zone in which business days are counted, e.g. `Europe/Amsterdam`. */
  timeZone: string;
  /** ISO weekday numbers (1 = Monday ... 7 = Sunday) that are working days. */
  workingDays: number[];
  /** Public holidays, `YYYY-MM-DD`, that are not working days. */
  holidays: string[];
  /** Working hours of each working day; business-day durations in hours count only these. */
  workingHours?: WorkingHours | undefined;
}

/** Monday to Friday in UTC with no holidays. */
export const DEFAULT_CALENDAR: BusinessCalendar = { timeZone: 'UTC', workingDays: [1, 2, 3, 4, 5], holidays: [] };

/** A UTC timestamp's fields as a plain date-time: how a wall-clock time written as a UTC timestamp is read. */
const plainOf = (wall: number) => {
  const d = new Date(wall);
  return PlainDateTime.create(
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    d.getUTCMilliseconds(),
  );
};

/** A plain date-time as a wall-clock time written as a UTC timestamp (the inverse of `plainOf`). */
const wallMs = (p: PlainDateTime.Record) =>
  new Date(0).setUTCFullYear(p.year, p.month - 1, p.day) +
  ((p.hour * 60 + p.minute) * 60 + p.second) * 1000 +
  p.millisecond;

/** The wall-clock date and time of zone `tz` at `instant`. */
const wallAt = (instant: number, tz: string) =>
  Zoned.toPlainDateTime(Instant.toZonedDateTimeISO(Instant.fromEpochMilliseconds(instant), tz));

/**
 * The instant at which the clocks of `tz` show `wall`. A time skipped when the clocks go forward
 * counts as that much later (02:30 in a one-hour gap is 03:30 new time); a time shown twice when
 * they go back is the earlier one: Temporal's 'compatible' disambiguation, as in RFC 5545.
 */
const instantOf = (wall: PlainDateTime.Record, tz: string) =>
  PlainDateTime.toZonedDateTime(wall, tz, { disambiguation: 'compatible' }).epochMilliseconds;

/** `compute()`, or `NaN` when Temporal refuses a date past ±275,760 years: such a deadline is no date at all. */
function inRange(compute: () => number): number {
  try {
    return compute();
  } catch (e) {
    if (e instanceof RangeError) return NaN;
    throw e;
  }
}

/** Offset of `timeZone` from UTC at `instant`, in ms (positive east of Greenwich). */
export function zoneOffset(instant: number, timeZone: string): number {
  if (timeZone === 'UTC') return 0;
  return Zoned.offsetNanoseconds(Instant.toZonedDateTimeISO(Instant.fromEpochMilliseconds(instant), timeZone)) / 1e6;
}

/**
 * The instant at which the clocks of zone `tz` show `wall` (a wall-clock time written as a UTC
 * timestamp). A time in a spring-forward gap moves forward by the gap; an autumn time shown twice
 * is the earlier instant. `NaN` in, `NaN` out.
 */
export function fromWall(wall: number, tz: string): number {
  if (!Number.isFinite(wall) || tz === 'UTC') return wall;
  return inRange(() => instantOf(plainOf(wall), tz));
}

/** Whether the wall-clock day containing `wall` (a wall-clock time written as a UTC timestamp) is a working day of `calendar`. */
export function isBusinessDay(wall: number, calendar: BusinessCalendar): boolean {
  const d = new Date(wall);
  const weekday = d.getUTCDay() === 0 ? 7 : d.getUTCDay();
  return calendar.workingDays.includes(weekday) && !calendar.holidays.includes(d.toISOString().slice(0, 10));
}

/** How many calendar days after `date` the `count`-th working day of `calendar` falls. */
function daysToWorkingDay(date: PlainDateTime.Record, count: number, calendar: BusinessCalendar): number {
  const midnight = new Date(0).setUTCFullYear(date.year, date.month - 1, date.day);
  let days = 0;
  for (let left = count; left > 0;) if (isBusinessDay(midnight + ++days * DAY, calendar)) left--;
  return days;
}

/**
 * The instant `duration` after `start` (ms since the epoch).
 *
 * Years, months, weeks and days move the wall-clock date in the calendar's time zone and keep the
 * wall-clock time (a month added at month end stops at the last day of the shorter month); the
 * result is then placed in the zone as {@link fromWall} does, so a time in a spring-forward gap comes
 * out that much later. Hours, minutes and seconds are always elapsed time, added last.
 * With `business` days, each day or week of the duration advances to the next working day of the
 * calendar, so 4 business days from Friday 15:00 is Thursday 15:00, and from Saturday 10:00 it is
 * Thursday 10:00. With `business` days and the calendar's `workingHours`, hours, minutes and seconds
 * count only working time (6 h from Friday 15:00, working 09:00–17:00, is Monday 13:00). `NaN` for an unparsable duration, a start that is not a number, a calendar
 * without working days or a date outside the range of dates.
 */
export function addDuration(
  start: number,
  duration: string,
  dayKind: DayKind = 'calendar',
  calendar: BusinessCalendar = DEFAULT_CALENDAR,
): number {
  const d = parseDuration(duration);
  if (!d || !Number.isFinite(start)) return NaN;
  const tz = calendar.timeZone;
  const days = d.weeks * (dayKind === 'business' ? 5 : 7) + d.days;
  // No working day (or no ISO weekday 1-7) would loop forever; a century of business days is far past any deadline.
  if (dayKind === 'business' && (!calendar.workingDays.some((w) => w >= 1 && w <= 7) || days > 36_500)) return NaN;
  return inRange(() => {
    let wall = wallAt(start, tz);
    if (d.years || d.months) wall = PlainDateTime.addMonths(wall, d.years * 12 + d.months);
    wall = PlainDateTime.addDays(wall, dayKind === 'business' ? daysToWorkingDay(wall, days, calendar) : days);
    const time = d.hours * HOUR + d.minutes * MINUTE + d.seconds * 1000;
    if (dayKind === 'business' && calendar.workingHours && time > 0) {
      const hours = calendar.workingHours;
      return fromWall(
        addWorkingTime(wallMs(wall), time, hours, (w) => isBusinessDay(w, calendar)),
        tz,
      );
    }
    return instantOf(wall, tz) + time;
  });
}

/**
 * The date (`YYYY-MM-DD`) `duration` after `start`: a date (counted from its midnight, UTC) or an
 * instant in ms, moved in the time zone of `calendar`. The one way a plan date plus a duration
 * becomes a date: the next review, the next exercise, a contact's re-verification, an
 * improvement's due date. `undefined` when the sum is no date (a bad duration or start, or a date
 * past the range of dates).
 */
export function dateAfter(
  start: string | number,
  duration: string,
  calendar: BusinessCalendar = DEFAULT_CALENDAR,
): string | undefined {
  const from = typeof start === 'number' ? start : Date.parse(`${start}T00:00:00Z`);
  const ms = addDuration(from, duration, 'calendar', calendar);
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString().slice(0, 10) : undefined;
}
