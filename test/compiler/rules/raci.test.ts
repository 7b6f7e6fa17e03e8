import { describe, expect, it } from 'vitest';
import { compileWith, ofRule, replace, planOf } from '../helpers.ts';

const breach = 'playbooks/breach.yaml';

describe('raci-one-accountable', () => {
  it('accepts activities with exactly one A or AR', () => {
    const result = compileWith({ [breach]: replace('incident-commander: A, deputy: R }', 'incident-commander: AR }') });
    expect(ofRule(result, 'raci-one-accountable')).toEqual([]);
  });

  it('rejects an activity with two accountable roles, at the second one', () => {
    const result = compileWith({
      [breach]: replace('incident-commander: A, deputy: R }', 'incident-commander: A, deputy: AR }'),
    });
    expect(ofRule(result, 'raci-one-accountable')).toEqual([
      expect.objectContaining({
        file: 'content/playbooks/breach.yaml',
        line: 10,
        column: 36,
        severity: 'error',
        message:
          'activity "breach/declare" has 2 Accountable roles (incident-commander, deputy); keep exactly one A and make the others R or C',
      }),
    ]);
  });

  it('rejects an activity with no accountable role, at its raci', () => {
    const result = compileWith({ [breach]: replace('incident-commander: A, deputy: R }', 'incident-commander: R }') });
    const [p] = ofRule(result, 'raci-one-accountable');
    expect([p.line, p.column]).toEqual([10, 11]);
    expect(p.message).toBe(
      'activity "breach/declare" has no Accountable role; mark exactly one role A (or AR) in its raci',
    );
  });
});

describe('raci-responsible', () => {
  it('counts AR as responsible', () => {
    const result = compileWith({
      [breach]: replace('incident-commander: A, deputy: R }', 'incident-commander: AR, deputy: I }'),
    });
    expect(ofRule(result, 'raci-responsible')).toEqual([]);
  });

  it('rejects an activity with no responsible role', () => {
    const result = compileWith({
      [breach]: replace('incident-commander: A, deputy: R }', 'incident-commander: A, deputy: C }'),
    });
    expect(ofRule(result, 'raci-responsible')).toEqual([
      expect.objectContaining({
        line: 10,
        column: 11,
        message:
          'activity "breach/declare" has no Responsible role; mark at least one role R (or the accountable one AR)',
      }),
    ]);
  });
});

describe('raci-many-consulted', () => {
  const extraRoles = (ids: string[]) => (text: string) =>
    text +
    ids
      .map((id) => `  - id: ${id}\n    name: ${id}\n    purpose: Advises.\n    responsibilities: [Advises]\n`)
      .join('');

  it('accepts four consulted roles', () => {
    const result = compileWith({
      'roles.yaml': extraRoles(['legal', 'comms', 'ciso']),
      [breach]: replace('deputy: I }', 'deputy: C, legal: C, comms: C, ciso: C }'),
    });
    expect(ofRule(result, 'raci-many-consulted')).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('warns about an activity that consults five roles, without failing the plan', () => {
    const result = compileWith({
      'roles.yaml': extraRoles(['legal', 'comms', 'ciso', 'it-ops']),
      [breach]: replace('deputy: I }', 'deputy: C, legal: C, comms: C, ciso: C, it-ops: C }'),
    });
    expect(ofRule(result, 'raci-many-consulted')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 15,
        message:
          'activity "breach/notify-dpa" consults 5 roles; during an incident keep it to 4 or fewer (make some I)',
      }),
    ]);
    expect(result.ok).toBe(true);
  });
});

describe('role-unstaffed', () => {
  it('accepts a role staffed only through its backup role', () => {
    // deputy has no person, but its backup incident-commander has Ada.
    const result = compileWith();
    expect(planOf(result).people.flatMap((p) => p.roles)).not.toContain('deputy');
    expect(ofRule(result, 'role-unstaffed')).toEqual([]);
  });

  it('rejects an accountable role nobody can fill, at the role', () => {
    const result = compileWith({
      'people.yaml': replace('roles: [incident-commander, dpo]', 'roles: [incident-commander]'),
    });
    expect(ofRule(result, 'role-unstaffed')).toEqual([
      expect.objectContaining({
        file: 'content/roles.yaml',
        line: 14,
        column: 9,
        message:
          'role "dpo" is Accountable or Responsible for activities but nobody can fill it; list it in a person\'s roles in people.yaml, give it a staffed backup role, a pool team with members, or a staffed role that names it (namedBy)',
      }),
    ]);
  });

  it('does not loop or staff a role through a circle of unstaffed backups', () => {
    // incident-commander and deputy back each other up; with nobody designated, neither is staffed.
    const result = compileWith({ 'people.yaml': replace('roles: [incident-commander, dpo]', 'roles: [dpo]') });
    expect(ofRule(result, 'role-unstaffed').map((p) => p.message.split('"')[1])).toEqual([
      'incident-commander',
      'deputy',
    ]);
  });

  it('stays quiet while people.yaml has an invalid person, who may be the one staffing the role', () => {
    const result = compileWith({ 'people.yaml': replace('channel: phone', 'channel: telegraph') });
    expect(ofRule(result, 'schema-value')).toHaveLength(1);
    expect(ofRule(result, 'role-unstaffed')).toEqual([]);
  });
});

