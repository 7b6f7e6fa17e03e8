/** Due times and cadences per level of any scale (`byLevel`): compiled, worded, checked, and counted in an exercise at the level the scenario indicates. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/expectations.ts';
import { replay } from '../../src/engine/reduce.ts';
import { validateScenario } from '../../src/compiler/scenario/validate.ts';
import { dueWords, repeatWords } from '../../src/plan/deadlines.ts';
import type { PlanModel } from '../../src/plan/model.ts';
import { compileWith, ofRule, planOf, replace } from '../compiler/helpers.ts';
import { MINIMAL_SCENARIO } from './helpers.ts';

const MIN = 60_000;
const SCALES = `scales:
  - id: priority
    name: Priority
    levels:
      - { id: p1, rank: 1, label: P1 Critical, criteria: [Everything is down] }
      - { id: p2, rank: 2, label: P2 High, criteria: [Something is down] }
      - { id: p3, rank: 3, label: P3 Low, criteria: [Nothing urgent] }
`;
const perLevel = (byLevel: string, within = 'PT8H') =>
  replace(
    'due: { within: PT15M, after: detection }',
    `due: { within: ${within}, after: detection, byLevel: ${byLevel} }`,
  );
const compiled = (byLevel: string, within?: string) =>
  compileWith({ 'scales.yaml': SCALES, 'playbooks/breach.yaml': perLevel(byLevel, within) });
const declareOf = (plan: PlanModel) => plan.playbooks[0].activities.find((a) => a.id === 'declare')!;

/** The deadline of breach/declare in the minimal scenario with the first inject revealing `levels`. */
function deadlineAt(plan: PlanModel, levels: string[]): number | undefined {
  const text = readFileSync(MINIMAL_SCENARIO, 'utf8').replace(
    '      anchors: [detection, awareness]\n',
    `      anchors: [detection, awareness]\n${levels.length ? `      levels: [${levels.join(', ')}]\n` : ''}`,
  );
  const { scenario, problems } = validateScenario(plan, text, 's.yaml');
  if (!scenario) throw new Error(problems.map((p) => p.message).join('\n'));
  const state = replay(plan, scenario, [{ type: 'exercise/start', at: 0 }]);
  return evaluate(plan, state).find((e) => e.id === 'activity:breach/declare')?.deadline;
}

describe('due times per level of a scale', () => {
  const result = compiled('{ scale: priority, p2: PT4H, "priority:p1": PT1H }', 'P1D');
  const plan = planOf(result);

  it('compiles them most severe first with the levels’ labels, whether written p2 or priority:p1', () => {
    expect(result.problems).toEqual([]);
    expect(declareOf(plan).due!.levels!.map((e) => [e.scale, e.level, e.time, e.label])).toEqual([
      ['priority', 'p1', 'PT1H', 'P1 Critical'],
      ['priority', 'p2', 'PT4H', 'P2 High'],
    ]);
  });

  it('words each level’s time, most severe first, and the general time as otherwise', () => {
    expect(dueWords(declareOf(plan).due!)).toBe(
      'within 1 h of detection at P1 Critical; 4 h at P2 High; otherwise 1 day',
    );
    const immediate = planOf(compiled('{ scale: priority, p1: PT0M }', 'P1D'));
    expect(dueWords(declareOf(immediate).due!)).toBe('immediately on detection at P1 Critical; otherwise 1 day');
  });

  it('counts the time of the most severe level the scenario indicated, and the general time at other levels', () => {
    const fast = planOf(compiled('{ scale: priority, p1: PT10M, p2: PT30M }', 'PT1H'));
    expect(deadlineAt(fast, ['priority:p1'])).toBe(10 * MIN);
    expect(deadlineAt(fast, ['priority:p2'])).toBe(30 * MIN);
    expect(deadlineAt(fast, ['priority:p2', 'priority:p1'])).toBe(10 * MIN);
    expect(deadlineAt(fast, ['priority:p3'])).toBe(60 * MIN);
    expect(deadlineAt(fast, [])).toBe(60 * MIN);
  });

  it('counts a time per severity at the severity the scenario indicates when the scale named is severity', () => {
    const bySev = planOf(compileWith({ 'playbooks/breach.yaml': perLevel('{ scale: severity, sev1: PT5M }', 'PT1H') }));
    // The minimal scenario's first inject indicates sev1, whatever the team declares.
    expect(deadlineAt(bySev, [])).toBe(5 * MIN);
    expect(dueWords(declareOf(bySev).due!)).toBe(
      `within 5 min of detection at ${bySev.severities[0].label}; otherwise 1 h`,
    );
  });

  it('reports an unknown scale or level with did-you-mean, a level given twice, and a level of another scale', () => {
    const scale = compiled('{ scale: priorty, p1: PT1H }');
    expect(ofRule(scale, 'scale-level').map((p) => [p.line, p.message])).toEqual([
      [
        11,
        'activity "breach/declare" gives times by level of scale "priorty", but scales.yaml has no scale "priorty" (did you mean "priority"?); name one of severity, priority',
      ],
    ]);
    const levels = compiled('{ scale: priority, p9: PT1H, p1: PT1H, "priority:p1": PT2H, "severity:sev1": PT5M }');
    expect(ofRule(levels, 'scale-level').map((p) => p.message)).toEqual([
      'activity "breach/declare" gives a due time at level "p9" of scale "priority", which has no such level (did you mean "p1"?); use one of p1, p2, p3',
      'activity "breach/declare" gives a due time at level "p1" twice ("p1" and "priority:p1"); keep one',
      'activity "breach/declare" gives times by level of scale "priority", but "severity:sev1" is a level of scale "severity"; one byLevel varies by one scale, so list levels of priority only (p1, p2, p3) or name severity as its scale',
    ]);
  });

  it('refuses bySeverity and byLevel together', () => {
    const both = compileWith({
      'playbooks/breach.yaml': perLevel('{ scale: severity, sev1: PT5M }, bySeverity: { sev1: PT5M }'),
    });
    expect(both.problems.map((p) => p.message)).toEqual([
      expect.stringContaining('must give either bySeverity or byLevel, not both'),
    ]);
  });
});

