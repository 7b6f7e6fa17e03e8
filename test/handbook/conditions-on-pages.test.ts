/** Role cards say when each step and obligation applies, so two steps that differ only by condition never look alike. */
import { describe, expect, it } from 'vitest';
import { buildRoleCard } from '../../src/handbook/role-card.ts';
import { changedPlan } from '../engine/helpers.ts';

describe('conditions on the role card', () => {
  const plan = changedPlan('playbooks/breach.yaml', (t) =>
    t.replace(
      '    template: dpa-notice\n',
      '    template: dpa-notice\n    appliesWhen: { any: [{ dataCategories: [personal-data] }, { major: true }] }\n',
    ),
  );

  it('words the condition of each duty that has one, and leaves the others without', () => {
    const duties = buildRoleCard(plan, 'incident-commander').playbooks.flatMap((p) =>
      p.phases.flatMap((ph) => ph.duties),
    );
    expect(duties.find((d) => d.activity.id === 'notify-dpa')?.applies).toBe(
      'only either when personal data is affected, or for major incidents',
    );
    expect(duties.find((d) => d.activity.id === 'declare')?.applies).toBeUndefined();
  });

  it('words the condition of each obligation the role is accountable for', () => {
    const withCondition = changedPlan('obligations.yaml', (t) =>
      t.replace('appliesWhen: { dataCategories: [personal-data] }', 'appliesWhen: { not: { major: true } }'),
    );
    const card = buildRoleCard(withCondition, withCondition.obligations[0].accountable);
    expect(card.obligations[0].applies).toBe('except for major incidents');
  });
});

describe('a severity without an update interval', () => {
  it('compiles, and the severity table says updates come when needed', async () => {
    const { renderSeverityTable } = await import('../../src/handbook/severity-table.ts');
    const plan = changedPlan('severities.yaml', (t) => t.replace(/\n\s+updateEvery: PT\w+/, ''));
    expect(plan.severities[0].updateEvery).toBeUndefined();
    expect(renderSeverityTable(plan)).toContain('<td data-label="Updates every">when needed</td>');
  });
});

describe('who to call first, with a team as the first level', () => {
  it("lists the team's shared line and its members with their channels, never the team's name again", async () => {
    const { whoToCallFirst } = await import('../../src/handbook/who-to-call.ts');
    const { compileWith, planOf } = await import('../compiler/helpers.ts');
    const plan = planOf(
      compileWith({
        'teams.yaml':
          'teams:\n  - id: on-call\n    name: On-call responders\n    members: [ada]\n    contacts: [{ channel: phone, value: "+31 20 555 0100" }]\n',
        'escalation-policies.yaml': (t: string) =>
          t.replace('targets: [{ role: incident-commander }]', 'targets: [{ team: on-call }]'),
      }),
    );
    const first = whoToCallFirst(plan)!;
    expect(first.targets.map((t) => t.target.name)).toEqual(['On-call responders']);
    expect(first.targets[0].callees.map((c) => [c.name, c.contacts.map((x) => x.value)])).toEqual([
      ['Shared line', ['+31 20 555 0100']],
      ['Ada Lovelace', ['+31 6 1234 5678']],
    ]);
  });
});

describe('a team as Accountable', () => {
  it('is shown with the lead who answers for it', async () => {
    const { groupRaci } = await import('../../src/handbook/raci.ts');
    const { compileWith, planOf } = await import('../compiler/helpers.ts');
    const compiled = compileWith({
      'teams.yaml': 'teams:\n  - { id: privacy-office, name: Privacy Office, members: [ada], lead: dpo }\n',
      'playbooks/breach.yaml': (t: string) =>
        t.replace('incident-commander: A, deputy: R }', 'incident-commander: R, "team:privacy-office": A }'),
    });
    expect(compiled.problems).toEqual([]);
    const plan = planOf(compiled);
    const declare = plan.playbooks[0].activities.find((a) => a.id === 'declare')!;
    expect(groupRaci(plan, declare.raci)[0]).toMatchObject({
      meaning: 'Accountable',
      roles: [{ name: 'Privacy Office (lead: Data Protection Officer)' }],
    });
  });
});
