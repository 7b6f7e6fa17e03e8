/** A fresh exercise: the state `reduce` folds the log into, before the first action. */
import type { PlanModel } from '../plan/model.ts';
import type { Scenario } from '../plan/scenario.ts';
import type { ExerciseState } from './state.ts';
import { withNextDue } from './triggers.ts';

/** Options of `initialize`. */
export interface InitializeOptions {
  /** ISO instant of T+0; default the scenario's `startsAt`. */
  startsAt?: string;
}

/** A fresh exercise for `scenario` played against `plan`, not yet started. */
export function initialize(plan: PlanModel, scenario: Scenario, options: InitializeOptions = {}): ExerciseState {
  return withNextDue({
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
    facts: { incidentTypes: {}, indicated: {}, declared: [], dataCategories: {}, anchors: {}, revealed: {} },
    notes: [],
    answers: [],
    observations: [],
    reviews: [],
    errors: [],
    activated: {},
    due: null,
  });
}
