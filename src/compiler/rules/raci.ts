/** RACI rules: one Accountable, at least one Responsible, not too many Consulted, A and R roles staffed. */
import type { PlanModel } from '../../plan/model.ts';
import type { Rule } from './context.ts';
import { raciTeam } from '../../plan/element-kinds.ts';
import { byId } from '../../plan/lookup.ts';

/** RACI keys holding one of `letters`: role ids and `team:<id>` keys alike. */
const keysWith = (raci: Record<string, string>, ...letters: string[]) =>
  Object.entries(raci)
    .filter(([, l]) => letters.includes(l))
    .map(([r]) => r);
/** Role ids (not teams) holding one of `letters`. */
const rolesWith = (raci: Record<string, string>, ...letters: string[]) =>
  keysWith(raci, ...letters).filter((k) => raciTeam(k) === undefined);

export const raciOneAccountable: Rule = {
  id: 'raci-one-accountable',
  severity: 'error',
  description: 'Every activity has exactly one Accountable role (A or AR), or one Accountable team with a lead.',
  check(ctx) {
    for (const a of ctx.plan.playbooks.flatMap((p) => p.activities)) {
      // A team is counted too: a team with a lead answers through it (raci-team-accountable checks the lead).
      const accountable = keysWith(a.raci, 'A', 'AR');
      if (accountable.length === 1) continue;
      if (accountable.length === 0)
        ctx.report(
          a,
          ['raci'],
          `activity "${a.key}" has no Accountable role; mark exactly one role A (or AR) in its raci`,
        );
      else
        ctx.report(
          a,
          ['raci', accountable[1]],
          `activity "${a.key}" has ${accountable.length} Accountable roles (${accountable.join(', ')}); keep exactly one A and make the others R or C`,
          { key: true },
        );
    }
  },
};

export const raciResponsible: Rule = {
  id: 'raci-responsible',
  severity: 'error',
  description: 'Every activity has at least one Responsible role (R or AR).',
  check(ctx) {
    for (const a of ctx.plan.playbooks.flatMap((p) => p.activities)) {
      if (keysWith(a.raci, 'R', 'AR').length === 0)
        ctx.report(
          a,
          ['raci'],
          `activity "${a.key}" has no Responsible role; mark at least one role R (or the accountable one AR)`,
        );
    }
  },
};

/** More consulted roles than this slows an activity down. */
export const MAX_CONSULTED = 4;

export const raciManyConsulted: Rule = {
  id: 'raci-many-consulted',
  severity: 'warning',
  description: `An activity consults at most ${MAX_CONSULTED} roles.`,
  check(ctx) {
    for (const a of ctx.plan.playbooks.flatMap((p) => p.activities)) {
      const consulted = keysWith(a.raci, 'C');
      if (consulted.length > MAX_CONSULTED)
        ctx.report(
          a,
          ['raci'],
          `activity "${a.key}" consults ${consulted.length} roles; during an incident keep it to ${MAX_CONSULTED} or fewer (make some I)`,
        );
    }
  },
};

/**
 * Roles someone can fill: designated people; a pool team with members ("any trained responder of the
 * team"); a backup role that is itself staffed; or a role named at the time by a role that is staffed.
 */
export function staffedRoles(plan: PlanModel): Set<string> {
  const staffed = new Set(plan.people.flatMap((p) => p.roles));
  const members = new Map(plan.teams.map((t) => [t.id, t.members.length]));
  for (const r of plan.roles) if (r.pool && (members.get(r.pool) ?? 0) > 0) staffed.add(r.id);
  // Backups and naming roles chain: repeat until nothing changes (at most one pass per role).
  for (let changed = true; changed;) {
    changed = false;
    for (const r of plan.roles) {
      if (staffed.has(r.id)) continue;
      if ((r.backup && staffed.has(r.backup)) || (r.namedBy && staffed.has(r.namedBy))) {
        staffed.add(r.id);
        changed = true;
      }
    }
  }
  return staffed;
}

export const raciTeamAccountable: Rule = {
  id: 'raci-team-accountable',
  severity: 'error',
  description:
    'A team in a RACI (`team:<id>`) is Accountable only when teams.yaml names its `lead` role; otherwise it is Responsible, Consulted or Informed.',
  check(ctx) {
    for (const a of ctx.plan.playbooks.flatMap((p) => p.activities)) {
      for (const key of keysWith(a.raci, 'A', 'AR').filter((k) => raciTeam(k) !== undefined)) {
        const team = byId(ctx.plan).teams.get(raciTeam(key)!);
        if (team?.lead || (!team && ctx.isPartial('team'))) continue;
        ctx.report(
          a,
          ['raci', key],
          `activity "${a.key}" makes the team ${team ? `"${team.name}"` : `"${raciTeam(key)}"`} Accountable, but the team has no lead; name the role that answers for it (lead: <role id> in teams.yaml), or make one role A and the team R`,
        );
      }
    }
  },
};

export const roleUnstaffed: Rule = {
  id: 'role-unstaffed',
  severity: 'error',
  description:
    'Every role that is Accountable or Responsible for an activity has a person designated for it, or a backup role that has one.',
  check(ctx) {
    // A person or role left out as invalid may be the one who staffs a role: wait until they are fixed.
    if (ctx.isPartial('person') || ctx.isPartial('role')) return;
    const staffed = staffedRoles(ctx.plan);
    const reported = new Set<string>();
    const used = new Set(
      ctx.plan.playbooks.flatMap((p) =>
        p.activities.flatMap((a) => [...rolesWith(a.raci, 'A', 'R', 'AR'), ...(a.accountable ? [a.accountable] : [])]),
      ),
    );
    for (const role of ctx.plan.roles) {
      if (used.has(role.id) && !staffed.has(role.id) && !reported.has(role.id) && reported.add(role.id))
        ctx.report(
          role,
          ['id'],
          `role "${role.id}" is Accountable or Responsible for activities but nobody can fill it; list it in a person's roles in people.yaml, give it a staffed backup role, a pool team with members, or a staffed role that names it (namedBy)`,
        );
    }
  },
};
