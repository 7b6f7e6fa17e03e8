/**
 * The facilitator's clock: the UI owns wall time and turns it into scenario time; the engine only
 * ever sees the resulting `at` values. A clock is plain JSON so it can be saved with the session.
 *
 *   paused  { running: false, base }                       scenario time = base
 *   running { running: true, base, wallAt, speed }         scenario time = base + (wall − wallAt) × speed
 */
import type { ScenarioTime } from '../plan/scenario-time.ts';

/** The facilitator's clock of one session. */
export interface WallClock {
  /** Whether scenario time is moving. */
  running: boolean;
  /** Scenario time at `wallAt` (or the frozen time when paused). */
  base: ScenarioTime;
  /** Wall-clock instant (ms since the epoch) at which scenario time was `base`. */
  wallAt: number;
  /** Scenario milliseconds per wall millisecond. Default 1. */
  speed: number;
}

/** Speeds offered in the console. */
export const SPEEDS = [1, 2, 5, 10, 30, 60] as const;

/** A stopped clock at T+0. */
export const stoppedClock = (): WallClock => ({ running: false, base: 0, wallAt: 0, speed: 1 });

/** Scenario time shown by `clock` at wall instant `wall`, whole milliseconds. */
export function scenarioTime(clock: WallClock, wall: number): ScenarioTime {
  if (!clock.running) return clock.base;
  return clock.base + Math.max(0, Math.floor((wall - clock.wallAt) * clock.speed));
}

/** The clock stopped at scenario time `at`. */
export function pausedAt(clock: WallClock, at: ScenarioTime): WallClock {
  return { ...clock, running: false, base: at, wallAt: 0 };
}

/** The clock running from scenario time `at`, starting at wall instant `wall`. */
export function runningFrom(clock: WallClock, at: ScenarioTime, wall: number): WallClock {
  return { ...clock, running: true, base: at, wallAt: wall };
}

/** The clock at a new speed, without a jump in the time it shows. */
export function withSpeed(clock: WallClock, speed: number, wall: number): WallClock {
  const now = scenarioTime(clock, wall);
  return clock.running ? { running: true, base: now, wallAt: wall, speed } : { ...clock, speed };
}

/** The clock moved forward to `at` if it shows an earlier time (after a jump, or engine time ahead). */
export function catchUp(clock: WallClock, at: ScenarioTime, wall: number): WallClock {
  if (scenarioTime(clock, wall) >= at) return clock;
  return clock.running ? runningFrom(clock, at, wall) : pausedAt(clock, at);
}
