/**
 * The state of an exercise: a plain JSON object, folded from the log by `reduce` and never modified
 * once made (each action makes a new state sharing what it did not change).
 *
 *   initialize(plan, scenario) (initialize.ts) ──▶ status 'ready' ──exercise/start──▶ 'running' ⇄ 'paused' ──exercise/end──▶ 'ended'
 *
 * What happened is kept as facts with the scenario time they became known, the injects delivered,
 * the decisions taken (and the plan actions they stand for), notes, and rejected actions.
 */
import type { ScenarioTime } from '../plan/scenario-time.ts';
import type { AdHocInject, ReviewOutcome } from './actions.ts';
import type { PlanAction, Scenario } from '../plan/scenario.ts';

/** Where an exercise is in its lifecycle. */
export type ExerciseStatus = 'ready' | 'running' | 'paused' | 'ended';

/** An inject that has been delivered. */
export interface DeliveredInject {
  /** Scenario inject id, or `ad-hoc-<n>`. */
  inject: string;
  at: ScenarioTime;
  /** Position of the action in the log that caused it. */
  seq: number;
  /** Why it arrived: its time or trigger, the facilitator, or a jump of the clock. */
  by: 'script' | 'facilitator' | 'ad-hoc';
  /** The content of an ad-hoc inject. */
  adHoc?: AdHocInject;
}

/** A decision that was taken. */
export interface TakenDecision {
  decision: string;
  option: string;
  /** Role that took it. */
  by: string;
  at: ScenarioTime;
  seq: number;
  rationale?: string;
  text?: string;
  /** Participant who proposed it from their own device, by display name. */
  participant?: string;
}

/** One plan action performed through a decision, e.g. `{ kind: 'perform', target: 'breach/declare' }`. */
export interface Act {
  kind: keyof PlanAction;
  target: string;
  by: string;
  at: ScenarioTime;
  seq: number;
  /** The decision (and option) it came from; `question:<id>` for a discussion answer, `console` for work marked done. */
  decision: string;
  option: string;
  /** Where the evidence comes from, when not a decision's option: a discussed answer, or the console's "mark done". */
  via?: 'discussion' | 'console';
}

/** A timeline note. */
export interface Note {
  text: string;
  by?: string;
  at: ScenarioTime;
  seq: number;
}

/** A recorded answer to a discussion question. */
export interface Answer {
  question: string;
  text: string;
  rationale?: string;
  by?: string;
  at: ScenarioTime;
  seq: number;
  /** Set when the facilitator judged it insufficient: it no longer counts as the work its question covers. */
  insufficient?: { at: ScenarioTime; seq: number; reason?: string; by?: string };
}

/** An evaluator's review of one expectation's outcome (the latest per expectation stands). */
export interface Review {
  expectation: string;
  outcome: ReviewOutcome;
  reason: string;
  by?: string;
  at: ScenarioTime;
  seq: number;
}

/** A facilitator's observation on an objective. */
export interface Observation {
  objective: string;
  kind: 'strength' | 'improvement';
  text: string;
  by?: string;
  at: ScenarioTime;
  seq: number;
}

/** An action that was refused, with the reason. The state is otherwise unchanged by it. */
export interface ActionError {
  seq: number;
  type: string;
  /** Scenario time the action claimed, or `null` when it had none. */
  at: number | null;
  message: string;
}

/** What the scenario has revealed so far, each fact with the scenario time it first became known. */
export interface Facts {
  incidentTypes: Record<string, ScenarioTime>;
  /** Severities the revealed facts indicate. */
  indicated: Record<string, ScenarioTime>;
  /** Severities declared, in order. */
  declared: { severity: string; at: ScenarioTime; by: string; seq: number }[];
  dataCategories: Record<string, ScenarioTime>;
  /** Anchor events (awareness, classification...) and when they happened. */
  anchors: Record<string, ScenarioTime>;
  /** Scenario facts revealed by name (an inject's `reveals.facts`, a decision's `fact` action), for triggers. */
  revealed: Record<string, ScenarioTime>;
  /** Levels of the plan's other scales (`priority:p1`) the scenario revealed, each when first; absent before any. */
  levels?: Record<string, ScenarioTime>;
}

/** The whole exercise state. Plain JSON: safe to store and compare. */
export interface ExerciseState {
  /** The scenario being played (validated). */
  scenario: Scenario;
  plan: { id: string; version: string; digest: string };
  /** Wall-clock instant of T+0, ms since the epoch. */
  epoch: number;
  /** ISO instant the exercise was played (started), when the start action says so; the story date is `epoch`. */
  playedAt?: string;
  status: ExerciseStatus;
  /** Current scenario time. */
  now: ScenarioTime;
  /** Number of actions reduced so far (accepted or not). */
  seq: number;
  delivered: DeliveredInject[];
  /** Inject id → delivery time, for quick lookups. */
  deliveredAt: Record<string, ScenarioTime>;
  decisions: TakenDecision[];
  /** Decision id → option chosen. */
  taken: Record<string, string>;
  acts: Act[];
  facts: Facts;
  notes: Note[];
  /** Answers to discussion questions, in the order recorded. */
  answers: Answer[];
  /** Facilitator observations on objectives, in the order recorded. */
  observations: Observation[];
  /** The evaluator's reviews of expectation outcomes, in the order recorded. */
  reviews: Review[];
  errors: ActionError[];
  /** Scenario expectation id → time its `when` condition first held (expectations without one start at the start). */
  activated: Record<string, ScenarioTime>;
  /**
   * The next scripted inject to fall due if nothing else happens, and when; `null` if none can.
   * Derived from the rest of the state (see `withNextDue`), kept here so a clock tick need not search.
   */
  due: NextDue | null;
  /** Scenario time at which the exercise ended. */
  endedAt?: ScenarioTime;
}

/** A scripted inject id and the scenario time it falls due. */
export interface NextDue {
  inject: string;
  at: ScenarioTime;
}
