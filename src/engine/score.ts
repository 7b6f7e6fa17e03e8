/**
 * The scorecard: every scored expectation with its final outcome and evidence, a HSEEP rating per
 * exercised objective, and totals per objective, role and phase. Expectations not reached before the
 * end (not done, deadline after the end), those open at the end (no due time, or a clock that never
 * started) and those outside the scenario's scope are listed apart and counted nowhere. An objective with no scored expectation is not
 * exercised: it has no rating. An exercise that has not ended is scored as if it ended now.
 */
import type { PlanModel } from '../plan/model.ts';
import type { ScenarioTime } from '../plan/scenario-time.ts';
import { evaluate, UNRATED, type Expectation, type Outcome } from './expectations.ts';
import { rateObjective, type HseepRating } from './hseep.ts';
import type { Objective } from '../plan/scenario.ts';
import type { ExerciseState } from './state.ts';

/** Counts of outcomes. */
export type Tally = Record<Outcome, number> & { total: number };

/** One objective's rating and the expectations behind it. */
export interface ObjectiveScore {
  objective: Objective;
  /** Its HSEEP rating; absent when the objective was not exercised (no scored expectation). */
  rating?: HseepRating;
  /** Why it got this rating. */
  reason: string;
  /** Ids of its scored expectations. */
  expectations: string[];
  /** Ids of its expectations not reached before the end (not rated). */
  notReached: string[];
  /** Ids of its expectations open at the end: no due time, or a clock that never started (not rated). */
  openAtEnd: string[];
  /** Set when the rating rests on fewer than two scored expectations. */
  limitedEvidence?: true;
  /** Ids of its expectations outside the scenario's scope (not rated). */
  outOfScope: string[];
  /** Outcomes of its scored expectations. */
  tally: Tally;
}

/** The result of an exercise. */
export interface Scorecard {
  scenario: { id: string; title: string };
  plan: { id: string; version: string; digest: string };
  /** Scenario time the exercise ended (or was scored at). */
  endedAt: ScenarioTime;
  /** Every scored expectation, with a final outcome as `status`. */
  expectations: (Expectation & { status: Outcome })[];
  /** Expectations not done whose deadline falls after the end, or whose clock never started: not scored. */
  notReached: (Expectation & { status: 'not-reached' })[];
  /** Expectations open at the end (activities with no due time, or work whose clock never started), not done: not scored. */
  openAtEnd: (Expectation & { status: 'open' })[];
  /** Expectations the evaluator judged not applicable (with a reason): not scored. */
  notApplicable: (Expectation & { status: 'not-applicable' })[];
  /** Expectations outside the scenario's scope (other playbooks or phases), done or not: not scored. */
  outOfScope: (Expectation & { status: 'out-of-scope' })[];
  objectives: ObjectiveScore[];
  /** Totals per expected owner role (`(none)` when the plan names no owner); scored expectations only, as below. */
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

function groupBy(
  list: readonly (Expectation & { status: Outcome })[],
  key: (e: Expectation) => string,
): Record<string, Tally> {
  const groups: Record<string, (Expectation & { status: Outcome })[]> = {};
  for (const e of list) (groups[key(e)] ??= []).push(e);
  return Object.fromEntries(
    Object.keys(groups)
      .sort()
      .map((k) => [k, tallyOf(groups[k])]),
  );
}

/** Scores an exercise against `plan`. Pure: the same state and plan give the same scorecard. */
export function scoreExercise(plan: PlanModel, state: ExerciseState): Scorecard {
  const final = state.status === 'ended' ? state : { ...state, status: 'ended' as const };
  const all = evaluate(plan, final);
  const notReached = all.filter((e): e is Expectation & { status: 'not-reached' } => e.status === 'not-reached');
  const notApplicable = all.filter(
    (e): e is Expectation & { status: 'not-applicable' } => e.status === 'not-applicable',
  );
  const openAtEnd = all.filter((e): e is Expectation & { status: 'open' } => e.status === 'open');
  const outOfScope = all.filter((e): e is Expectation & { status: 'out-of-scope' } => e.status === 'out-of-scope');
  const expectations = all.filter((e): e is Expectation & { status: Outcome } => !UNRATED.includes(e.status));
  const objectives = state.scenario.objectives.map((objective) => {
    const of = <E extends Expectation>(list: E[]) => list.filter((e) => e.objectives.includes(objective.id));
    const mine = of(expectations);
    const unreached = of(notReached);
    const open = of(openAtEnd);
    const ids = (list: Expectation[]) => list.map((e) => e.id);
    return {
      objective,
      ...rateObjective(mine, unreached.length + open.length),
      expectations: ids(mine),
      notReached: ids(unreached),
      openAtEnd: ids(open),
      outOfScope: ids(of(outOfScope)),
      tally: tallyOf(mine),
    };
  });
  return {
    scenario: { id: state.scenario.id, title: state.scenario.title },
    plan: state.plan,
    endedAt: state.endedAt ?? state.now,
    expectations,
    notReached,
    openAtEnd,
    notApplicable,
    outOfScope,
    objectives,
    byRole: groupBy(expectations, (e) => e.owner ?? '(none)'),
    byPhase: groupBy(expectations, (e) => e.phase ?? '(none)'),
    totals: tallyOf(expectations),
  };
}