describe('teams in a RACI and staffing without fixed people', () => {
  const team =
    'teams:\n  - { id: privacy-office, name: Privacy Office, members: [ada] }\n  - { id: empty-pool, name: Empty pool }\n';
  const unstaffedDpo = { 'people.yaml': replace('roles: [incident-commander, dpo]', 'roles: [incident-commander]') };

  it('accepts a team as Responsible, Consulted or Informed, and resolves its name', () => {
    const result = compileWith({
      'teams.yaml': team,
      [breach]: replace('incident-commander: A, deputy: R }', 'incident-commander: A, "team:privacy-office": R }'),
    });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(planOf(result).playbooks[0]!.activities[0]!.accountable).toBe('incident-commander');
  });

  it('rejects a team without a lead as Accountable, at its key, naming the team, as the one problem', () => {
    const result = compileWith({
      'teams.yaml': team,
      [breach]: replace('incident-commander: A, deputy: R }', 'incident-commander: R, "team:privacy-office": A }'),
    });
    const [p] = ofRule(result, 'raci-team-accountable');
    expect(p!.line).toBe(10);
    expect(p!.message).toBe(
      'activity "breach/declare" makes the team "Privacy Office" Accountable, but the team has no lead; name the role that answers for it (lead: <role id> in teams.yaml), or make one role A and the team R',
    );
    expect(ofRule(result, 'raci-one-accountable')).toEqual([]);
  });

  it('accepts a team with a lead as Accountable: the lead answers for it, staffed like any accountable role', () => {
    const withLead = (t: string) => t.replace('name: Privacy Office', 'name: Privacy Office, lead: dpo');
    const result = compileWith({
      'teams.yaml': withLead(team),
      [breach]: replace('incident-commander: A, deputy: R }', 'incident-commander: R, "team:privacy-office": A }'),
    });
    expect(result.problems).toEqual([]);
    expect(planOf(result).playbooks[0].activities.find((a) => a.id === 'declare')!.accountable).toBe('dpo');
    const twoAccountable = compileWith({
      'teams.yaml': withLead(team),
      [breach]: replace(
        'incident-commander: A, deputy: R }',
        'incident-commander: A, deputy: R, "team:privacy-office": A }',
      ),
    });
    expect(ofRule(twoAccountable, 'raci-one-accountable')).toHaveLength(1);
    const unknownLead = compileWith({
      'teams.yaml': team.replace('name: Privacy Office', 'name: Privacy Office, lead: dpoo'),
    });
    expect(ofRule(unknownLead, 'ref-unresolved').map((p) => p.message)).toEqual([
      expect.stringContaining(
        'team "privacy-office" refers to role "dpoo", which is not defined (did you mean "dpo"?)',
      ),
    ]);
  });

  it('reports a RACI team that does not exist, with the team it probably meant', () => {
    const result = compileWith({
      'teams.yaml': team,
      [breach]: replace('incident-commander: A, deputy: R }', 'incident-commander: A, "team:privacy-ofice": R }'),
    });
    expect(ofRule(result, 'ref-unresolved').map((p) => p.message)).toEqual([
      'activity "breach/declare" refers to team "privacy-ofice", which is not defined (did you mean "privacy-office"?); correct the id or define the team',
    ]);
  });

  it('staffs a role through a pool team with members, not through an empty one', () => {
    const pooled = compileWith({
      ...unstaffedDpo,
      'teams.yaml': team,
      'roles.yaml': replace(
        'responsibilities: [Assesses breaches]',
        'responsibilities: [Assesses breaches]\n    pool: privacy-office',
      ),
    });
    expect(ofRule(pooled, 'role-unstaffed')).toEqual([]);
    const empty = compileWith({
      ...unstaffedDpo,
      'teams.yaml': team,
      'roles.yaml': replace(
        'responsibilities: [Assesses breaches]',
        'responsibilities: [Assesses breaches]\n    pool: empty-pool',
      ),
    });
    expect(ofRule(empty, 'role-unstaffed').map((p) => p.message.split('"')[1])).toEqual(['dpo']);
  });

  it('staffs a role named at the time by a staffed role, and checks the naming role exists', () => {
    const named = compileWith({
      ...unstaffedDpo,
      'roles.yaml': replace(
        'responsibilities: [Assesses breaches]',
        'responsibilities: [Assesses breaches]\n    namedBy: incident-commander',
      ),
    });
    expect(ofRule(named, 'role-unstaffed')).toEqual([]);
    const typo = compileWith({
      'roles.yaml': replace(
        'responsibilities: [Assesses breaches]',
        'responsibilities: [Assesses breaches]\n    namedBy: incident-comander',
      ),
    });
    expect(ofRule(typo, 'ref-unresolved').map((p) => p.message)).toEqual([
      'role "dpo" refers to role "incident-comander", which is not defined (did you mean "incident-commander"?); correct the id or define the role',
    ]);
  });
});
