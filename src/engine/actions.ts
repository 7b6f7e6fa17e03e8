/**
 * Everything that can happen in an exercise, as a discriminated union of `domain/verb` actions.
 * Each carries `at`, the scenario time (ms since T+0) at which it happened, so a log replays
 * without reading any clock. The log of an exercise is an append-only array of these.
 */
import type { ScenarioTime } from '../plan/scenario-time.ts';
import type { Inject } from '../plan/scenario.ts';

/**
 * Starts the exercise. `startsAt` (ISO instant) overrides the scenario's wall-clock T+0 (the story's
 * time); `playedAt` (ISO instant) is when the exercise was actually played, for the record and report.
 */
export interface StartAction {
  type: 'exercise/start';
  at: ScenarioTime;
  startsAt?: string;
  playedAt?: string;
}
/** Moves the scenario clock forward to `at`, delivering injects that fall due on the way. */
export interface TickAction {
  type: 'clock/tick';
  at: ScenarioTime;
}
/** Stops the scenario clock; decisions and notes still go in at the paused time. */
export interface PauseAction {
  type: 'clock/pause';
  at: ScenarioTime;
}
/** Restarts the scenario clock. */
export interface ResumeAction {
  type: 'clock/resume';
  at: ScenarioTime;
}
/** Jumps the clock to the time the next inject falls due, and delivers it. */
export interface JumpAction {
  type: 'clock/jump';
  at: ScenarioTime;
}
/** The facilitator delivers an inject now: a contingency inject, or a scripted one early. */
export interface DeliverAction {
  type: 'inject/deliver';
  at: ScenarioTime;
  inject: string;
}
/** What the facilitator writes for an ad-hoc inject. */
export type AdHocInject = Pick<Inject, 'to' | 'channel' | 'from' | 'subject' | 'body'> & {
  /** Facts it reveals; same shape as a scripted inject's. */
  reveals?: Partial<Inject['reveals']>;
};
/** The facilitator delivers an inject written on the spot. It gets the id `ad-hoc-<n>`. */
export interface AdHocAction {
  type: 'inject/ad-hoc';
  at: ScenarioTime;
  inject: AdHocInject;
}
/** A decision is taken: which option, by which role, and why. */
export interface DecideAction {
  type: 'decision/take';
  at: ScenarioTime;
  decision: string;
  option: string;
  /** Plan role id of whoever took it (may differ from the decision's owner). */
  by: string;
  /** Why, as the participants said it. */
  rationale?: string;
  /** Free-text answer, for decisions that ask for one. */
  text?: string;
  /** Display name of the participant who proposed it from their own device (accepted from the relay inbox). */
  participant?: string;
}
/** A facilitator or evaluator note for the timeline. */
export interface NoteAction {
  type: 'note/add';
  at: ScenarioTime;
  text: string;
  /** Who wrote it (name or role). */
  by?: string;
}
/** The answer the participants gave to a module's discussion question (several may be recorded). */
export interface AnswerAction {
  type: 'question/answer';
  at: ScenarioTime;
  /** Question id (`scenarioQuestions`: its own id or `<module id>-q<n>`). */
  question: string;
  /** The answer as the note-taker recorded it. */
  text: string;
  /** Why, as the participants said it. */
  rationale?: string;
  /** Who answered (plan role or team id, or a name). */
  by?: string;
}
/** A facilitator's or evaluator's observation on an objective: a strength or an area for improvement. */
export interface ObservationAction {
  type: 'observation/add';
  at: ScenarioTime;
  /** Objective id of the scenario. */
  objective: string;
  kind: 'strength' | 'improvement';
  text: string;
  /** Who observed (name or role). */
  by?: string;
}
/** The facilitator judges a recorded answer insufficient: it no longer counts as the work its question covers. */
export interface InsufficientAction {
  type: 'answer/insufficient';
  at: ScenarioTime;
  /** The answer's position in the log (its `seq`). */
  answer: number;
  /** Why it falls short. */
  reason?: string;
  /** Who judged (name or role). */
  by?: string;
}
/** What an evaluator may make of an expectation's outcome. */
export type ReviewOutcome = 'met' | 'late' | 'missed' | 'not-applicable';
/** The evaluator confirms or changes an expectation's computed outcome, with a reason; the latest review of an expectation stands. */
export interface ReviewAction {
  type: 'review/outcome';
  at: ScenarioTime;
  /** Expectation id, e.g. `activity:ransomware/isolate-affected-hosts`. */
  expectation: string;
  outcome: ReviewOutcome;
  /** Why: what the evaluator saw. */
  reason: string;
  /** Who reviewed (name or role). */
  by?: string;
}
/** The facilitator records a plan activity as done by a role, without a scripted option (work the team did that the script did not foresee). */
export interface ActivityDoneAction {
  type: 'activity/done';
  at: ScenarioTime;
  /** Activity key, `playbook-id/activity-id`. */
  activity: string;
  /** Plan role (or team) id that did it. */
  by: string;
  /** What was done, as observed. */
  note?: string;
}
/** Ends the exercise at `at`; nothing is accepted afterwards. */
export interface EndAction {
  type: 'exercise/end';
  at: ScenarioTime;
}

/** Any action of the exercise log. */
export type ExerciseAction =
  | StartAction
  | TickAction
  | PauseAction
  | ResumeAction
  | JumpAction
  | DeliverAction
  | AdHocAction
  | DecideAction
  | NoteAction
  | AnswerAction
  | ObservationAction
  | InsufficientAction
  | ReviewAction
  | ActivityDoneAction
  | EndAction;

/** Every action type, for validating imported logs. */
export const ACTION_TYPES: readonly ExerciseAction['type'][] = [
  'exercise/start',
  'clock/tick',
  'clock/pause',
  'clock/resume',
  'clock/jump',
  'inject/deliver',
  'inject/ad-hoc',
  'decision/take',
  'note/add',
  'question/answer',
  'observation/add',
  'answer/insufficient',
  'review/outcome',
  'activity/done',
  'exercise/end',
];

/** An exercise log: actions in the order they happened. */
export type ExerciseLog = ExerciseAction[];
