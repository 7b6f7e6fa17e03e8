/**
 * The scorecard: every expectation with its final outcome and evidence, a HSEEP rating per
 * objective, and totals per objective, role and phase. An exercise that has not ended is scored
 * as if it ended now (what is not done yet counts as missed).
 */
import type { PlanModel } from '../plan/model.ts';
import type { ScenarioTime } from './clock.ts';
import { evaluate, type Expectation, type Outcome } from './expectations.ts';
import { rateObjective, type HseepRating } from './hseep.ts';
import type { Objective } from './scenario/schema.ts';
import type { ExerciseState } from './state.ts';

/** Counts of outcomes. */
export type Tally = Record<Outcome, number> & { total: number };

/** One objective's rating and the expectations behind it. */
export interface ObjectiveScore {
  objective: Objective;
  rating: HseepRating;
  /** Why it got this rating. */
  reason: string;
  /** Ids of its expectations. */
  expectations: string[];
  tally: Tally;
}

/** The result of an exercise. */
export interface Scorecard {
  scenario: { id: string; title: string };
  plan: { id: string; version: string; digest: string };
  /** Scenario time the exercise ended (or was scored at). */
  endedAt: ScenarioTime;
  /** Every expectation, with a final outcome as `status`. */
  expectations: (Expectation & { status: Outcome })[];
  objectives: ObjectiveScore[];
  /** Totals per expected owner role (`(none)` when the plan names no owner). */
  byRole: Record<string, Tally>;
  /** Totals per phase (`(none)` for expectations outside the playbooks). */
  byPhase: Record<string, Tally>;
  totals: Tally;
}

/** An empty tally. */
export function emptyTally(): Tally {
  return { total: 0, met: 0, late: 0, 'out-of-order': 0, 'wrong-owner': 0, missed: 0 };
}

function tallyOf(list: readonly { status: Outcome }[]): Tally {
  const t = emptyTally();
  for (const e of list) {
    t.total++;
    t[e.status]++;
  }
  return t;
}

function groupBy(list: readonly (Expectation & { status: Outcome })[], key: (e: Expectation) => string): Record<string, Tally> {
  const groups: Record<string, (Expectation & { status: Outcome })[]> = {};
  for (const e of list) (groups[key(e)] ??= []).push(e);
  return Object.fromEntries(Object.keys(groups).sort().map((k) => [k, tallyOf(groups[k])]));
}

/** Scores an exercise against `plan`. Pure: the same state and plan give the same scorecard. */
export function scoreExercise(plan: PlanModel, state: ExerciseState): Scorecard {
  const final = state.status === 'ended' ? state : { ...state, status: 'ended' as const };
  const expectations = evaluate(plan, final) as (Expectation & { status: Outcome })[];
  const objectives = state.scenario.objectives.map((objective) => {
    const mine = expectations.filter((e) => e.objectives.includes(objective.id));
    return { objective, ...rateObjective(mine), expectations: mine.map((e) => e.id), tally: tallyOf(mine) };
  });
  return {
    scenario: { id: state.scenario.id, title: state.scenario.title },
    plan: state.plan,
    endedAt: state.endedAt ?? state.now,
    expectations,
    objectives,
    byRole: groupBy(expectations, (e) => e.owner ?? '(none)'),
    byPhase: groupBy(expectations, (e) => e.phase ?? '(none)'),
    totals: tallyOf(expectations),
  };
}
