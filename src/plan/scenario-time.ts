/**
 * Scenario time. The engine counts time as whole milliseconds since T+0 (a number, so it can be
 * compared, stored and replayed); scenario files and reports write it as `T+hh:mm`.
 * A scenario may say at which wall-clock instant T+0 falls, so that business-day deadlines
 * (SEC 8-K's four business days, a weekend attack) are computed on real dates.
 */
import { addDuration, type BusinessCalendar, type DayKind } from './time.ts';

/** Milliseconds since T+0. */
export type ScenarioTime = number;

const MINUTE = 60_000;
const CLOCK = /^T\+(\d{1,3}):([0-5]\d)$/;

/** Parses `T+hh:mm` (hours may exceed 24); `undefined` for anything else. */
export function parseClock(text: string): ScenarioTime | undefined {
  const m = CLOCK.exec(String(text).trim());
  return m ? (Number(m[1]) * 60 + Number(m[2])) * MINUTE : undefined;
}

/** Formats scenario time as `T+hh:mm` (rounded down to the minute). */
export function formatClock(t: ScenarioTime): string {
  const minutes = Math.floor(Math.max(0, t) / MINUTE);
  return `T+${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * The scenario time `duration` after `from`, with day arithmetic done on the real calendar:
 * T+0 is the instant `epoch` (ms since 1970), so business days skip the weekend the scenario falls on.
 */
export function addScenarioDuration(
  from: ScenarioTime,
  duration: string,
  epoch: number,
  dayKind: DayKind,
  calendar: BusinessCalendar,
): ScenarioTime {
  return addDuration(epoch + from, duration, dayKind, calendar) - epoch;
}

/** The wall-clock ISO instant of a scenario time, for reports (`2026-03-14T02:15:00.000Z`). */
export function wallClock(t: ScenarioTime, epoch: number): string {
  return new Date(epoch + t).toISOString();
}
