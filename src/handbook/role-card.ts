/**
 * The role card: everything one role does across the plan, on one page. Pure view model built
 * from the plan; the role page and the print page render it.
 */
import type { Activity, EscalationPolicy, Obligation, PlanModel, RaciLetter, Role, Template } from '../plan/model.ts';
import { byId } from '../plan/lookup.ts';
import { elementHref } from '../plan/element-kinds.ts';
import { personHref } from '../plan/directory.ts';
import { describeAppliesWhen } from '../plan/applies-when.ts';
import { approvesIn } from '../plan/approvals.ts';

/** An activity in which the role holds a letter. */
export interface RoleDuty {
  activity: Activity;
  letter: RaciLetter;
  href: string;
  /** When the activity applies, in words ("only when cardholder data is affected"), if it has a condition. */
  applies?: string;
}

/** A role's duties in one playbook, grouped by phase in phase order. */
export interface RolePlaybookDuties {
  playbook: { id: string; name: string; href: string };
  phases: { id: string; name: string; duties: RoleDuty[] }[];
}

/** The role card of one role. */
export interface RoleCard {
  role: Role;
  backup?: { id: string; name: string; href: string };
  mayCombineWith: { id: string; name: string; href: string }[];
  /**
   * The people designated for the role with their contact channels, as the plan given holds them
   * (the public edition's plan is already redacted, so only channels marked `private: false` remain).
   */
  people: { id: string; name: string; href: string; contacts: PlanModel['people'][number]['contacts'] }[];
  /** The team whose trained members take the role in turn, if the role has a pool. */
  pool?: { id: string; name: string; href: string };
  /** The role that names who takes this role at the time, if any. */
  namedBy?: { id: string; name: string; href: string };
  playbooks: RolePlaybookDuties[];
  /** Escalation policies with the (1-based) levels that page the role. */
  policies: { policy: EscalationPolicy; levels: number[] }[];
  /** Obligations the role is accountable for, each with when it applies in words, if it has a condition. */
  obligations: (Obligation & { applies?: string })[];
  /** Templates the role approves. */
  templates: Template[];
}

const link = (plan: PlanModel, id: string) => ({ id, name: byId(plan).roleName(id), href: elementHref('role', id) });

/** Builds the role card of `roleId`; throws when the plan has no such role. */
export function buildRoleCard(plan: PlanModel, roleId: string): RoleCard {
  const index = byId(plan);
  const role = index.roles.get(roleId);
  if (!role) throw new Error(`no role "${roleId}" in the plan`);
  const playbooks: RolePlaybookDuties[] = [];
  for (const pb of plan.playbooks) {
    const phases: RolePlaybookDuties['phases'] = [];
    for (const a of pb.activities) {
      const letter = a.raci[roleId];
      if (!letter) continue;
      let group = phases.at(-1);
      if (group?.id !== a.phase) {
        group = { id: a.phase, name: index.phaseName(a.phase), duties: [] };
        phases.push(group);
      }
      const applies = describeAppliesWhen(plan, a.appliesWhen);
      group.duties.push({ activity: a, letter, href: elementHref('activity', a.key), ...(applies ? { applies } : {}) });
    }
    if (phases.length)
      playbooks.push({ playbook: { id: pb.id, name: pb.name, href: elementHref('playbook', pb.id) }, phases });
  }
  const policies = plan.escalationPolicies
    .map((policy) => ({
      policy,
      levels: policy.levels.flatMap((l, i) => (l.targets.some((t) => 'role' in t && t.role === roleId) ? [i + 1] : [])),
    }))
    .filter((p) => p.levels.length > 0);
  return {
    role,
    ...(role.backup ? { backup: link(plan, role.backup) } : {}),
    mayCombineWith: role.mayCombineWith.map((id) => link(plan, id)),
    ...(role.pool
      ? { pool: { id: role.pool, name: index.teamName(role.pool), href: elementHref('team', role.pool) } }
      : {}),
    ...(role.namedBy ? { namedBy: link(plan, role.namedBy) } : {}),
    people: plan.people
      .filter((p) => p.roles.includes(roleId))
      .map((p) => ({ id: p.id, name: p.name, href: personHref(plan, p.id), contacts: p.contacts })),
    playbooks,
    policies,
    obligations: plan.obligations
      .filter((o) => o.accountable === roleId)
      .map((o) => {
        const applies = describeAppliesWhen(plan, o.appliesWhen);
        return applies ? { ...o, applies } : o;
      }),
    templates: plan.templates.filter((t) => t.approver === roleId || approvesIn(t.approvals, roleId)),
  };
}
