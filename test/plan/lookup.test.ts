/** The plan lookup index: elements by id, names with the id as fallback, built once per plan object. */
import { describe, expect, it } from 'vitest';
import { byId } from '../../src/plan/lookup.ts';
import { compileWith, planOf } from '../compiler/helpers.ts';

const plan = planOf(compileWith());

describe('byId', () => {
  it('finds every element of every kind by its id, and each activity by its key', () => {
    const index = byId(plan);
    for (const kind of [
      'roles',
      'teams',
      'people',
      'parties',
      'severities',
      'incidentTypes',
      'phases',
      'escalationPolicies',
      'playbooks',
      'obligations',
      'templates',
      'exercises',
      'chapters',
    ] as const) {
      for (const element of plan[kind]) expect(index[kind].get(element.id), `${kind} ${element.id}`).toBe(element);
      expect(index[kind].size, kind).toBe(plan[kind].length);
    }
    for (const a of plan.playbooks.flatMap((p) => p.activities)) expect(index.activities.get(a.key)).toBe(a);
  });

  it("gives a role's, team's or phase's name, and the id itself for one the plan lacks", () => {
    const { roleName, phaseName, teamName } = byId(plan);
    expect(roleName('incident-commander')).toBe('Incident Commander');
    expect(phaseName(plan.phases[0].id)).toBe(plan.phases[0].name);
    expect(roleName('nobody')).toBe('nobody');
    expect(teamName('no-team')).toBe('no-team');
  });

  it('builds the index once per plan object, and apart for a copy of the plan', () => {
    expect(byId(plan)).toBe(byId(plan));
    const copy = { ...plan, roles: plan.roles.slice(1) };
    expect(byId(copy)).not.toBe(byId(plan));
    expect(byId(copy).roles.has(plan.roles[0].id)).toBe(false);
  });

  it('keeps the first of two elements with one id, as a search of the list would (a plan with errors may repeat one)', () => {
    const twin = { ...plan.roles[0], name: 'Second of the name' };
    const repeated = { ...plan, roles: [plan.roles[0], twin] };
    expect(byId(repeated).roleName(plan.roles[0].id)).toBe(plan.roles[0].name);
  });
});
