/**
 * Scenario validation within limits: a trigger chain of 10,000 injects is judged correctly (the
 * reachability search is linear, `npm run bench` times it), triggers nested too deeply are located
 * errors rather than a stack overflow, and nothing makes `validateScenario` throw.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/compiler/problems.ts';
import type { PlanModel } from '../../src/plan/model.ts';
import { validateScenario } from '../../src/compiler/scenario/validate.ts';
import { reachableInjects } from '../../src/compiler/scenario/world.ts';
import { MAX_TRIGGER_DEPTH } from '../../src/compiler/scenario/trigger-depth.ts';
import { chainScenarioText } from '../bench/chain-scenario.ts';
import { minimalPlan, MINIMAL_SCENARIO } from './helpers.ts';

const CHAIN = 10_000;
const minimal = readFileSync(MINIMAL_SCENARIO, 'utf8');
/** The minimal scenario with the journalist's trigger replaced by `when`. */
const withTrigger = (when: string) => {
  const text = minimal.replace('when: { decided: declare-severity/wait }', `when: ${when}`);
  expect(text).not.toBe(minimal);
  return text;
};
const nots = (n: number) => `${'{ not: '.repeat(n)}{ decided: declare-severity/wait }${' }'.repeat(n)}`;

describe('a trigger chain of 10,000 injects', () => {
  it.each([
    ['first to last', false],
    ['last to first', true],
  ])('finds every inject reachable when they are listed %s', (_, reversed) => {
    const result = validateScenario(minimalPlan(), chainScenarioText(CHAIN, { reversed }), 'chain.yaml');
    expect(result.problems).toEqual([]);
    expect(result.scenario?.injects).toHaveLength(CHAIN);
    expect(reachableInjects(result.scenario!, 80 * 3_600_000).size).toBe(CHAIN);
  });

  it('finds exactly the injects after a link that waits for a later one unreachable, each with its reason', () => {
    const broken = 6_000;
    const result = validateScenario(minimalPlan(), chainScenarioText(CHAIN, { brokenAt: broken }), 'chain.yaml');
    expect(result.ok).toBe(false);
    expect(result.problems.every((p) => p.rule === 'scenario-inject-unreachable')).toBe(true);
    expect(result.problems.map((p) => /inject "(inject-\d+)"/.exec(p.message)?.[1])).toEqual(
      Array.from({ length: CHAIN - broken }, (_, i) => `inject-${broken + i}`),
    );
    expect(result.problems[0].message).toContain(
      `inject "inject-${broken}" can never be delivered: option "go" of decision "last" is never offered`,
    );
    expect(result.problems[1].message).toContain(
      `inject "inject-${broken + 1}" can never be delivered: inject "inject-${broken}" is never delivered`,
    );
  });
}, 120_000);

describe('trigger depth', () => {
  it(`accepts a trigger ${MAX_TRIGGER_DEPTH} conditions deep`, () => {
    expect(validateScenario(minimalPlan(), withTrigger(nots(MAX_TRIGGER_DEPTH - 1)), 's.yaml').problems).toEqual([]);
  });

  it(`rejects a trigger ${MAX_TRIGGER_DEPTH + 1} conditions deep at its deepest condition, before the schema reads it`, () => {
    const result = validateScenario(minimalPlan(), withTrigger(nots(MAX_TRIGGER_DEPTH)), 's.yaml');
    expect(result.problems.map(formatProblem)).toEqual([
      `s.yaml:64:${11 + 7 * MAX_TRIGGER_DEPTH}  error  scenario-trigger-depth  inject "journalist": the trigger nests conditions more than 16 levels deep (all, any and not inside one another); simplify it: a "not" of a "not" cancels out, and an "all" inside an "all" can be merged into it`,
    ]);
  });

  it('rejects "all" and "any" nested too deeply in an expectation trigger', () => {
    const deep = `${'{ all: [{ fact: press-aware }, '.repeat(10)}${'{ any: ['.repeat(10)}{ fact: press-aware }${']}'.repeat(10)}${' ]}'.repeat(10)}`;
    const text = minimal.replace('    when: { fact: press-aware }', `    when: ${deep}`);
    expect(text).not.toBe(minimal);
    const result = validateScenario(minimalPlan(), text, 's.yaml');
    expect(result.problems.map((p) => [p.rule, p.line])).toEqual([['scenario-trigger-depth', 110]]);
    expect(result.problems[0].message).toMatch(
      /^expectation "brief-press": the trigger nests conditions more than 16 levels deep/,
    );
  });

  it('rejects a trigger nested 800 levels deep as YAML nested too deeply, in flow or block style, without throwing', () => {
    const block = minimal.replace(
      '    when: { decided: declare-severity/wait }',
      `    when:\n${Array.from({ length: 800 }, (_, i) => `${' '.repeat(6 + 2 * i)}not:`).join('\n')}\n${' '.repeat(6 + 1600)}decided: declare-severity/wait`,
    );
    for (const [text, line] of [
      [withTrigger(nots(800)), 64],
      [block, 65 + 61], // the mapping of "when" (level 4) is on line 65, so level 65 is 61 lines below
    ] as const) {
      const result = validateScenario(minimalPlan(), text, 's.yaml');
      expect(result.problems.map((p) => [p.rule, p.line])).toEqual([['yaml-depth', line]]);
    }
  });
});

describe('validateScenario never throws', () => {
  it('reports an unexpected failure as one located problem', () => {
    const result = validateScenario({} as PlanModel, minimal, 's.yaml');
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => [p.file, p.line, p.column, p.severity, p.rule])).toEqual([
      ['s.yaml', 1, 1, 'error', 'scenario-unchecked'],
    ]);
    expect(result.problems[0].message).toMatch(/^the scenario could not be checked \(.+\); /);
  });
});

describe('validateScenario on corrupted scenarios', () => {
  // Pieces a careless or hostile author might type anywhere in the file.
  const piece = fc.constantFrom(
    '\n',
    ' ',
    '  ',
    '- ',
    ': ',
    '[',
    ']',
    '{',
    '}',
    ', ',
    '"',
    "'",
    '#',
    '!foo ',
    '&a ',
    '*a',
    '~',
    'null',
    '.nan',
    '0x32',
    '-1',
    '1e999',
    '{ not: ',
    '{ all: [',
    '{ any: [',
    'when: ',
    'delivered: ',
    'decided: ',
    'x/y',
    'T+99:99',
    'PT0.25H',
    'P9999Y',
    '__proto__',
    'constructor',
  );
  const edit = fc.tuple(
    fc.nat(),
    fc.nat({ max: 20 }),
    fc.array(piece, { maxLength: 6 }).map((p) => p.join('')),
  );

  it('reports every corruption as located problems, never as an unexpected failure', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = minimal;
        for (const [at, cut, insert] of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + insert + text.slice(i + cut);
        }
        const result = validateScenario(minimalPlan(), text, 's.yaml');
        expect(result.problems.filter((p) => p.rule === 'scenario-unchecked').map((p) => p.message)).toEqual([]);
        for (const p of result.problems) expect(p.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 400 },
    );
  });
});
