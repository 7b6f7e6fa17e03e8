/** One clock for one duty: an obligation stage and an activity both count from an event of the plan's own, which a scenario inject starts. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/expectations.ts';
import { replay } from '../../src/engine/reduce.ts';
import { validateScenario } from '../../src/compiler/scenario/validate.ts';
import { changedPlan, MINIMAL_SCENARIO } from './helpers.ts';

const HOUR = 3_600_000;
const plan = changedPlan(
  'obligations.yaml',
  (t) => t.replace('from: { event: awareness }', 'from: { event: decision-to-notify }'),
  {
    'plan.yaml': (t) =>
      t.replace('changeLog:', 'events:\n  - { id: decision-to-notify, name: the decision to notify }\nchangeLog:'),
    // The activity submits no stage here: one that does is the stage's step, scored on the stage (one act, one outcome).
    'playbooks/breach.yaml': (t) =>
      t
        .replace('due: { within: PT72H, after: awareness }', 'due: { within: PT6H, after: decision-to-notify }')
        .replace('    submits: gdpr-art33/authority\n', ''),
  },
);
const scenario = (events: string) =>
  readFileSync(MINIMAL_SCENARIO, 'utf8').replace(
    '      anchors: [detection, awareness]\n',
    `      anchors: [detection, awareness]\n${events}`,
  );
const expectations = (text: string) => {
  const { scenario: s, problems } = validateScenario(plan, text, 's.yaml');
  if (!s) throw new Error(problems.map((p) => p.message).join('\n'));
  return evaluate(
    plan,
    replay(plan, s, [
      { type: 'exercise/start', at: 0 },
      { type: 'clock/tick', at: HOUR },
    ]),
  );
};

describe('clocks from a plan event', () => {
  it('words the stage from the plan event by its name', () => {
    expect(plan.obligations[0].stages[0].from.label).toBe('the decision to notify');
  });

  it('starts the stage and the activity at the inject that reveals the event', () => {
    const found = expectations(scenario('      events: [decision-to-notify]\n'));
    const stage = found.find((e) => e.id === 'stage:gdpr-art33/authority')!;
    const activity = found.find((e) => e.id === 'activity:breach/notify-dpa')!;
    expect(stage.deadline).toBe(72 * HOUR);
    expect(activity.deadline).toBe(6 * HOUR);
  });

  it('leaves both clocks unstarted while the event has not happened', () => {
    const found = expectations(scenario(''));
    expect(found.find((e) => e.id === 'stage:gdpr-art33/authority')?.deadline).toBeUndefined();
    expect(found.find((e) => e.id === 'activity:breach/notify-dpa')?.deadline).toBeUndefined();
  });

  it('rejects a scenario event the plan does not define, with did-you-mean', () => {
    const { problems } = validateScenario(plan, scenario('      events: [decision-to-notfy]\n'), 's.yaml');
    expect(problems.map((p) => [p.rule, p.line])).toEqual([['scenario-unknown-event', 38]]);
    expect(problems[0].message).toContain('(did you mean "decision-to-notify"?)');
  });
});
