/**
 * A saved exercise session: the scenario being played, the append-only action log, the
 * facilitator's clock and the improvement plan being edited. The engine state is never stored:
 * it is `replay(plan, scenario, log)` on load, so a saved session is only what happened.
 *
 *   { schema: 1, id, scenarioId, title, createdAt, planDigest, clock, improvements?, imported?, scenario, scenarioText, log }
 *
 * `parseSession` checks data read back from storage or a file and says what is wrong.
 */
import { ACTION_TYPES, type ExerciseAction, type ExerciseLog } from '../engine/actions.ts';
import type { Scenario } from '../plan/scenario.ts';
import type { WallClock } from './wall-clock.ts';
import type { ImprovementRow } from '../engine/aar.ts';

/** Version of the saved-session format; data of another version is refused with a message. */
export const SESSION_SCHEMA = 1;

/** One row of the improvement plan the facilitator edits on the report (the engine's AAR row). */
export type { ImprovementRow };

/** Everything about a session except its scenario and log (the session index shows these). */
export interface SessionMeta {
  schema: typeof SESSION_SCHEMA;
  /** Random id, also the URL hash of the console, projector and report. */
  id: string;
  scenarioId: string;
  /** Scenario title, for lists. */
  title: string;
  /** ISO instant the session was created. */
  createdAt: string;
  /** Digest of the plan the session was started against. */
  planDigest: string;
  clock: WallClock;
  /** The edited improvement plan; absent until the facilitator edits it (the report then shows the engine's proposal). */
  improvements?: ImprovementRow[];
  /** Set when the session was read from an exported file: when, from which file. Absent for a session started here. */
  imported?: SessionImport;
}

/** Where an imported session came from. */
export interface SessionImport {
  /** ISO instant of the import. */
  at: string;
  /** Name of the session file read. */
  file: string;
}

/** A whole saved session. */
export interface SavedSession extends SessionMeta {
  scenario: Scenario;
  /** The scenario file as it was read (YAML), for the scenario digest of the exercise record. */
  scenarioText: string;
  log: ExerciseLog;
}

/** The outcome of reading a session: the session, or why it cannot be used. */
export type ParsedSession = { ok: true; session: SavedSession } | { ok: false; message: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks that `action` looks like an engine action (the engine itself judges whether it applies). */
export function actionProblem(action: unknown, index: number): string | undefined {
  if (!isObject(action)) return `event ${index + 1} is not an object`;
  if (!ACTION_TYPES.includes(action.type as ExerciseAction['type']))
    return `event ${index + 1} has an unknown type ${JSON.stringify(action.type)}`;
  if (typeof action.at !== 'number' || !Number.isFinite(action.at))
    return `event ${index + 1} ("${String(action.type)}") has no scenario time`;
  return undefined;
}

/** Checks the shape of saved or imported session data; never throws. */
export function parseSession(value: unknown): ParsedSession {
  const fail = (message: string): ParsedSession => ({ ok: false, message });
  if (!isObject(value)) return fail('the saved data is not a session object');
  if (value.schema !== SESSION_SCHEMA)
    return fail(
      `the session was saved in format ${JSON.stringify(value.schema)}; this simulator reads format ${SESSION_SCHEMA}`,
    );
  for (const key of ['id', 'scenarioId', 'title', 'createdAt', 'planDigest'] as const)
    if (typeof value[key] !== 'string' || !value[key]) return fail(`the session has no "${key}"`);
  const clock = value.clock;
  if (
    !isObject(clock) ||
    typeof clock.running !== 'boolean' ||
    ![clock.base, clock.wallAt, clock.speed].every((n) => typeof n === 'number' && Number.isFinite(n))
  )
    return fail('the session clock is damaged');
  const scenario = value.scenario;
  if (
    !isObject(scenario) ||
    typeof scenario.id !== 'string' ||
    !Array.isArray(scenario.injects) ||
    !Array.isArray(scenario.objectives)
  )
    return fail('the session has no readable scenario');
  if (typeof value.scenarioText !== 'string') return fail('the session has no scenario text');
  if (!Array.isArray(value.log)) return fail('the session has no event log');
  for (let i = 0; i < value.log.length; i++) {
    const problem = actionProblem(value.log[i], i);
    if (problem) return fail(`the event log is damaged: ${problem}`);
  }
  if (value.improvements !== undefined && !Array.isArray(value.improvements))
    return fail('the improvement plan is damaged');
  const imported = value.imported;
  if (
    imported !== undefined &&
    !(isObject(imported) && typeof imported.at === 'string' && typeof imported.file === 'string')
  )
    return fail('the import record is damaged');
  return { ok: true, session: value as unknown as SavedSession };
}
