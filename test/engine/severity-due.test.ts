/** Due times per severity level: compiled with the severities' labels, worded on pages, and counted at the most severe declared. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/expectations.ts';
import { replay } from '../../src/engine/reduce.ts';
import { validateScenario } from '../../src/compiler/scenario/validate.ts';
import { dueWords } from '../../src/plan/deadlines.ts';
import { compileWith, ofRule, replace } from '../compiler/helpers.ts';
import { MINIMAL_SCENARIO } from './helpers.ts';
import { planOf } from '../compiler/helpers.ts';

const MIN = 60_000;
const perSeverity = (map: string) =>
  replace('due: { within: PT15M, after: detection }', `due: { within: PT1H, after: detection, bySeverity: ${map} }`);

describe('due times per severity', () => {
  const compiled = compileWith({ 'playbooks/breach.yaml': perSeverity('{ sev2: PT30M, sev1: PT10M }') });
  const { problems } = compiled;
  const plan = planOf(compiled);
  const declare = plan.playbooks[0].activities.find((a) => a.id === 'declare')!;

  it("compiles them most severe first with the severities' labels, and words them after the general time", () => {
    expect(problems).toEqual([]);
    expect(declare.due!.severities!.map((e) => [e.severity, e.within])).toEqual([
      ['sev1', 'PT10M'],
      ['sev2', 'PT30M'],
    ]);
    expect(dueWords(declare.due!)).toBe(
      `within 1 h of detection; 10 min at ${plan.severities[0].label}, 30 min at ${plan.severities[1].label}`,
    );
  });

  it('counts the time of the severity the team declared', () => {
    const { scenario } = validateScenario(plan, readFileSync(MINIMAL_SCENARIO, 'utf8'), 's.yaml');
    const deadline = (option: string) => {
      const state = replay(plan, scenario!, [
        { type: 'exercise/start', at: 0 },
        { type: 'decision/take', at: MIN, decision: 'declare-severity', option, by: 'incident-commander' },
      ] as never);
      return evaluate(plan, state).find((e) => e.id === 'activity:breach/declare')?.deadline;
    };
    expect(deadline('sev1')).toBe(10 * MIN);
    expect(deadline('sev2')).toBe(30 * MIN);
    expect(deadline('wait')).toBe(60 * MIN);
  });

  it('reports a severity that is not defined, at its key, with did-you-mean', () => {
    const result = compileWith({ 'playbooks/breach.yaml': perSeverity('{ sev9: PT10M, sevv1: PT5M }') });
    expect(
      ofRule(result, 'ref-unresolved').map((p) => [
        p.line,
        p.message.includes('severity "sev9"') || p.message.includes('severity "sevv1"'),
        p.message.includes('(did you mean "sev1"?)'),
      ]),
    ).toEqual([
      [11, true, true],
      [11, true, true],
    ]);
  });
});
