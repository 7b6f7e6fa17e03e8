/**
 * Expectations the exercise ended before: not done, with a deadline after the end (or a clock that
 * never started). They are not scored, not rated, and listed apart in the after-action report.
 */
import { describe, expect, it } from 'vitest';
import { buildAar } from '../../src/engine/aar.ts';
import { evaluate } from '../../src/engine/expectations.ts';
import { renderAarMarkdown } from '../../src/engine/aar-markdown.ts';
import { replay } from '../../src/engine/reduce.ts';
import { scoreExercise } from '../../src/engine/score.ts';
import type { ExerciseAction } from '../../src/engine/actions.ts';
import type { PlanModel } from '../../src/plan/model.ts';
import { changedPlan, loadScenario, minimalPlan } from './helpers.ts';

const H = 3_600_000;
const M = 60_000;
const { scenario } = loadScenario();
const start: ExerciseAction = { type: 'exercise/start', at: 0 };
const declare = (at: number, option = 'sev1'): ExerciseAction => ({
  type: 'decision/take',
  at,
  decision: 'declare-severity',
  option,
  by: 'incident-commander',
});
const page = (at: number): ExerciseAction => ({
  type: 'decision/take',
  at,
  decision: 'page',
  option: 'major',
  by: 'incident-commander',
});
const notify = (at: number): ExerciseAction => ({
  type: 'decision/take',
  at,
  decision: 'notify',
  option: 'yes',
  by: 'dpo',
});
const end = (at: number): ExerciseAction => ({ type: 'exercise/end', at });
/** The minimal plan with a follow-up GDPR stage due 30 days after the first submission. */
const withFollowUp = () =>
  changedPlan(
    'obligations.yaml',
    (t) =>
      `${t}      - id: follow-up\n        name: Follow-up report\n        deadline: P30D\n        from: { stage: authority }\n`,
  );

function score(log: ExerciseAction[], plan: PlanModel = minimalPlan()) {
  const card = scoreExercise(plan, replay(plan, scenario, log));
  const status = Object.fromEntries(
    [...card.expectations, ...card.notReached, ...card.openAtEnd].map((e) => [e.id, e.status]),
  );
  return { card, status, ratings: Object.fromEntries(card.objectives.map((o) => [o.objective.id, o.rating])) };
}

