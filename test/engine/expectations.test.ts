import { describe, expect, it } from 'vitest';
import { replay } from '../../src/engine/reduce.ts';
import type { ExerciseAction } from '../../src/engine/actions.ts';
import { evaluate } from '../../src/engine/expectations.ts';
import { scoreExercise } from '../../src/engine/score.ts';
import type { PlanModel } from '../../src/plan/model.ts';
import { changedPlan, loadScenario, minimalPlan } from './helpers.ts';

const H = 3_600_000;
const M = 60_000;
const { scenario } = loadScenario();
const start: ExerciseAction = { type: 'exercise/start', at: 0 };
const declare = (at: number, option = 'sev1', by = 'incident-commander'): ExerciseAction => ({
  type: 'decision/take',
  at,
  decision: 'declare-severity',
  option,
  by,
});
const notify = (at: number, by = 'dpo', option = 'yes'): ExerciseAction => ({
  type: 'decision/take',
  at,
  decision: 'notify',
  option,
  by,
});
const page = (at: number): ExerciseAction => ({
  type: 'decision/take',
  at,
  decision: 'page',
  option: 'major',
  by: 'incident-commander',
});
const end = (at = 80 * H): ExerciseAction => ({ type: 'exercise/end', at });

function outcomes(log: ExerciseAction[], plan: PlanModel = minimalPlan()) {
  const card = scoreExercise(plan, replay(plan, scenario, log));
  return {
    card,
    status: Object.fromEntries(card.expectations.map((e) => [e.id, e.status])),
    ratings: Object.fromEntries(card.objectives.map((o) => [o.objective.id, o.rating])),
  };
}

