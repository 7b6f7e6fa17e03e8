import { describe, expect, it } from 'vitest';
import { compileWith, ofRule, replace } from '../helpers.ts';

const withFacts = replace(
  'changeLog:',
  'facts:\n  - { id: publicly-reported, name: The incident is publicly reported }\nchangeLog:',
);
const conditioned = (condition: string) => (t: string) =>
  `${t}  - id: brief-press\n    title: Brief the press office\n    phase: respond\n    raci: { incident-commander: A, deputy: R }\n    appliesWhen: ${condition}\n`;

describe('fact-unresolved', () => {
  it('accepts facts the plan defines, at any depth of all, any and not', () => {
    const result = compileWith({
      'plan.yaml': withFacts,
      'playbooks/breach.yaml': conditioned(
        '{ any: [{ facts: [publicly-reported] }, { not: { facts: [publicly-reported] } }] }',
      ),
    });
    expect(result.problems).toEqual([]);
  });

  it('reports a fact under a not that the plan does not define, at its line, with did-you-mean', () => {
    const result = compileWith({
      'plan.yaml': withFacts,
      'playbooks/breach.yaml': conditioned('{ not: { facts: [publicly-reportd] } }'),
    });
    const [p] = ofRule(result, 'fact-unresolved');
    expect(p.line).toBe(23);
    expect(p.message).toContain('fact "publicly-reportd"');
    expect(p.message).toContain('(did you mean "publicly-reported"?)');
  });

  it('reports a fact defined twice, and tells to add facts when the plan has none', () => {
    const twice = compileWith({
      'plan.yaml': replace('changeLog:', 'facts:\n  - { id: a, name: A }\n  - { id: a, name: B }\nchangeLog:'),
    });
    expect(ofRule(twice, 'fact-unresolved').map((p) => p.line)).toEqual([18]);
    const none = compileWith({ 'playbooks/breach.yaml': conditioned('{ facts: [publicly-reported] }') });
    expect(ofRule(none, 'fact-unresolved')[0].message).toContain(
      'add { id: publicly-reported, name: <the fact as a statement> } to facts in plan.yaml',
    );
  });

  it('stays silent while plan.yaml cannot be read: its own error is the one to fix', () => {
    const result = compileWith({
      'plan.yaml': (t) => withFacts(t).replace('effectiveDate: 2026-01-15', 'effectiveDate: soon'),
      'playbooks/breach.yaml': conditioned('{ facts: [publicly-reported] }'),
    });
    expect(ofRule(result, 'fact-unresolved')).toEqual([]);
    expect(result.problems.length).toBe(1);
  });
});
