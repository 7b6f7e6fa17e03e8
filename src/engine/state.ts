/**
 * The state of an exercise: a plain JSON object, folded from the log by `reduce`.
 *
 *   initialize(plan, scenario) ──▶ status 'ready' ──exercise/start──▶ 'running' ⇄ 'paused' ──exercise/end──▶ 'ended'
 *
 * What happened is kept as facts with the scenario time they became known, the injects delivered,
 * the decisions taken (and the plan actions they stand for), notes, and rejected actions.
 */
import type { PlanModel } from '../plan/model.ts';
import type { ScenarioTime } from './clock.ts';
import type { AdHocInject } from './actions.ts';
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
}

/** One plan action performed through a decision, e.g. `{ kind: 'perform', target: 'breach/declare' }`. */
export interface Act {
  kind: keyof PlanAction;
  target: string;
  by: string;
  at: ScenarioTime;
  seq: number;
  /** The decision (and option) it came from. */
  decision: string;
  option: string;
}

/** A timeline note. */
export interface Note {
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
  /** Scenario facts for triggers. */
  facts: Record<string, ScenarioTime>;
}

/** The whole exercise state. Plain JSON: safe to store and compare. */
export interface ExerciseState {
  /** The scenario being played (validated). */
  scenario: Scenario;
  plan: { id: string; version: string; digest: string };
  /** Wall-clock instant of T+0, ms since the epoch. */
  epoch: number;
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
  errors: ActionError[];
  /** Scenario expectation id → time its `when` condition first held (expectations without one start at the start). */
  activated: Record<string, ScenarioTime>;
  /** Scenario time at which the exercise ended. */
  endedAt?: ScenarioTime;
}

/** Options of `initialize`. */
export interface InitializeOptions {
  /** ISO instant of T+0; default the scenario's `startsAt`. */
  startsAt?: string;
}

/** A fresh exercise for `scenario` played against `plan`, not yet started. */
export function initialize(plan: PlanModel, scenario: Scenario, options: InitializeOptions = {}): ExerciseState {
  return {
    scenario,
    plan: { id: plan.document.id, version: plan.document.version, digest: plan.digest },
    epoch: Date.parse(options.startsAt ?? scenario.startsAt),
    status: 'ready',
    now: 0,
    seq: 0,
    delivered: [],
    deliveredAt: {},
    decisions: [],
    taken: {},
    acts: [],
    facts: { incidentTypes: {}, indicated: {}, declared: [], dataCategories: {}, anchors: {}, facts: {} },
    notes: [],
    errors: [],
    activated: {},
  };
}

/** A copy whose lists and maps may be appended to without touching `state` (entries are shared, never mutated). */
export function draftOf(state: ExerciseState): ExerciseState {
  const f = state.facts;
  return {
    ...state,
    delivered: [...state.delivered],
    deliveredAt: { ...state.deliveredAt },
    decisions: [...state.decisions],
    taken: { ...state.taken },
    acts: [...state.acts],
    facts: {
      incidentTypes: { ...f.incidentTypes },
      indicated: { ...f.indicated },
      declared: [...f.declared],
      dataCategories: { ...f.dataCategories },
      anchors: { ...f.anchors },
      facts: { ...f.facts },
    },
    notes: [...state.notes],
    errors: [...state.errors],
    activated: { ...state.activated },
  };
}
