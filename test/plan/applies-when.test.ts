/** Situational facts and combined conditions (`all`, `any`, `not`) in words, and the walk rules use. */
import { describe, expect, it } from 'vitest';
import { appliesWhen } from '../../src/plan/schema/applies-when.ts';
import { conditionsIn, describeAppliesWhen } from '../../src/plan/applies-when.ts';
import { minimalPlan } from '../engine/helpers.ts';
import type { PlanModel } from '../../src/plan/model.ts';

const plan: PlanModel = {
  ...minimalPlan(),
  document: {
    ...minimalPlan().document,
    facts: [
      { id: 'publicly-reported', name: 'The incident is publicly reported' },
      { id: 'ceo-briefed', name: 'CEO briefed' },
    ],
  },
  scales: [
    {
      id: 'priority',
      name: 'Priority',
      levels: [
        { id: 'p1', rank: 1, label: 'P1 Critical', criteria: ['x'] },
        { id: 'p2', rank: 2, label: 'P2 High', criteria: ['y'] },
      ],
      source: { file: 'scales.yaml', line: 1, column: 1 },
    },
  ],
};
const words = (w: unknown) => describeAppliesWhen(plan, appliesWhen.parse(w));

describe('a condition in words', () => {
  it('words a fact by its statement, in the sentence, keeping an all-capitals word as written', () => {
    expect(words({ facts: ['publicly-reported'] })).toBe('only when the incident is publicly reported');
    expect(words({ facts: ['ceo-briefed'] })).toBe('only when CEO briefed');
  });

  it('words any-of across fields, a not and an all beside the flat fields', () => {
    expect(words({ incidentTypes: ['data-breach'], any: [{ facts: ['publicly-reported'] }, { major: true }] })).toBe(
      'only for Personal-data breach incidents and either when the incident is publicly reported, or for major incidents',
    );
    expect(words({ major: true, not: { facts: ['publicly-reported'] } })).toBe(
      'only for major incidents and not when the incident is publicly reported',
    );
    expect(words({ all: [{ dataCategories: ['personal-data'] }, { facts: ['publicly-reported'] }] })).toBe(
      'only when personal data is affected and when the incident is publicly reported',
    );
  });

  it("words levels of another scale by the scale's name and the levels' labels", () => {
    expect(words({ levels: ['priority:p1', 'priority:p2'] })).toBe('only when Priority is P1 Critical or P2 High');
    expect(words({ severities: ['sev1'], not: { levels: ['priority:p1'] } })).toBe(
      'only when SEV-1 Critical is declared and not when Priority is P1 Critical',
    );
  });

  it('words a lone not as an exception, and the flat form as before', () => {
    expect(words({ not: { facts: ['publicly-reported'] } })).toBe('except when the incident is publicly reported');
    expect(words({ dataCategories: ['personal-data'] })).toBe('only when personal data is affected');
    expect(words({})).toBeUndefined();
  });
});

describe('the nested parts of a condition', () => {
  it('lists every part with its path, and marks those under a not', () => {
    const parts = conditionsIn(
      appliesWhen.parse({ any: [{ facts: ['a'] }], not: { all: [{ incidentTypes: ['x'] }] } }),
      ['appliesWhen'],
    );
    expect(parts.map((p) => [p.path.join('.'), p.negated])).toEqual([
      ['appliesWhen', false],
      ['appliesWhen.any.0', false],
      ['appliesWhen.not', true],
      ['appliesWhen.not.all.0', true],
    ]);
  });

  it('refuses an unknown key inside a nested condition', () => {
    expect(appliesWhen.safeParse({ any: [{ fact: ['a'] }] }).success).toBe(false);
    expect(appliesWhen.safeParse({ any: [] }).success).toBe(false);
  });
});
