/**
 * Fairness of the score, as properties over generated exercises against the minimal scenario:
 * acting earlier never lowers a rating, an unrelated action never changes one, an activity whose
 * condition never held is never expected, and replays are deterministic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAar } from '../../src/engine/aar.ts';
import { evaluate } from '../../src/engine/expectations.ts';
import { renderAarMarkdown } from '../../src/engine/aar-markdown.ts';
import { replay } from '../../src/engine/reduce.ts';
import { scoreExercise } from '../../src/engine/score.ts';
import type { ExerciseAction } from '../../src/engine/actions.ts';
import type { PlanModel } from '../../src/plan/model.ts';
import { changedPlan, loadScenario, minimalPlan } from './helpers.ts';

const { scenario } = loadScenario();
const H = 3_600_000;

/** P best; a missing rating (not exercised) is not comparable and handled apart. */
const RANK = { P: 3, S: 2, M: 1, U: 0 } as const;

type Plan = { declareAt: number; declareBy: string; pageAt: number; notifyAt: number; notifyBy: string; endAt: number };

/**
 * A generated exercise: declare SEV-1 (performing "Declare the incident"), page, notify the authority,
 * end. `pageAt` may be anything in `exercise`; in `paged` the page goes with the declaration, since
 * declaring a severity brings its own expectation (page within the acknowledgement target): declaring
 * earlier without paging can rightly pull that deadline inside the exercise.
 */
const exercise = fc.record({
  declareAt: fc.integer({ min: 0, max: 60 * H }),
  declareBy: fc.constantFrom('incident-commander', 'deputy'),
  pageAt: fc.integer({ min: 0, max: 60 * H }),
  // The notify decision opens with the inject at T+48:00.
  notifyAt: fc.integer({ min: 48 * H, max: 90 * H }),
  notifyBy: fc.constantFrom('dpo', 'incident-commander'),
  endAt: fc.integer({ min: 48 * H, max: 100 * H }),
});

/** The log of one generated exercise: its actions in time order (ties in a fixed order). */
function logOf(p: Plan, option = 'sev1'): ExerciseAction[] {
  const acts: ExerciseAction[] = [
    { type: 'decision/take', at: p.declareAt, decision: 'declare-severity', option, by: p.declareBy },
    { type: 'decision/take', at: p.pageAt, decision: 'page', option: 'major', by: 'incident-commander' },
    { type: 'decision/take', at: p.notifyAt, decision: 'notify', option: 'yes', by: p.notifyBy },
  ].filter((a) => a.at <= p.endAt) as ExerciseAction[];
  acts.sort((a, b) => (a as { at: number }).at - (b as { at: number }).at);
  return [{ type: 'exercise/start', at: 0 }, ...acts, { type: 'exercise/end', at: p.endAt }];
}

const ratings = (plan: PlanModel, log: ExerciseAction[]) => {
  const state = replay(plan, scenario, log);
  expect(state.errors).toEqual([]);
  return Object.fromEntries(scoreExercise(plan, state).objectives.map((o) => [o.objective.id, o.rating]));
};

/** `better` is at least as good as `worse` for every objective: rated no lower, and rated whenever `worse` is. */
function noLower(better: Record<string, string | undefined>, worse: Record<string, string | undefined>) {
  for (const [id, w] of Object.entries(worse)) {
    if (w === undefined) continue;
    const b = better[id];
    expect(b, `objective ${id} lost its rating`).toBeDefined();
    expect(
      RANK[b as keyof typeof RANK],
      `objective ${id}: ${b} after acting earlier, ${w} before`,
    ).toBeGreaterThanOrEqual(RANK[w as keyof typeof RANK]);
  }
}