describe('expectations and scoring', () => {
  it('expects what the plan says once the facts are revealed, each from its own plan clause', () => {
    const { card } = outcomes([start, declare(10 * M), page(10 * M), notify(49 * H), end()]);
    expect(card.expectations.map((e) => [e.id, e.clause, e.owner, e.rule])).toEqual([
      ['page:sev1', 'severity:sev1', undefined, 'within 15 min of declaration'],
      ['declare:sev1', 'severity:sev1', undefined, 'by the end of the exercise'],
      ['activity:breach/declare', 'activity:breach/declare', 'incident-commander', 'within 15 min of detection'],
      // "Notify the data protection authority" submits the stage: it is the stage's step, scored once, on the stage.
      ['stage:gdpr-art33/authority', 'stage:gdpr-art33/authority', 'dpo', 'within 72 h of awareness'],
    ]);
  });

  it('rates every objective P when everything is met on time by its owner', () => {
    const { status, ratings, card } = outcomes([start, declare(10 * M), page(10 * M), notify(49 * H), end()]);
    expect(Object.values(status)).toEqual(['met', 'met', 'met', 'met']);
    expect(ratings).toEqual({ declare: 'P', notify: 'P' });
    expect(card.expectations[0].evidence).toEqual({
      decision: 'page',
      option: 'major',
      by: 'incident-commander',
      at: 10 * M,
      seq: 3,
    });
  });

  it('marks a declaration after its due time late and rates the objective S', () => {
    const { status, ratings } = outcomes([start, declare(20 * M), page(20 * M), notify(49 * H), end()]);
    expect(status['activity:breach/declare']).toBe('late');
    expect(status['page:sev1']).toBe('met');
    expect(ratings.declare).toBe('S');
  });

  it('counts work done by a Responsible role as done by its owner, and only someone outside A and R as wrong owner', () => {
    // The deputy is R for "Declare the incident", the Incident Commander R for the notification's step.
    const byResponsible = outcomes([
      start,
      declare(5 * M, 'sev1', 'deputy'),
      notify(49 * H, 'incident-commander'),
      end(),
    ]).status;
    expect([byResponsible['activity:breach/declare'], byResponsible['stage:gdpr-art33/authority']]).toEqual([
      'met',
      'met',
    ]);
    // The DPO holds no A or R on declaring; the deputy is only Informed on the notification.
    const byOthers = outcomes([start, declare(5 * M, 'sev1', 'dpo'), notify(49 * H, 'deputy'), end()]).status;
    expect([byOthers['activity:breach/declare'], byOthers['stage:gdpr-art33/authority']]).toEqual([
      'wrong-owner',
      'wrong-owner',
    ]);
  });

  it('never marks an activity out of order for phase order alone: phases are guidance', () => {
    const { status, ratings } = outcomes([start, page(5 * M), notify(49 * H), declare(50 * H), end()]);
    expect(status['stage:gdpr-art33/authority']).toBe('met');
    expect(status['activity:breach/declare']).toBe('late');
    expect(ratings).toEqual({ declare: 'S', notify: 'P' });
  });

  it('marks an activity out of order when a prerequisite the plan names in after was done later', () => {
    const plan = changedPlan('playbooks/breach.yaml', (t) =>
      t.replace('    template: dpa-notice', '    template: dpa-notice\n    after: [declare]'),
    );
    const { status, ratings } = outcomes([start, page(5 * M), notify(49 * H), declare(50 * H), end()], plan);
    // The notification's step names "Declare" as its prerequisite: the filing, scored once on the stage, is out of order.
    expect(status['stage:gdpr-art33/authority']).toBe('out-of-order');
    expect(ratings).toEqual({ declare: 'S', notify: 'S' });
  });

  it('does not call an activity out of order because an earlier one was never done (that one is missed)', () => {
    const press: ExerciseAction = {
      type: 'decision/take',
      at: 2 * H,
      decision: 'press-line',
      option: 'holding',
      by: 'incident-commander',
    };
    const { status } = outcomes([start, declare(5 * M, 'wait'), press, notify(49 * H), end()]);
    expect([status['stage:gdpr-art33/authority'], status['activity:breach/declare']]).toEqual(['met', 'missed']);
  });

  it('expects nothing that counts from a ransom payment until one is made', () => {
    const plan = changedPlan('playbooks/breach.yaml', (t) =>
      t
        .replace('due: { within: PT72H, after: awareness }', 'due: { within: PT24H, after: ransom-payment }')
        .replace('    submits: gdpr-art33/authority\n', ''),
    );
    const ids = outcomes([start, end()], plan).card.expectations.map((e) => e.id);
    expect(ids).not.toContain('activity:breach/notify-dpa');
    expect(ids).toContain('activity:breach/declare');
  });

  it('marks a notification never submitted as missed and rates the objective U', () => {
    const { status, ratings, card } = outcomes([
      start,
      declare(5 * M),
      page(5 * M),
      notify(49 * H, 'dpo', 'no'),
      end(),
    ]);
    expect(status['stage:gdpr-art33/authority']).toBe('missed');
    expect(ratings.notify).toBe('U');
    expect(card.byRole.dpo).toEqual({ total: 1, met: 0, late: 0, 'out-of-order': 0, 'wrong-owner': 0, missed: 1 });
    expect(card.byPhase).toEqual({
      '(none)': { total: 2, met: 2, late: 0, 'out-of-order': 0, 'wrong-owner': 0, missed: 0 },
      detect: { total: 1, met: 1, late: 0, 'out-of-order': 0, 'wrong-owner': 0, missed: 0 },
      respond: { total: 1, met: 0, late: 0, 'out-of-order': 0, 'wrong-owner': 0, missed: 1 },
    });
  });

  it('shows live status: pending before the deadline, overdue after it, missed only at the end', () => {
    const plan = minimalPlan();
    const at = (t: number) =>
      evaluate(plan, replay(plan, scenario, [start, { type: 'clock/tick', at: t }])).find(
        (e) => e.id === 'activity:breach/declare',
      )!.status;
    expect([at(10 * M), at(16 * M)]).toEqual(['pending', 'overdue']);
    expect(outcomes([start, end(16 * M)]).status['activity:breach/declare']).toBe('missed');
  });

  it('scores the same log differently when the plan shortens the acknowledgement target', () => {
    const log = [start, declare(5 * M), page(15 * M), notify(49 * H), end()];
    const strict = changedPlan(
      'severities.yaml',
      (t) => t.replace('acknowledgeWithin: PT15M', 'acknowledgeWithin: PT5M'),
      {
        'escalation-policies.yaml': (t) => t.replace('timeout: PT10M', 'timeout: PT5M'),
      },
    );
    const before = outcomes(log);
    const after = outcomes(log, strict);
    expect([before.status['page:sev1'], before.ratings.declare]).toEqual(['met', 'P']);
    expect([after.status['page:sev1'], after.ratings.declare]).toEqual(['late', 'S']);
    expect(after.card.expectations.find((e) => e.id === 'page:sev1')!.rule).toBe('within 5 min of declaration');
  });

  it('scores the same log differently when a playbook shortens an activity due time', () => {
    const log = [start, declare(10 * M), page(10 * M), notify(49 * H), end()];
    const plan = changedPlan('playbooks/breach.yaml', (t) =>
      t.replace('due: { within: PT15M, after: detection }', 'due: { within: PT5M, after: detection }'),
    );
    expect(outcomes(log).status['activity:breach/declare']).toBe('met');
    expect(outcomes(log, plan).status['activity:breach/declare']).toBe('late');
  });

  it('counts business days on the plan calendar from the scenario start (Friday afternoon)', () => {
    const plan = changedPlan('obligations.yaml', (t) =>
      t.replace('deadline: PT72H', 'deadline: P4D\n        days: business'),
    );
    const stage = evaluate(plan, replay(plan, scenario, [start])).find((e) => e.id === 'stage:gdpr-art33/authority')!;
    // Friday 15:00 Amsterdam + 4 business days = Thursday 15:00: 6 calendar days.
    expect(stage.deadline).toBe(6 * 24 * H);
    expect(stage.rule).toBe('within 4 business days of awareness');
  });

  it('starts a scenario expectation when its trigger holds and times it from then', () => {
    const base = [start, declare(5 * M, 'wait'), { type: 'clock/tick', at: 2 * H } as ExerciseAction];
    const press = (at: number) =>
      ({
        type: 'decision/take',
        at,
        decision: 'press-line',
        option: 'holding',
        by: 'incident-commander',
      }) as ExerciseAction;
    const onTime = outcomes([...base, press(2.5 * H), end()]).card.expectations.find(
      (e) => e.id === 'scenario:brief-press',
    )!;
    expect([onTime.since, onTime.deadline, onTime.status, onTime.objectives]).toEqual([
      2 * H,
      3 * H,
      'met',
      ['notify'],
    ]);
    expect(outcomes([...base, press(3.5 * H), end()]).status['scenario:brief-press']).toBe('late');
    expect(outcomes([start, declare(5 * M), end()]).status['scenario:brief-press']).toBeUndefined();
  });
});

