/**
 * Who owns a piece of plan work in an exercise: the roles whose act counts as done by its owner.
 * RACI says R roles do the work and the A role answers for it, so an act by either is the owner's;
 * a team named R counts through the team itself, the roles it staffs (`pool`) and the roles its
 * members hold; a role nobody plays in the scenario is covered by its backup (and that backup's,
 * while those are unfilled too). Only an act by someone outside this set is "wrong owner".
 */
import type { Activity, PlanModel } from '../plan/model.ts';
import { byId } from '../plan/lookup.ts';
import { raciTeam } from '../plan/element-kinds.ts';
import type { Scenario } from '../plan/scenario.ts';

/** The roles (and team ids) whose act counts as the owner's, for the roles and teams `named`. */
export function ownersOf(plan: PlanModel, scenario: Pick<Scenario, 'roles'>, named: readonly string[]): string[] {
  const out = new Set<string>();
  for (const key of named) {
    const team = raciTeam(key) ?? (byId(plan).teams.has(key) ? key : undefined);
    if (team === undefined) {
      out.add(key);
      continue;
    }
    out.add(team);
    for (const r of plan.roles) if (r.pool === team) out.add(r.id);
    const members = byId(plan).teams.get(team)?.members ?? [];
    for (const p of plan.people) if (members.includes(p.id)) for (const r of p.roles) out.add(r);
  }
  // A role the scenario leaves unfilled is covered by its backup, and so on down the chain.
  const filled = new Set(scenario.roles);
  for (const id of [...out]) {
    let role = byId(plan).roles.get(id);
    const seen = new Set<string>();
    while (role && !filled.has(role.id) && role.backup && !seen.has(role.id)) {
      seen.add(role.id);
      out.add(role.backup);
      role = byId(plan).roles.get(role.backup);
    }
  }
  return [...out];
}

/** The roles and teams an activity names Accountable or Responsible (A, R, AR), in RACI order. */
export function accountableAndResponsible(a: Activity): string[] {
  return Object.entries(a.raci)
    .filter(([, letter]) => letter !== 'C' && letter !== 'I')
    .map(([key]) => key);
}

/** The owners of an activity in `scenario` (see `ownersOf`). */
export const activityOwners = (plan: PlanModel, scenario: Pick<Scenario, 'roles'>, a: Activity): string[] =>
  ownersOf(plan, scenario, accountableAndResponsible(a));

/**
 * The role that takes a decision owned by `owner` in the console's "Taken by": the owner itself when
 * it is a role; for a team, the first role the scenario plays that the team staffs (its pool or a
 * member's role), else the first such role of the plan, else the scenario's first role. Never a team.
 */
export function leadRole(plan: PlanModel, scenario: Pick<Scenario, 'roles'>, owner: string): string {
  if (!byId(plan).teams.has(owner)) return owner;
  const staffed = ownersOf(plan, { roles: plan.roles.map((r) => r.id) }, [owner]).filter((id) => id !== owner);
  return scenario.roles.find((r) => staffed.includes(r)) ?? staffed[0] ?? scenario.roles[0] ?? owner;
}
