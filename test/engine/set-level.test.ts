/** A decision option that sets a level (`{ setLevel: priority:p1 }`): the scenario's truth from the time it is chosen. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/expectations.ts';
import { replay } from '../../src/engine/reduce.ts';
import { validateScenario } from '../../src/compiler/scenario/validate.ts';
import type { PlanModel } from '../../src/plan/model.ts';
import { compileWith, planOf } from '../compiler/helpers.ts';
import { MINIMAL_SCENARIO } from './helpers.ts';

const MIN = 60_000;
const SCALES = `scales:
  - id: priority
    name: Priority
    levels:
      - { id: p1, rank: 1, label: P1 Critical, criteria: [Everything is down] }
      - { id: p2, rank: 2, label: P2 High, criteria: [Something is down] }
`;
// An activity that arises only at P1, and a due time that is shorter at P1.
const plan: PlanModel = planOf(
  compileWith({
    'scales.yaml': SCALES,
    'playbooks/breach.yaml': (t) =>
      t.replace(
        'due: { within: PT15M, after: detection }',
        'due: { within: PT2H, after: detection, byLevel: { scale: priority, p1: PT30M } }',
      ) +
      '  - id: open-bridge\n    title: Open the bridge call\n    phase: respond\n    raci: { incident-commander: A, deputy: R }\n    appliesWhen: { levels: [priority:p1] }\n',
  }),
);

/** The minimal scenario with the "wait" option setting `level`. */
function scenarioSetting(level: string) {
  const text = readFileSync(MINIMAL_SCENARIO, 'utf8').replace(
    '            label: Wait for more information\n',
    `            label: Wait for more information\n            actions: [{ setLevel: ${level} }]\n`,
  );
  return validateScenario(plan, text, 's.yaml');
}

function expectationsAfter(level: string, option: string) {
  const { scenario, problems } = scenarioSetting(level);
  if (!scenario) throw new Error(problems.map((p) => p.message).join('\n'));
  const state = replay(plan, scenario, [
    { type: 'exercise/start', at: 0 },
    { type: 'decision/take', at: 20 * MIN, decision: 'declare-severity', option, by: 'incident-commander' },
  ] as never);
  return { state, expectations: evaluate(plan, state) };
}

describe('setting a level from a decision', () => {
  it('makes the step conditioned on that level arise from the time the option is chosen', () => {
    const { state, expectations } = expectationsAfter('priority:p1', 'wait');
    expect(state.facts.levels).toEqual({ 'priority:p1': 20 * MIN });
    expect(expectations.map((e) => e.id)).toContain('activity:breach/open-bridge');
    const other = expectationsAfter('priority:p1', 'sev1').expectations;
    expect(other.map((e) => e.id)).not.toContain('activity:breach/open-bridge');
  });

  it('counts a due time per level at the level set', () => {
    const due = (level: string) =>
      expectationsAfter(level, 'wait').expectations.find((e) => e.id === 'activity:breach/declare')?.deadline;
    expect(due('priority:p1')).toBe(30 * MIN);
    expect(due('priority:p2')).toBe(120 * MIN);
  });

  it('sets a severity as the one the scenario indicates', () => {
    const { state } = expectationsAfter('severity:sev2', 'wait');
    expect(state.facts.indicated).toEqual({ sev1: 0, sev2: 20 * MIN });
  });

  it('rejects a level the plan does not have, with did-you-mean', () => {
    expect(scenarioSetting('priority:p9').problems.map((p) => [p.rule, p.message])).toEqual([
      [
        'scenario-unknown-level',
        expect.stringContaining(
          '"priority:p9" is not a level of the plan (did you mean "priority:p1"?); set one of priority:p1, priority:p2, severity:sev1, severity:sev2',
        ),
      ],
    ]);
  });
});
