/**
 * Cadences at wall-clock times: "at 07:30 and 19:30 on Monday to Friday" — shift hand-offs, a daily
 * call. The next such time after an instant, in a time zone, and the words for it. Pure and browser-safe.
 */
import { fromWall, zoneOffset } from './time.ts';

const DAY = 86_400_000;
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The first instant after `after` (ms) at which the clocks of `timeZone` show one of `times` on one of the ISO weekdays `on` (default every day). */
export function nextClockTime(
  after: number,
  times: readonly string[],
  on: readonly number[] | undefined,
  timeZone: string,
): number {
  const wallNow = after + zoneOffset(after, timeZone);
  const midnight = wallNow - (((wallNow % DAY) + DAY) % DAY);
  let best = NaN;
  for (let d = 0; d <= 8; d++) {
    const day = midnight + d * DAY;
    const weekday = new Date(day).getUTCDay() || 7;
    if (on && !on.includes(weekday)) continue;
    for (const t of times) {
      const instant = fromWall(day + (Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5))) * 60_000, timeZone);
      if (instant > after && !(instant >= best)) best = instant;
    }
    if (Number.isFinite(best)) return best;
  }
  return best;
}

/** Weekdays in words: "Monday to Friday", "Saturday and Sunday", "Monday, Wednesday and Friday". */
export function weekdayWords(on: readonly number[]): string {
  const days = [...new Set(on)].sort((a, b) => a - b);
  const run = days.length > 2 && days.every((d, i) => i === 0 || d === days[i - 1] + 1);
  if (run) return `${WEEKDAYS[days[0] - 1]} to ${WEEKDAYS[days.at(-1)! - 1]}`;
  const names = days.map((d) => WEEKDAYS[d - 1]);
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** A wall-clock cadence in words: "at 07:30 and 19:30", "at 09:00 on Monday to Friday". */
export function clockWords(at: readonly string[], on: readonly number[] | undefined): string {
  const times = at.length < 2 ? at.join('') : `${at.slice(0, -1).join(', ')} and ${at.at(-1)}`;
  return `at ${times}${on ? ` on ${weekdayWords(on)}` : ''}`;
}
