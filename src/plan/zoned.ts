/**
 * Wall-clock input in a named time zone, for the deadline calculator and the incident panel: a
 * `datetime-local` value read as time in the zone the reader chose (the device's by default), and
 * instants shown back in it.
 * Pure and browser-safe.
 */
import { fromWall } from './time.ts';
import { formatInZone } from './wall-clock.ts';

/** `2026-11-27T15:00` in `Europe/Amsterdam` → the instant (ms since the epoch). */
export function zonedInputToInstant(value: string, timeZone: string): number {
  return fromWall(Date.parse(`${value.length === 16 ? `${value}:00` : value}Z`), timeZone);
}

/** "Thu 2026-12-03 15:00" in `timeZone` (the one formatter is src/plan/wall-clock.ts). */
export { formatInZone };

/** The instant as a `datetime-local` value in `timeZone`: `2026-11-27T15:00`. */
export function instantToZonedInput(instant: number, timeZone: string): string {
  const [, date, time] = /^\w+ (\S+) (\S+)$/.exec(formatInZone(instant, timeZone))!;
  return `${date}T${time}`;
}