describe('fairness of the score', () => {
  // With a prerequisite, "after it arose" also means after its prerequisite: before it is out of order, rightly.
  const plans: [string, PlanModel, boolean][] = [
    ['the minimal plan', minimalPlan(), false],
    [
      'the minimal plan with a prerequisite',
      changedPlan('playbooks/breach.yaml', (t) =>
        t.replace('    template: dpa-notice', '    template: dpa-notice\n    after: [declare]'),
      ),
      true,
    ],
  ];
  for (const [name, plan, prerequisite] of plans) {
    it(`never lowers a rating when a required activity is done earlier, after it arose (${name})`, () => {
      let moved = 0;
      fc.assert(
        fc.property(
          exercise,
          fc.constantFrom('declareAt', 'notifyAt'),
          fc.integer({ min: 1, max: 60 * H }),
          (generated, which, by) => {
            const p = { ...generated, pageAt: generated.declareAt };
            const earliest =
              which === 'declareAt' ? 0 : Math.max(48 * H, prerequisite && p.declareAt <= p.endAt ? p.declareAt : 0);
            const at = Math.max(earliest, p[which] - by);
            if (at === p[which]) return;
            const earlier = which === 'declareAt' ? { ...p, declareAt: at, pageAt: at } : { ...p, notifyAt: at };
            moved++;
            noLower(ratings(plan, logOf(earlier)), ratings(plan, logOf(p)));
          },
        ),
        { numRuns: 200 },
      );
      expect(moved).toBeGreaterThan(50);
    });
  }

  it('never changes a rating for an extra unrelated action (a note, an ad-hoc inject revealing nothing)', () => {
    const plan = minimalPlan();
    fc.assert(
      fc.property(exercise, fc.integer({ min: 0, max: 100 * H }), fc.boolean(), (p, at, note) => {
        const log = logOf(p);
        const when = Math.min(at, p.endAt);
        const extra: ExerciseAction = note
          ? { type: 'note/add', at: when, text: 'The deputy joins the bridge' }
          : ({
              type: 'inject/ad-hoc',
              at: when,
              inject: {
                to: ['dpo'],
                channel: 'chat',
                from: 'Facilitator',
                subject: 'Coffee is ready',
                body: 'In the kitchen.',
                reveals: {},
              },
            } as ExerciseAction);
        // Insert it where its time belongs, after the actions of the same time.
        const i = log.findIndex((a, k) => k > 0 && (a as { at: number }).at > when);
        const withExtra = [...log.slice(0, i), extra, ...log.slice(i)];
        expect(ratings(plan, withExtra)).toEqual(ratings(plan, log));
      }),
      { numRuns: 200 },
    );
  });

  it("expects an activity by the scenario's truth: never when its condition never held, from its arising when it did, whatever the team declares", () => {
    // The activity files nothing here, so it is an expectation of its own. The scenario indicates SEV-1 at T+00:00.
    const withCondition = (w: string) =>
      changedPlan('playbooks/breach.yaml', (t) =>
        t
          .replace('    template: dpa-notice', `    template: dpa-notice\n    appliesWhen: ${w}`)
          .replace('    submits: gdpr-art33/authority\n', ''),
      );
    const never = withCondition('{ severities: [sev2] }');
    const indicated = withCondition('{ severities: [sev1] }');
    const card = withCondition('{ dataCategories: [cardholder-data] }');
    let declaredLower = 0;
    fc.assert(
      fc.property(exercise, fc.constantFrom('sev1', 'sev2', 'wait'), (p, option) => {
        const log = logOf(p, option);
        for (let n = 1; n <= log.length; n++) {
          const has = (plan: PlanModel) =>
            evaluate(plan, replay(plan, scenario, log.slice(0, n))).some((e) => e.id === 'activity:breach/notify-dpa');
          const state = replay(indicated, scenario, log.slice(0, n));
          expect(has(never)).toBe(false);
          expect(has(card)).toBe(false);
          expect(has(indicated)).toBe(state.status !== 'ready');
          if (state.facts.declared.some((d) => d.severity === 'sev2')) declaredLower++;
        }
      }),
      { numRuns: 100 },
    );
    expect(declaredLower).toBeGreaterThan(0);
  });

  it('replays the same log to the same scorecard and report, whether replayed at once or step by step', () => {
    const plan = minimalPlan();
    fc.assert(
      fc.property(exercise, (p) => {
        const log = logOf(p);
        const once = replay(plan, scenario, log);
        const again = replay(plan, scenario, JSON.parse(JSON.stringify(log)) as ExerciseAction[]);
        expect(scoreExercise(plan, again)).toEqual(scoreExercise(plan, once));
        expect(renderAarMarkdown(buildAar(plan, again))).toBe(renderAarMarkdown(buildAar(plan, once)));
      }),
      { numRuns: 50 },
    );
  });
});
