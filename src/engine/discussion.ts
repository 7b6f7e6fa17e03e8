/**
 * The discussion side of an exercise: answers to the modules' open questions (`question/answer`)
 * and facilitator observations tied to an objective (`observation/add`). Each is checked, then
 * recorded at the state's current time; the reducer (reduce.ts) applies them like any other action.
 */
import { moduleStart, scenarioQuestions } from '../plan/scenario-modules.ts';
import type { ScenarioTime } from '../plan/scenario-time.ts';
import type { Module } from '../plan/scenario.ts';
import type { AnswerAction, ObservationAction } from './actions.ts';
import type { ExerciseState } from './state.ts';

const text = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const optional = (v: unknown) => v === undefined || typeof v === 'string';

/** Why `a` cannot be recorded, or `undefined`. */
export function checkAnswer(s: ExerciseState, a: AnswerAction): string | undefined {
  const ids = scenarioQuestions(s.scenario).map((q) => q.id);
  if (!ids.includes(a.question))
    return `unknown question "${a.question}"; use the id of a discussion question of this scenario (${ids.join(', ') || 'it has none'})`;
  if (!text(a.text)) return 'an answer needs some text';
  if (!optional(a.rationale) || !optional(a.by)) return 'an answer\'s "rationale" and "by" must be text';
  return undefined;
}

/** The state with answer `a` recorded at the current time. */
export function recordAnswer(s: ExerciseState, a: AnswerAction): ExerciseState {
  const entry = {
    question: a.question,
    text: a.text,
    at: s.now,
    seq: s.seq,
    ...(a.rationale ? { rationale: a.rationale } : {}),
    ...(a.by ? { by: a.by } : {}),
  };
  return { ...s, answers: [...s.answers, entry] };
}

/** Why `a` cannot be recorded, or `undefined`. */
export function checkObservation(s: ExerciseState, a: ObservationAction): string | undefined {
  const ids = s.scenario.objectives.map((o) => o.id);
  if (!ids.includes(a.objective))
    return `unknown objective "${a.objective}"; use the id of an objective of this scenario (${ids.join(', ')})`;
  if (a.kind !== 'strength' && a.kind !== 'improvement')
    return `an observation is a "strength" or an "improvement" (got ${JSON.stringify(a.kind)})`;
  if (!text(a.text)) return 'an observation needs some text';
  if (!optional(a.by)) return 'an observation\'s "by" must be text';
  return undefined;
}

/** The state with observation `a` recorded at the current time. */
export function recordObservation(s: ExerciseState, a: ObservationAction): ExerciseState {
  const entry = {
    objective: a.objective,
    kind: a.kind,
    text: a.text,
    at: s.now,
    seq: s.seq,
    ...(a.by ? { by: a.by } : {}),
  };
  return { ...s, observations: [...s.observations, entry] };
}

/** A module and when it started: its first inject's delivery or its `startsAt`, whichever came first. */
export interface StartedModule {
  module: Module;
  at: ScenarioTime;
}

/** Modules started so far, in scenario order. Nothing has started before `exercise/start`. */
export function startedModules(s: ExerciseState): StartedModule[] {
  if (s.status === 'ready') return [];
  const out: StartedModule[] = [];
  for (const m of s.scenario.modules) {
    const times = s.delivered
      .filter((d) => s.scenario.injects.find((i) => i.id === d.inject)?.module === m.id)
      .map((d) => d.at);
    const start = moduleStart(m);
    if (start !== undefined && start <= s.now) times.push(start);
    if (times.length) out.push({ module: m, at: Math.min(...times) });
  }
  return out;
}

/** The module being played: the last one started, or the first once the exercise runs; `undefined` before the start or without modules. */
export function currentModule(s: ExerciseState): Module | undefined {
  if (s.status === 'ready') return undefined;
  return startedModules(s).at(-1)?.module ?? s.scenario.modules[0];
}

/** The next module whose `startsAt` lies ahead, when the next scripted inject waits for it: the facilitator's Jump moves the clock there. */
export function nextModuleJump(s: ExerciseState): { module: Module; at: ScenarioTime } | undefined {
  const due = s.due;
  if (!due) return undefined;
  const inject = s.scenario.injects.find((i) => i.id === due.inject);
  const m = s.scenario.modules.find((x) => x.id === inject?.module);
  const start = m && moduleStart(m);
  return m && start !== undefined && start > s.now && start === due.at ? { module: m, at: start } : undefined;
}
