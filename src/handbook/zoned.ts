/**
 * Wall-clock input in a named time zone, for the deadline calculator: a `datetime-local` value
 * read as time in the plan's business time zone (not the browser's), and instants shown back in it.
 * Pure and browser-safe.
 */
import { fromWall } from '../plan/time.ts';

/** `2026-11-27T15:00` in `Europe/Amsterdam` → the instant (ms since the epoch). */
export function zonedInputToInstant(value: string, timeZone: string): number {
  return fromWall(Date.parse(`${value.length === 16 ? `${value}:00` : value}Z`), timeZone);
}

/** "Thu 2026-12-03 15:00" in `timeZone`. */
export function formatInZone(instant: number, timeZone: string): string {
  const f = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const get = (t: string) => f.find((p) => p.type === t)?.value ?? '';
  return `${get('weekday')} ${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

/** The instant as a `datetime-local` value in `timeZone`: `2026-11-27T15:00`. */
export function instantToZonedInput(instant: number, timeZone: string): string {
  const [, date, time] = /^\w+ (\S+) (\S+)$/.exec(formatInZone(instant, timeZone))!;
  return `${date}T${time}`;
}