describe('expectations not reached before the exercise ended', () => {
  it('leaves a 72-hour notification unscored when the exercise ends at T+08:00', () => {
    const { card, status } = score([start, declare(5 * M), page(5 * M), end(8 * H)]);
    // The notification's step ("Notify the data protection authority") is the stage itself: listed once.
    expect([status['stage:gdpr-art33/authority'], status['activity:breach/notify-dpa']]).toEqual([
      'not-reached',
      undefined,
    ]);
    expect(card.expectations.map((e) => e.id)).toEqual(['page:sev1', 'declare:sev1', 'activity:breach/declare']);
    expect(card.totals).toEqual({ total: 3, met: 3, late: 0, 'out-of-order': 0, 'wrong-owner': 0, missed: 0 });
    expect(card.byRole.dpo).toBeUndefined();
  });

  it('misses a notification whose deadline falls exactly at the end, or before it', () => {
    expect(score([start, declare(5 * M), page(5 * M), end(72 * H)]).status['stage:gdpr-art33/authority']).toBe(
      'missed',
    );
    expect(score([start, declare(5 * M), page(5 * M), end(72 * H + M)]).status['stage:gdpr-art33/authority']).toBe(
      'missed',
    );
    expect(score([start, declare(5 * M), page(5 * M), end(72 * H - M)]).status['stage:gdpr-art33/authority']).toBe(
      'not-reached',
    );
  });

  it('still misses what the plan expects by the end of the exercise, however early it ends', () => {
    const { status } = score([start, declare(5 * M, 'wait'), end(10 * M)]);
    expect(status['declare:sev1']).toBe('missed');
    expect(status['activity:breach/declare']).toBe('not-reached');
  });

  it('scores a notification done before the end on its merits, even though its deadline lies after it', () => {
    const early: ExerciseAction = { type: 'inject/deliver', at: 2 * H, inject: 'dpa-reminder' };
    const { status, ratings } = score([start, declare(5 * M), page(5 * M), early, notify(2 * H), end(8 * H)]);
    expect([status['stage:gdpr-art33/authority'], ratings.notify]).toEqual(['met', 'P']);
  });

  it('leaves a stage whose clock never started (its earlier stage was never submitted) open at the end, never missed', () => {
    const plan = withFollowUp();
    const early = score([start, declare(5 * M), page(5 * M), end(8 * H)], plan);
    const late = score([start, declare(5 * M), page(5 * M), end(80 * H)], plan);
    expect([early.status['stage:gdpr-art33/follow-up'], late.status['stage:gdpr-art33/follow-up']]).toEqual([
      'open',
      'open',
    ]);
    expect(late.status['stage:gdpr-art33/authority']).toBe('missed');
    expect(late.card.openAtEnd.find((e) => e.id === 'stage:gdpr-art33/follow-up')!.deadline).toBeUndefined();
  });

  it('rates an objective on its scored expectations only and names the ones not reached', () => {
    const { card } = score([start, declare(5 * M, 'wait'), { type: 'clock/tick', at: 2 * H }, end(8 * H)]);
    const notifyScore = card.objectives.find((o) => o.objective.id === 'notify')!;
    expect(notifyScore.expectations).toEqual(['scenario:brief-press']);
    expect(notifyScore.notReached).toEqual(['stage:gdpr-art33/authority']);
    expect([notifyScore.rating, notifyScore.reason]).toEqual([
      'U',
      '1 of 1 missed; 1 more not reached or open at the end; limited evidence: rated on one expectation',
    ]);
    expect(notifyScore.limitedEvidence).toBe(true);
  });

  it('reports an objective none of whose expectations fell due before the end as not exercised, never U', () => {
    const { card, ratings } = score([start, declare(5 * M), page(5 * M), end(8 * H)]);
    expect(ratings).toEqual({ declare: 'P', notify: undefined });
    expect(card.objectives[1].reason).toBe(
      'not exercised: none of its 1 expectation was done or fell due before the exercise ended',
    );
  });

  it('scores an exercise that has not ended as if it ended now', () => {
    const plan = minimalPlan();
    const running = replay(plan, scenario, [start, declare(5 * M), page(5 * M), { type: 'clock/tick', at: 8 * H }]);
    expect(scoreExercise(plan, running).notReached.map((e) => e.id)).toEqual(['stage:gdpr-art33/authority']);
    expect(evaluate(plan, running).find((e) => e.id === 'stage:gdpr-art33/authority')!.status).toBe('pending');
  });

  it('lists what was not reached in its own report section, outside the findings and the improvement plan', () => {
    const plan = minimalPlan();
    const aar = buildAar(plan, replay(plan, scenario, [start, declare(5 * M), page(5 * M), end(8 * H)]));
    expect(aar.notReached).toEqual([
      {
        id: 'stage:gdpr-art33/authority',
        description: 'GDPR: submit "Notification to the authority" to Data Protection Authority',
        owner: 'dpo',
        due: 'T+72:00',
        rule: 'within 72 h of awareness',
        objectives: ['notify'],
        clause: 'stage:gdpr-art33/authority',
      },
    ]);
    expect(aar.improvementPlan).toEqual([]);
    expect(aar.objectives.map((o) => o.areasForImprovement)).toEqual([
      [],
      [
        'Nothing this objective expects fell due before the exercise ended (see "Not reached before the exercise ended" and "Open at the end"); play it longer or bring its injects forward',
      ],
    ]);
    expect(aar.executiveSummary).toContain('Of 3 expectations scored, 3 were met as the plan says');
    expect(aar.executiveSummary).toContain(
      '1 more was not reached or open when the exercise ended at T+08:00 and is not rated.',
    );
    const md = renderAarMarkdown(aar);
    const section = md.slice(
      md.indexOf('## Not reached before the exercise ended'),
      md.indexOf('## Appendix A: Improvement plan'),
    );
    // Role and objective by name, not by id.
    expect(section).toContain(
      '| GDPR: submit "Notification to the authority" to Data Protection Authority | Data Protection Officer | T+72:00 | within 72 h of awareness | Notify the authority within 72 hours |',
    );
    expect(section.match(/^\| /gm)).toHaveLength(3);
  });

  it("scores a filing once: the activity that submits a stage is the stage's step, late once when filed late", () => {
    const lateLog = [
      start,
      declare(5 * M),
      page(5 * M),
      { type: 'clock/tick', at: 73 * H } as ExerciseAction,
      notify(73 * H),
      end(80 * H),
    ];
    const { status, card } = score(lateLog);
    expect([status['activity:breach/notify-dpa'], status['stage:gdpr-art33/authority']]).toEqual([undefined, 'late']);
    const stage = card.expectations.find((e) => e.id === 'stage:gdpr-art33/authority')!;
    // It still counts for objectives that name the activity, and is owned by the activity's A and R roles too.
    expect(stage.refs).toEqual(
      expect.arrayContaining(['activity:breach/notify-dpa', 'playbook:breach', 'phase:respond']),
    );
    expect(stage.owners).toEqual(expect.arrayContaining(['dpo', 'incident-commander']));
  });

  it('lists a stage whose clock never ran under "Open at the end", with its rule', () => {
    const plan = withFollowUp();
    const md = renderAarMarkdown(
      buildAar(plan, replay(plan, scenario, [start, declare(5 * M), page(5 * M), end(8 * H)])),
    );
    const section = md.slice(md.indexOf('## Open at the end'), md.indexOf('## Appendix A: Improvement plan'));
    expect(section).toContain(
      '| GDPR: submit "Follow-up report" to Data Protection Authority | Data Protection Officer | within 30 days of submission of Notification to the authority | Notify the authority within 72 hours |',
    );
  });
});
