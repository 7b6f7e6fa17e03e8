/** The one evaluator of appliesWhen over situational facts and combined conditions. */
import { describe, expect, it } from 'vitest';
import { holdsSince, unconditional } from '../../src/engine/applies-when.ts';
import { appliesWhen } from '../../src/plan/schema/applies-when.ts';
import type { Facts } from '../../src/engine/state.ts';
import { readFileSync } from 'node:fs';
import { evaluate } from '../../src/engine/expectations.ts';
import { replay } from '../../src/engine/reduce.ts';
import { validateScenario } from '../../src/compiler/scenario/validate.ts';
import { changedPlan, MINIMAL_SCENARIO, minimalPlan } from './helpers.ts';
import { compileWith } from '../compiler/helpers.ts';
import { planOf } from '../compiler/helpers.ts';

const facts = (revealed: Record<string, number>, declared: Facts['declared'] = []): Facts => ({
  incidentTypes: { 'data-breach': 0 },
  indicated: {},
  declared,
  dataCategories: { 'personal-data': 5 },
  anchors: {},
  revealed,
});
const since = (w: unknown, f: Facts) => holdsSince(minimalPlan(), f, appliesWhen.parse(w));

describe('holdsSince with facts, all, any and not', () => {
  it('holds from when a plan fact was revealed, and not before', () => {
    expect(since({ facts: ['publicly-reported'] }, facts({}))).toBeUndefined();
    expect(since({ facts: ['publicly-reported'] }, facts({ 'publicly-reported': 60 }))).toBe(60);
  });

  it('takes the first of any and the last of all', () => {
    const f = facts({ 'publicly-reported': 60 });
    expect(since({ any: [{ facts: ['publicly-reported'] }, { dataCategories: ['personal-data'] }] }, f)).toBe(5);
    expect(since({ all: [{ facts: ['publicly-reported'] }, { dataCategories: ['personal-data'] }] }, f)).toBe(60);
    expect(since({ any: [{ facts: ['other'] }, { dataCategories: ['cardholder-data'] }] }, f)).toBeUndefined();
  });

  it('holds a not from the start until its condition holds', () => {
    expect(since({ not: { facts: ['publicly-reported'] } }, facts({}))).toBe(-Infinity);
    expect(since({ not: { facts: ['publicly-reported'] } }, facts({ 'publicly-reported': 60 }))).toBeUndefined();
    expect(since({ incidentTypes: ['data-breach'], not: { major: true } }, facts({}))).toBe(0);
  });

  it('counts a condition with only combinators as a condition', () => {
    expect(unconditional(appliesWhen.parse({}))).toBe(true);
    expect(unconditional(appliesWhen.parse({ not: { facts: ['x'] } }))).toBe(false);
    expect(unconditional(appliesWhen.parse({ facts: ['x'] }))).toBe(false);
  });
});

describe('a plan fact revealed in an exercise', () => {
  const withFact = changedPlan(
    'playbooks/breach.yaml',
    (t) =>
      `${t}  - id: brief-press\n    title: Brief the press office\n    phase: respond\n    raci: { incident-commander: A, deputy: R }\n    appliesWhen: { facts: [publicly-reported] }\n`,
    {
      'plan.yaml': (t) =>
        t.replace(
          'changeLog:',
          'facts:\n  - { id: publicly-reported, name: The incident is publicly reported }\nchangeLog:',
        ),
    },
  );
  const scenarioText = (fact: string) =>
    readFileSync(MINIMAL_SCENARIO, 'utf8').replace(
      '      anchors: [detection, awareness]\n',
      `      anchors: [detection, awareness]\n      facts: [${fact}]\n`,
    );

  it('makes the step it conditions arise, and only then', () => {
    const ids = (text: string) => {
      const { scenario } = validateScenario(withFact, text, 's.yaml');
      return evaluate(
        withFact,
        replay(withFact, scenario!, [
          { type: 'exercise/start', at: 0 },
          { type: 'clock/tick', at: 60_000 },
        ]),
      ).map((e) => e.id);
    };
    expect(ids(scenarioText('publicly-reported'))).toContain('activity:breach/brief-press');
    expect(ids(readFileSync(MINIMAL_SCENARIO, 'utf8'))).not.toContain('activity:breach/brief-press');
  });

  it('warns where a scenario reveals a misspelt plan fact', () => {
    const { problems } = validateScenario(withFact, scenarioText('publicy-reported'), 's.yaml');
    expect(problems.map((p) => [p.rule, p.severity])).toEqual([['scenario-fact-unknown', 'warning']]);
    expect(problems[0].message).toContain('(did you mean "publicly-reported"?)');
    expect(validateScenario(withFact, scenarioText('paste-site-found'), 's.yaml').problems).toEqual([]);
  });
});

describe('a level of another scale revealed in an exercise', () => {
  const scales =
    'scales:\n  - id: priority\n    name: Priority\n    levels:\n      - { id: p1, rank: 1, label: P1 Critical, criteria: [Everything is down] }\n      - { id: p2, rank: 2, label: P2 High, criteria: [Something is down] }\n';
  const withScale = planOf(
    compileWith({
      'playbooks/breach.yaml': (t) =>
        `${t}  - id: open-bridge\n    title: Open the bridge call\n    phase: respond\n    raci: { incident-commander: A, deputy: R }\n    appliesWhen: { levels: [priority:p1] }\n`,
      'scales.yaml': scales,
    }),
  );
  const ids = (level: string) => {
    const text = readFileSync(MINIMAL_SCENARIO, 'utf8').replace(
      '      anchors: [detection, awareness]\n',
      `      anchors: [detection, awareness]\n      levels: [${level}]\n`,
    );
    const { scenario, problems } = validateScenario(withScale, text, 's.yaml');
    if (!scenario) throw new Error(problems.map((p) => p.message).join('\n'));
    return evaluate(withScale, replay(withScale, scenario, [{ type: 'exercise/start', at: 0 }])).map((e) => e.id);
  };

  it('makes the step conditioned on that level arise, and not on another level', () => {
    expect(ids('priority:p1')).toContain('activity:breach/open-bridge');
    expect(ids('priority:p2')).not.toContain('activity:breach/open-bridge');
  });

  it('rejects a level the plan does not have', () => {
    const text = readFileSync(MINIMAL_SCENARIO, 'utf8').replace(
      '      anchors: [detection, awareness]\n',
      '      anchors: [detection, awareness]\n      levels: [priority:p9]\n',
    );
    expect(validateScenario(withScale, text, 's.yaml').problems.map((p) => p.rule)).toEqual(['scenario-unknown-level']);
  });
});
