/** RACI rules: one Accountable, at least one Responsible, not too many Consulted, A and R roles staffed. */
import type { PlanModel } from '../../plan/model.ts';
import type { Rule } from './context.ts';

const rolesWith = (raci: Record<string, string>, ...letters: string[]) =>
  Object.entries(raci)
    .filter(([, l]) => letters.includes(l))
    .map(([r]) => r);

export const raciOneAccountable: Rule = {
  id: 'raci-one-accountable',
  severity: 'error',
  description: 'Every activity has exactly one Accountable role (A or AR).',
  check(ctx) {
    for (const a of ctx.plan.playbooks.flatMap((p) => p.activities)) {
      const accountable = rolesWith(a.raci, 'A', 'AR');
      if (accountable.length === 1) continue;
      if (accountable.length === 0)
        ctx.report(a, ['raci'], `activity "${a.key}" has no Accountable role; mark exactly one role A (or AR) in its raci`);
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
      if (rolesWith(a.raci, 'R', 'AR').length === 0)
        ctx.report(a, ['raci'], `activity "${a.key}" has no Responsible role; mark at least one role R (or the accountable one AR)`);
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
      const consulted = rolesWith(a.raci, 'C');
      if (consulted.length > MAX_CONSULTED)
        ctx.report(
          a,
          ['raci'],
          `activity "${a.key}" consults ${consulted.length} roles; during an incident keep it to ${MAX_CONSULTED} or fewer (make some I)`,
        );
    }
  },
};

/** Roles someone can fill: designated people, or a backup role that is itself staffed. */
export function staffedRoles(plan: PlanModel): Set<string> {
  const staffed = new Set(plan.people.flatMap((p) => p.roles));
  const backup = new Map<string, string | undefined>();
  // With a duplicated id, the first definition counts (id-unique reports the second).
  for (const r of plan.roles) if (!backup.has(r.id)) backup.set(r.id, r.backup);
  for (const role of plan.roles) {
    const seen = new Set<string>();
    for (let r: string | undefined = role.id; r && !seen.has(r); r = backup.get(r)) {
      seen.add(r);
      if (staffed.has(r)) {
        staffed.add(role.id);
        break;
      }
    }
  }
  return staffed;
}

export const roleUnstaffed: Rule = {
  id: 'role-unstaffed',
  severity: 'error',
  description: 'Every role that is Accountable or Responsible for an activity has a person designated for it, or a backup role that has one.',
  check(ctx) {
    // A person or role left out as invalid may be the one who staffs a role: wait until they are fixed.
    if (ctx.isPartial('person') || ctx.isPartial('role')) return;
    const staffed = staffedRoles(ctx.plan);
    const reported = new Set<string>();
    const used = new Set(ctx.plan.playbooks.flatMap((p) => p.activities.flatMap((a) => rolesWith(a.raci, 'A', 'R', 'AR'))));
    for (const role of ctx.plan.roles) {
      if (used.has(role.id) && !staffed.has(role.id) && !reported.has(role.id) && reported.add(role.id))
        ctx.report(
          role,
          ['id'],
          `role "${role.id}" is Accountable or Responsible for activities but nobody can fill it; list it in a person's roles in people.yaml or give it a staffed backup role`,
        );
    }
  },
};