describe('recurring activities and due times counting from other activities', () => {
  // The activity files nothing here, so it is scored on its own due time rather than as the stage's step.
  const withBreach = (from: string, to: string) =>
    changedPlan('playbooks/breach.yaml', (t) => t.replace(from, to).replace('    submits: gdpr-art33/authority\n', ''));
  const expectation = (plan: PlanModel, log: ExerciseAction[], id: string) =>
    outcomes(log, plan).card.expectations.find((e) => e.id === id)!;

  it('scores a recurring activity without a due time on its first occurrence, one interval after declaration', () => {
    const plan = withBreach(
      '    due: { within: PT15M, after: detection }\n',
      '    repeats: [{ every: PT20M, for: PT2H }, { every: PT1H }]\n',
    );
    const e = expectation(
      plan,
      [start, declare(10 * M), page(10 * M), notify(49 * H), end()],
      'activity:breach/declare',
    );
    expect(e.rule).toBe('first of every 20 min for the first 2 h, then every 1 h after declaration');
    expect(e.deadline).toBe(30 * M);
    expect(e.status).toBe('met');
  });

  it('counts a due time from when another activity was done', () => {
    const plan = withBreach(
      'due: { within: PT72H, after: awareness }',
      'due: { within: PT1H, after: "activity:declare" }',
    );
    const e = expectation(
      plan,
      [start, declare(10 * M), page(10 * M), notify(49 * H), end()],
      'activity:breach/notify-dpa',
    );
    expect(e.deadline).toBe(70 * M);
    expect(e.status).toBe('late');
  });

  it('makes a due time before another activity due that long before it was done', () => {
    const plan = withBreach(
      'due: { within: PT15M, after: detection }',
      'due: { within: PT1H, before: "activity:notify-dpa" }',
    );
    const e = expectation(
      plan,
      [start, declare(10 * M), page(10 * M), notify(49 * H), end()],
      'activity:breach/declare',
    );
    expect(e.deadline).toBe(48 * H);
    expect(e.status).toBe('met');
  });

  it('leaves an activity counting from a plan event that never happened open at the end, never missed', () => {
    const plan = changedPlan(
      'playbooks/breach.yaml',
      (t) =>
        t.replace('after: awareness }', 'after: call-started }').replace('    submits: gdpr-art33/authority\n', ''),
      {
        'plan.yaml': (t) =>
          t.replace('changeLog:', 'events:\n  - { id: call-started, name: the start of the call }\nchangeLog:'),
      },
    );
    const { card } = outcomes([start, declare(10 * M), page(10 * M), end()], plan);
    expect(card.expectations.map((x) => x.id)).not.toContain('activity:breach/notify-dpa');
    expect(card.openAtEnd.find((x) => x.id === 'activity:breach/notify-dpa')).toMatchObject({
      rule: 'within 72 h of the start of the call',
      status: 'open',
    });
  });
});
