/** Simulator test helpers: a Map-backed localStorage, a controllable wall clock and a fresh saved session. */
import type { KeyValueStore } from '../../src/browser-storage/keys.ts';
import { SESSION_SCHEMA, type SavedSession } from '../../src/simulator/session.ts';
import { stoppedClock } from '../../src/simulator/wall-clock.ts';
import { loadScenario, minimalPlan } from '../engine/helpers.ts';

/** An in-memory stand-in for `window.localStorage`, with its entries exposed. */
export function memoryStorage(): KeyValueStore & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    getItem: (k) => entries.get(k) ?? null,
    setItem: (k, v) => void entries.set(k, String(v)),
    removeItem: (k) => void entries.delete(k),
  };
}

/** A wall clock the test moves by hand. */
export function manualWall(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

/** A new, unstarted session of the minimal scenario against the minimal plan. */
export function newSession(id = 'session1'): SavedSession {
  const { scenario, text } = loadScenario();
  return {
    schema: SESSION_SCHEMA,
    id,
    scenarioId: scenario.id,
    title: scenario.title,
    createdAt: '2026-06-01T10:00:00.000Z',
    planDigest: minimalPlan().digest,
    clock: stoppedClock(),
    scenario,
    scenarioText: text,
    log: [],
  };
}

export { minimalPlan };
