/**
 * The discussion part of the after-action report: every module's questions with the answers
 * recorded, and the facilitator's observations on each objective, which sit beside the computed
 * rating and never change it. Also the two dates of a report: the day played and the story date.
 */
import { formatClock } from '../plan/scenario-time.ts';
import { moduleStart, scenarioQuestions } from '../plan/scenario-modules.ts';
import type { ExerciseState, Observation } from './state.ts';

/** One question of the report, with what was answered. */
export interface QuestionRecord {
  id: string;
  text: string;
  /** Names of the plan roles or teams asked; empty: everyone. */
  roles: string[];
  answers: { time: string; text: string; rationale?: string; by?: string }[];
}

/** One module of the report's discussion section. */
export interface ModuleDiscussion {
  id: string;
  title: string;
  /** `T+hh:mm` the module starts by the scenario, when it says so. */
  startsAt?: string;
  questions: QuestionRecord[];
}

/** A facilitator observation as the report shows it. */
export interface ObservationRecord {
  kind: Observation['kind'];
  text: string;
  time: string;
  by?: string;
}

/** What the report says about the discussion. */
export interface Discussion {
  /** Modules that have questions, in scenario order. */
  modules: ModuleDiscussion[];
  /** Objective id → the observations recorded on it, in order. */
  observations: Record<string, ObservationRecord[]>;
}

/** The discussion of an exercise: questions with answers, module by module, and observations by objective; `name` turns a role or team id into its name. */
export function discussionOf(state: ExerciseState, name: (id: string) => string = (id) => id): Discussion {
  const questions = scenarioQuestions(state.scenario);
  const modules = state.scenario.modules
    .filter((m) => m.questions.length)
    .map((m) => ({
      id: m.id,
      title: m.title,
      ...(moduleStart(m) !== undefined ? { startsAt: formatClock(moduleStart(m)!) } : {}),
      questions: questions
        .filter((q) => q.module === m.id)
        .map((q) => ({
          id: q.id,
          text: q.text,
          roles: q.roles.map(name),
          answers: state.answers
            .filter((a) => a.question === q.id)
            .map((a) => ({
              time: formatClock(a.at),
              text: a.text,
              ...(a.rationale ? { rationale: a.rationale } : {}),
              ...(a.by ? { by: name(a.by) } : {}),
            })),
        })),
    }));
  const observations: Record<string, ObservationRecord[]> = {};
  for (const o of state.observations)
    (observations[o.objective] ??= []).push({
      kind: o.kind,
      text: o.text,
      time: formatClock(o.at),
      ...(o.by ? { by: name(o.by) } : {}),
    });
  return { modules, observations };
}

/** When the exercise was played, ms since the epoch: the start's `playedAt`, else `fallback` (an ISO instant, e.g. when the session was made), else the story's T+0. */
export function playedInstant(state: ExerciseState, fallback?: string): number {
  return (
    [state.playedAt, fallback].map((x) => (x === undefined ? NaN : Date.parse(x))).find(Number.isFinite) ?? state.epoch
  );
}

/** The day the exercise was played, `YYYY-MM-DD` (see `playedInstant`). */
export const playedDate = (state: ExerciseState, fallback?: string): string =>
  new Date(playedInstant(state, fallback)).toISOString().slice(0, 10);

/** The story's date of T+0, `YYYY-MM-DD` (scenario time, not the day played). */
export const storyDate = (state: ExerciseState): string => new Date(state.epoch).toISOString().slice(0, 10);