describe('a cadence per level of a scale', () => {
  const repeating = (steps: string) =>
    compileWith({
      'scales.yaml': SCALES,
      'playbooks/breach.yaml': (t) =>
        `${t}  - id: post-updates\n    title: Post a status update\n    phase: respond\n    raci: { incident-commander: A, deputy: R }\n    repeats: ${steps}\n`,
    });
  const stepsOf = (plan: PlanModel) => plan.playbooks[0].activities.find((a) => a.id === 'post-updates')!.repeats!;

  it('words the interval per level, in parentheses when more steps follow', () => {
    const one = repeating('[{ every: PT2H, byLevel: { scale: priority, p1: PT30M } }]');
    expect(one.problems).toEqual([]);
    expect(repeatWords(stepsOf(planOf(one)))).toBe('every 30 min at P1 Critical; otherwise 2 h');
    const two = planOf(
      repeating('[{ every: PT1H, byLevel: { scale: priority, p1: PT15M }, for: PT4H }, { every: PT4H }]'),
    );
    expect(repeatWords(stepsOf(two))).toBe(
      '(every 15 min at P1 Critical; otherwise 1 h) for the first 4 h, then every 4 h',
    );
  });

  it('scores the first occurrence one interval of the level in force after declaration', () => {
    const plan = planOf(repeating('[{ every: PT2H, byLevel: { scale: priority, p1: PT30M } }]'));
    const first = (levels: string[]) => {
      const text = readFileSync(MINIMAL_SCENARIO, 'utf8').replace(
        '      anchors: [detection, awareness]\n',
        `      anchors: [detection, awareness, declaration]\n      levels: [${levels.join(', ')}]\n`,
      );
      const { scenario } = validateScenario(plan, text, 's.yaml');
      const state = replay(plan, scenario!, [{ type: 'exercise/start', at: 0 }]);
      return evaluate(plan, state).find((e) => e.id === 'activity:breach/post-updates')?.deadline;
    };
    expect(first(['priority:p1'])).toBe(30 * MIN);
    expect(first(['priority:p3'])).toBe(120 * MIN);
  });

  it('reports an interval at a level the scale does not have, and byLevel without every', () => {
    const unknown = repeating('[{ every: PT2H, byLevel: { scale: priority, p4: PT30M } }]');
    expect(ofRule(unknown, 'scale-level').map((p) => p.message)).toEqual([
      expect.stringContaining('gives an interval at level "p4" of scale "priority", which has no such level'),
    ]);
    const noEvery = repeating('[{ at: ["09:00"], byLevel: { scale: priority, p1: PT30M } }]');
    expect(noEvery.problems.map((p) => p.message)).toEqual([expect.stringContaining('gives byLevel without every')]);
  });
});
