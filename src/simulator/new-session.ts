/** A new saved session for a validated scenario, not yet started. */
import type { Scenario } from '../plan/scenario.ts';
import { SESSION_SCHEMA, type SavedSession } from './session.ts';
import { newSessionId } from './storage.ts';
import { stoppedClock } from './wall-clock.ts';

/** A fresh session of `scenario` (read from `scenarioText`) against the plan with `planDigest`, created at `now` (ISO). */
export function newSession(
  scenario: Scenario,
  scenarioText: string,
  planDigest: string,
  now = new Date().toISOString(),
  id = newSessionId(),
): SavedSession {
  return {
    schema: SESSION_SCHEMA,
    id,
    scenarioId: scenario.id,
    title: scenario.title,
    createdAt: now,
    planDigest,
    clock: stoppedClock(),
    scenario,
    scenarioText,
    log: [],
  };
}
