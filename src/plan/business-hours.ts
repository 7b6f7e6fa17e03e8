/**
 * Counting a time in working hours: "within 6 business hours" from Friday 15:00, with working hours
 * 09:00–17:00 Monday to Friday, is Monday 13:00. Works on wall-clock times written as UTC timestamps
 * (as src/plan/time.ts does for days), so a day is always 24 h here and the zone is applied after.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Working hours of a day, `HH:MM` each. */
export interface WorkingHours {
  start: string;
  end: string;
}

/** Minutes after midnight of an `HH:MM` time. */
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * The wall-clock time `ms` of working time after `wall`, counting only `hours` on days
 * `isWorkingDay` accepts; `NaN` when no working day comes within a century.
 */
export function addWorkingTime(
  wall: number,
  ms: number,
  hours: WorkingHours,
  isWorkingDay: (wall: number) => boolean,
): number {
  const open = minutesOf(hours.start) * MINUTE;
  const close = minutesOf(hours.end) * MINUTE;
  let left = ms;
  let at = wall;
  for (let days = 0; days <= 36_500;) {
    const midnight = at - (((at % DAY) + DAY) % DAY);
    const time = at - midnight;
    if (!isWorkingDay(midnight) || time >= close) {
      at = midnight + DAY + open;
      days++;
      continue;
    }
    if (time < open) at = midnight + open;
    const available = midnight + close - at;
    if (left <= available) return at + left;
    left -= available;
    at = midnight + DAY + open;
    days++;
  }
  return NaN;
}
