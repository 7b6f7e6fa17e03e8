/**
 * A clock counting from the team's own declaration starts when the declaration was due if it came
 * late or never (team-anchors.ts), as properties over generated exercises: the minimal plan with one
 * activity due 1 h after declaration ("Contain the export"), the minimal scenario with an objective
 * for it, the declaration due 15 min after detection (T+00:00) by the plan's "Declare the incident".
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateScenario } from '../../src/compiler/scenario/validate.ts';
import { evaluate } from '../../src/engine/expectations.ts';
import { replay } from '../../src/engine/reduce.ts';
import { scoreExercise } from '../../src/engine/score.ts';
import type { ExerciseAction } from '../../src/engine/actions.ts';
import type { PlanModel } from '../../src/plan/model.ts';
import type { Scenario } from '../../src/plan/scenario.ts';
import { changedPlan, MINIMAL_SCENARIO } from './helpers.ts';

const M = 60_000;
const H = 60 * M;
/** When the plan's "Declare the incident" makes the declaration due: 15 min after detection at T+00:00. */
const DUE = 15 * M;
const RANK = { P: 3, S: 2, M: 1, U: 0 } as const;

const CONTAIN = `  - id: contain
    title: Contain the export
    phase: respond
    raci: { incident-commander: A, deputy: R }
    due: { within: PT1H, after: declaration }
`;
const withContain = (declareDue: boolean) =>
  changedPlan('playbooks/breach.yaml', (t) => {
    const text = t.replace('  - id: notify-dpa', `${CONTAIN}  - id: notify-dpa`);
    return declareDue ? text : text.replace('    due: { within: PT15M, after: detection }\n', '');
  });
const plan = withContain(true);
/** The same plan where "Declare the incident" has no due time: every declaration is on time, its clocks start at the act. */
const undue = withContain(false);

const scenarios = new Map<PlanModel, Scenario>();
const scenarioFor = (p: PlanModel): Scenario => scenarios.get(p) ?? scenarios.set(p, validated(p)).get(p)!;
function validated(p: PlanModel): Scenario {
  const text = readFileSync(MINIMAL_SCENARIO, 'utf8').replace(
    'modules:',
    `  - id: contain
    title: Contain the exposure
    capability: Cybersecurity
    elements: [activity:breach/contain]
modules:`,
  );
  const result = validateScenario(p, text, MINIMAL_SCENARIO);
  if (!result.scenario) throw new Error(result.problems.map((x) => x.message).join('\n'));
  return result.scenario;
}
const scenario = scenarioFor(plan);

type Play = { declareAt?: number; containAt: number; notifyAt: number; endAt: number };

/** The log: declare SEV-1 (with "Declare the incident") and page, contain from the console, notify, end. */
function logOf(p: Play): ExerciseAction[] {
  const acts = [
    ...(p.declareAt === undefined
      ? []
      : [
          { type: 'decision/take', at: p.declareAt, decision: 'declare-severity', option: 'sev1', by: 'deputy' },
          { type: 'decision/take', at: p.declareAt, decision: 'page', option: 'major', by: 'incident-commander' },
        ]),
    { type: 'activity/done', at: p.containAt, activity: 'breach/contain', by: 'deputy' },
    { type: 'decision/take', at: p.notifyAt, decision: 'notify', option: 'yes', by: 'dpo' },
  ].filter((a) => a.at <= p.endAt) as ExerciseAction[];
  acts.sort((a, b) => (a as { at: number }).at - (b as { at: number }).at);
  return [{ type: 'exercise/start', at: 0 }, ...acts, { type: 'exercise/end', at: p.endAt }];
}

const play = fc.record({
  containAt: fc.integer({ min: 0, max: 4 * H }),
  notifyAt: fc.integer({ min: 48 * H, max: 80 * H }),
  endAt: fc.integer({ min: 48 * H, max: 80 * H }),
});

function ratings(p: PlanModel, log: ExerciseAction[]) {
  const state = replay(p, scenarioFor(p), log);
  expect(state.errors).toEqual([]);
  return Object.fromEntries(scoreExercise(p, state).objectives.map((o) => [o.objective.id, o.rating]));
}

/** Every objective `worse` rates is rated by `better` too, no lower. */
function noLower(better: Record<string, string | undefined>, worse: Record<string, string | undefined>, why: string) {
  for (const [id, w] of Object.entries(worse)) {
    if (w === undefined) continue;
    expect(better[id], `${id} lost its rating (${why})`).toBeDefined();
    expect(RANK[better[id] as keyof typeof RANK], `${id}: ${why}`).toBeGreaterThanOrEqual(RANK[w as keyof typeof RANK]);
  }
}

describe('a late or missing declaration starts the clocks counting from it when it was due', () => {
  it('never raises a rating when the declaration is made later, once it is due', () => {
    fc.assert(
      fc.property(play, fc.integer({ min: DUE, max: 3 * H }), fc.integer({ min: 1, max: 3 * H }), (p, first, by) => {
        const earlier = ratings(plan, logOf({ ...p, declareAt: first }));
        const later = ratings(plan, logOf({ ...p, declareAt: first + by }));
        noLower(earlier, later, `declared at ${first} and ${first + by}`);
      }),
      { numRuns: 150 },
    );
  });

  it('never rates a team that never declares better than one that declares late', () => {
    fc.assert(
      fc.property(play, fc.integer({ min: DUE + 1, max: 3 * H }), (p, late) => {
        noLower(ratings(plan, logOf({ ...p, declareAt: late })), ratings(plan, logOf(p)), `declared at ${late}, never`);
      }),
      { numRuns: 150 },
    );
  });

  it('scores a team that declares on time exactly as if its declaration had no due time (the clocks start at the act)', () => {
    fc.assert(
      fc.property(play, fc.integer({ min: 0, max: DUE }), (p, at) => {
        const log = logOf({ ...p, declareAt: at });
        const strip = (q: PlanModel) =>
          evaluate(q, replay(q, scenarioFor(q), log))
            .filter((e) => e.id !== 'activity:breach/declare')
            .map(({ id, deadline, status, rule }) => ({ id, deadline, status, rule }));
        expect(strip(plan)).toEqual(strip(undue));
      }),
      { numRuns: 100 },
    );
  });

  it('counts "Contain the export" from when the declaration was due, and says so, when it came late or never', () => {
    for (const declareAt of [2 * H, undefined]) {
      const state = replay(plan, scenario, logOf({ declareAt, containAt: 5 * H, notifyAt: 49 * H, endAt: 50 * H }));
      const contain = evaluate(plan, state).find((e) => e.id === 'activity:breach/contain')!;
      expect([contain.deadline, contain.status]).toEqual([DUE + H, 'late']);
      expect(contain.rule).toBe(
        `within 1 h of declaration, counted from T+00:15 when the declaration was due, since it ${declareAt ? 'came later' : 'never came'}`,
      );
    }
  });

  it('starts no clock from a declaration that is not due yet and not made', () => {
    const state = replay(plan, scenario, [
      { type: 'exercise/start', at: 0 },
      { type: 'clock/tick', at: DUE - 1 },
    ]);
    expect(evaluate(plan, state).find((e) => e.id === 'activity:breach/contain')?.deadline).toBeUndefined();
    const after = replay(plan, scenario, [
      { type: 'exercise/start', at: 0 },
      { type: 'clock/tick', at: DUE },
    ]);
    expect(evaluate(plan, after).find((e) => e.id === 'activity:breach/contain')?.deadline).toBe(DUE + H);
  });
});
