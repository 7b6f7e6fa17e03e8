/** Quorum approvals for templates and activities: the schema's rules, references checked like a RACI's, and the words pages use. */
import { describe, expect, it } from 'vitest';
import { compileWith, lines, ofRule, replace } from './helpers.ts';
import { approverLinks, quorumWords } from '../../src/plan/approvals.ts';
import { buildRoleCard } from '../../src/handbook/role-card.ts';
import { planOf } from './helpers.ts';

const quorum = (of: string, needed = 2) => replace(/approver: \S+/, `approvals: { of: [${of}], needed: ${needed} }`);
const activityQuorum = (of: string, needed = 2) =>
  replace(
    '    template: dpa-notice\n',
    `    template: dpa-notice\n    approvals: { of: [${of}], needed: ${needed} }\n`,
  );

describe('quorum approvals', () => {
  it('accepts a template approved by 2 of three roles, and an activity by a role and a team', () => {
    const result = compileWith({
      'templates.yaml': quorum('incident-commander, deputy, dpo'),
      'playbooks/breach.yaml': activityQuorum('dpo, incident-commander'),
    });
    expect(result.problems).toEqual([]);
    expect(planOf(result).templates[0].approvals).toEqual({ of: ['incident-commander', 'deputy', 'dpo'], needed: 2 });
    expect(buildRoleCard(planOf(result), 'deputy').templates.map((t) => t.id)).toEqual([
      planOf(result).templates[0].id,
    ]);
  });

  it('rejects a quorum that needs more than it names, names one twice, or is given beside an approver', () => {
    const more = compileWith({ 'templates.yaml': quorum('deputy, dpo', 3) });
    expect(lines(more).join('\n')).toContain(
      'needs more approvals than it names approvers; lower "needed" or add to "of"',
    );
    const twice = compileWith({ 'templates.yaml': quorum('deputy, deputy') });
    expect(lines(twice).join('\n')).toContain('names an approver twice in "of"');
    const both = compileWith({
      'templates.yaml': (t: string) => quorum('deputy, dpo')(t).replace('approvals:', 'approver: dpo\n    approvals:'),
    });
    expect(lines(both).join('\n')).toContain('either approver (one role) or approvals (a quorum');
  });

  it('reports an approver that is not defined, with did-you-mean, as a RACI role or team would be', () => {
    const result = compileWith({ 'playbooks/breach.yaml': activityQuorum('dpo, incident-comander, "team:legal"') });
    expect(ofRule(result, 'ref-unresolved').map((p) => p.message)).toEqual([
      expect.stringContaining(
        'refers to role "incident-comander", which is not defined (did you mean "incident-commander"?)',
      ),
      expect.stringContaining('refers to team "legal", which is not defined'),
    ]);
  });

  it('words a quorum with names and pages, and every one of them as all of', () => {
    const plan = planOf(compileWith());
    expect(quorumWords({ of: ['a', 'b', 'c'], needed: 2 })).toBe('2 of');
    expect(quorumWords({ of: ['a', 'b'], needed: 2 })).toBe('all of');
    expect(approverLinks(plan, ['dpo', 'team:security'])).toEqual([
      { name: 'Data Protection Officer', href: '/roles/dpo/' },
      { name: 'security', href: '/contacts/#team-security' },
    ]);
  });
});
