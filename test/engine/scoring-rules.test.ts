/**
 * The scoring rules of issue #19 as properties over generated exercises against the minimal
 * scenario (and a few facts of the example plan): who owns the work, the scenario's truth deciding
 * what arises, one act one outcome, open at the end, limited evidence and the HSEEP bands.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/compiler/compile.ts';
import { planOf } from '../compiler/helpers.ts';
import { HSEEP_BANDS, rateObjective } from '../../src/engine/hseep.ts';
import { replay } from '../../src/engine/reduce.ts';
import { scoreExercise } from '../../src/engine/score.ts';
import { type Expectation } from '../../src/engine/expectation-base.ts';
import { type ExerciseAction } from '../../src/engine/actions.ts';
import { ownersOf } from '../../src/engine/owners.ts';
import type { PlanModel } from '../../src/plan/model.ts';
import { changedPlan, loadScenario, minimalPlan } from './helpers.ts';

const { scenario } = loadScenario();
const H = 3_600_000;
const M = 60_000;
const ROLES = ['incident-commander', 'deputy', 'dpo'];
const RANK = { P: 3, S: 2, M: 1, U: 0 } as const;

const exercise = fc.record({
  declareAt: fc.integer({ min: 0, max: 60 * H }),
  declareBy: fc.constantFrom(...ROLES),
  option: fc.constantFrom('sev1', 'sev2', 'wait'),
  notifyAt: fc.integer({ min: 48 * H, max: 90 * H }),
  notifyBy: fc.constantFrom(...ROLES),
  endAt: fc.integer({ min: 0, max: 100 * H }),
});
type Generated = typeof exercise extends fc.Arbitrary<infer T> ? T : never;

function logOf(p: Generated, option = p.option): ExerciseAction[] {
  const acts = [
    { type: 'decision/take', at: p.declareAt, decision: 'declare-severity', option, by: p.declareBy },
    { type: 'decision/take', at: p.notifyAt, decision: 'notify', option: 'yes', by: p.notifyBy },
  ].filter((a) => a.at <= p.endAt) as ExerciseAction[];
  acts.sort((a, b) => (a as { at: number }).at - (b as { at: number }).at);
  return [{ type: 'exercise/start', at: 0 }, ...acts, { type: 'exercise/end', at: p.endAt }];
}
const card = (p: Generated, plan: PlanModel = minimalPlan(), option = p.option) => {
  const state = replay(plan, scenario, logOf(p, option));
  expect(state.errors).toEqual([]);
  return scoreExercise(plan, state);
};
const all = (c: ReturnType<typeof card>) => [...c.expectations, ...c.notReached, ...c.openAtEnd, ...c.outOfScope];

describe('scoring rules', () => {
  it('calls work "wrong owner" only when done by someone outside its Accountable and Responsible roles', () => {
    fc.assert(
      fc.property(exercise, (p) => {
        const status = Object.fromEntries(card(p, minimalPlan(), 'sev1').expectations.map((e) => [e.id, e.status]));
        // "Declare": A incident-commander, R deputy. The notification's step: A dpo (the obligation), R incident-commander.
        if (status['activity:breach/declare'] !== undefined && status['activity:breach/declare'] !== 'missed')
          expect(status['activity:breach/declare'] === 'wrong-owner').toBe(
            p.declareBy === 'dpo' && p.declareAt <= 15 * M,
          );
        if (status['stage:gdpr-art33/authority'] !== undefined && status['stage:gdpr-art33/authority'] !== 'missed')
          expect(status['stage:gdpr-art33/authority'] === 'wrong-owner').toBe(
            p.notifyBy === 'deputy' && p.notifyAt <= 72 * H,
          );
      }),
      { numRuns: 200 },
    );
  });

  it("counts a role's backup as an owner when nobody plays the role, and a team's staff when the team is named", () => {
    const example = planOf(compilePlan('content', { today: '2026-11-27' }));
    expect(ownersOf(example, { roles: ['incident-commander'] }, ['security-lead'])).toEqual(['security-lead', 'ciso']);
    expect(ownersOf(example, { roles: ['security-lead'] }, ['security-lead'])).toEqual(['security-lead']);
    const team = example.teams[0];
    const held = example.people.filter((x) => team.members.includes(x.id)).flatMap((x) => x.roles);
    expect(ownersOf(example, { roles: held }, [`team:${team.id}`])).toEqual(expect.arrayContaining([team.id, ...held]));
  });

  it('makes the same activities and notification stages arise whatever severity the team declares', () => {
    const arisen = (c: ReturnType<typeof card>) =>
      all(c)
        .filter((e) => e.kind === 'activity' || e.kind === 'stage')
        .map((e) => `${e.id}@${e.since}`)
        .sort();
    fc.assert(
      fc.property(exercise, (p) => {
        expect(arisen(card(p, minimalPlan(), p.option))).toEqual(arisen(card(p, minimalPlan(), 'sev1')));
      }),
      { numRuns: 150 },
    );
  });

  it('records a declaration below the indicated severity as a finding, with both times', () => {
    fc.assert(
      fc.property(exercise, (p) => {
        const declared = card(p, minimalPlan(), 'sev2').expectations.find((e) => e.id === 'declare:sev1')!;
        expect(declared.status).toBe('missed');
        if (p.declareAt <= p.endAt)
          expect(declared.note).toMatch(
            /^declared SEV-2 High at T\+\d\d:\d\d, the scenario indicated SEV-1 Critical at T\+00:00$/,
          );
        else expect(declared.note).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  });

  it('scores a filing once, and gives the expectations one act names one outcome when it never happens', () => {
    fc.assert(
      fc.property(exercise, (p) => {
        const c = card(p, minimalPlan(), 'wait');
        const ids = all(c).map((e) => e.id);
        expect(ids).toContain('stage:gdpr-art33/authority');
        expect(ids).not.toContain('activity:breach/notify-dpa');
        // "Declare SEV-1" and "Declare the incident" are named by one option: never declared, they end alike once both fell due.
        const of = (id: string) => all(c).find((e) => e.id === id)!.status;
        if (p.endAt >= 15 * M)
          expect([of('declare:sev1'), of('activity:breach/declare')]).toEqual(['missed', 'missed']);
      }),
      { numRuns: 100 },
    );
  });

  it('never counts an activity with no due time, or work whose clock never started, as missed: it is open at the end', () => {
    const untimed = changedPlan('playbooks/breach.yaml', (t) =>
      t
        .replace('    due: { within: PT72H, after: awareness }\n', '')
        .replace('    submits: gdpr-art33/authority\n', ''),
    );
    const followUp = changedPlan(
      'obligations.yaml',
      (t) =>
        `${t}      - id: follow-up\n        name: Follow-up report\n        deadline: P30D\n        from: { stage: authority }\n`,
    );
    fc.assert(
      fc.property(exercise, (p) => {
        const a = all(card(p, untimed)).find((e) => e.id === 'activity:breach/notify-dpa')!;
        expect(a.status).not.toBe('missed');
        if (!a.evidence) expect(a.status).toBe('open');
        const f = all(card(p, followUp)).find((e) => e.id === 'stage:gdpr-art33/follow-up')!;
        expect(f.status).not.toBe('missed');
      }),
      { numRuns: 100 },
    );
  });
});

describe('HSEEP bands', () => {
  const expectation = (status: Expectation['status'], kind: Expectation['kind'] = 'activity'): Expectation =>
    ({
      id: `x`,
      kind,
      description: 'x',
      refs: [],
      since: 0,
      rule: '',
      timed: true,
      status,
      objectives: [],
    }) as Expectation;
  const list = (met: number, missed: number, late: number) => [
    ...Array.from({ length: met }, () => expectation('met')),
    ...Array.from({ length: missed }, () => expectation('missed')),
    ...Array.from({ length: late }, () => expectation('late')),
  ];

  it('separates a team that missed one of six from one that missed two, and from one that missed half', () => {
    expect([1, 2, 3].map((missed) => rateObjective(list(6 - missed, missed, 0)).rating)).toEqual(['S', 'M', 'U']);
  });

  it('never rates an objective better for a missed expectation more, and says "limited evidence" below two', () => {
    fc.assert(
      fc.property(fc.nat(8), fc.nat(8), fc.nat(8), (met, missed, late) => {
        fc.pre(met + missed + late > 0);
        const now = rateObjective(list(met, missed, late));
        const worse = rateObjective(list(Math.max(met - 1, 0), missed + 1, met ? late : Math.max(late - 1, 0)));
        expect(RANK[worse.rating!]).toBeLessThanOrEqual(RANK[now.rating!]);
        expect(now.limitedEvidence === true).toBe(met + missed + late < 2);
        expect(now.reason.includes('limited evidence')).toBe(met + missed + late < 2);
      }),
      { numRuns: 300 },
    );
  });

  it('prints each band from the data it rates with', () => {
    expect(HSEEP_BANDS.map((b) => b.rating)).toEqual(['P', 'S', 'M', 'U']);
    expect(rateObjective([expectation('met'), expectation('late', 'stage')]).rating).toBe('M');
  });
});
