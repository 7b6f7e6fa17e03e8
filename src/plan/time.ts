/**
 * Time arithmetic for plan deadlines: ISO-8601 durations and calendar or business-day offsets.
 * Pure and browser-safe (no zod, no Node APIs): the compiler, the engine and the handbook's
 * deadline calculator all use it, so a deadline is computed the same way everywhere.
 */

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

/** Human wording of a duration: `PT15M` → "15 min", `PT72H` → "72 h", `P4D` → "4 days". */
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
  if (d.hours) parts.push(`${d.hours} h`);
  if (d.minutes) parts.push(`${d.minutes} min`);
  if (d.seconds) parts.push(`${d.seconds} s`);
  return parts.length ? parts.join(' ') : '0 min';
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
}

/** Monday to Friday in UTC with no holidays. */
export const DEFAULT_CALENDAR: BusinessCalendar = { timeZone: 'UTC', workingDays: [1, 2, 3, 4, 5], holidays: [] };

/** Offset of `timeZone` from UTC at `instant`, in ms (positive east of Greenwich). */
export function zoneOffset(instant: number, timeZone: string): number {
  if (timeZone === 'UTC') return 0;
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

/** Converts between an instant and the wall-clock time of a zone, represented as a UTC timestamp. */
const toWall = (instant: number, tz: string) => instant + zoneOffset(instant, tz);
/** The instant at which the clocks of zone `tz` show `wall` (a wall-clock time written as a UTC timestamp). */
export function fromWall(wall: number, tz: string): number {
  const guess = wall - zoneOffset(wall, tz);
  return wall - zoneOffset(guess, tz);
}

/** Whether the wall-clock day containing `wall` is a working day of `calendar`. */
export function isBusinessDay(wall: number, calendar: BusinessCalendar): boolean {
  const d = new Date(wall);
  const weekday = d.getUTCDay() === 0 ? 7 : d.getUTCDay();
  return calendar.workingDays.includes(weekday) && !calendar.holidays.includes(d.toISOString().slice(0, 10));
}

/**
 * The instant `duration` after `start` (ms since the epoch).
 *
 * With `business` days, each day or week of the duration advances to the next working day of the
 * calendar, keeping the wall-clock time; hours and minutes are always elapsed time. So 4 business days
 * from Friday 15:00 is Thursday 15:00, and from Saturday 10:00 it is Thursday 10:00.
 * Months and years are calendar months and years in the calendar's time zone.
 */
export function addDuration(
  start: number,
  duration: string,
  dayKind: DayKind = 'calendar',
  calendar: BusinessCalendar = DEFAULT_CALENDAR,
): number {
  const d = parseDuration(duration);
  if (!d) return NaN;
  const tz = calendar.timeZone;
  let wall = toWall(start, tz);
  if (d.years || d.months) {
    const date = new Date(wall);
    const day = date.getUTCDate();
    date.setUTCDate(1);
    date.setUTCMonth(date.getUTCMonth() + d.years * 12 + d.months);
    const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
    date.setUTCDate(Math.min(day, lastDay));
    wall = date.getTime();
  }
  const days = d.weeks * (dayKind === 'business' ? 5 : 7) + d.days;
  if (dayKind === 'business') {
    // No working day (or no ISO weekday 1-7) would loop forever; a century of business days is far past any deadline.
    if (!calendar.workingDays.some((w) => w >= 1 && w <= 7) || days > 36_500) return NaN;
    for (let left = days; left > 0; ) {
      wall += DAY;
      if (isBusinessDay(wall, calendar)) left--;
    }
  } else {
    wall += days * DAY;
  }
  const instant = fromWall(wall, tz);
  return instant + d.hours * HOUR + d.minutes * MINUTE + d.seconds * 1000;
}
