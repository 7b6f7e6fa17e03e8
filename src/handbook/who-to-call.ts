/**
 * "Who to call first" on the home page: the first level of the most severe severity's escalation
 * policy, with the people (or the team's own line) behind each target and the channels a phone can
 * open in one tap. Pure view model over the plan it is given: the public edition's plan is already
 * redacted, so there it lists names and only the channels marked `private: false`.
 */
import type { EscalationPolicy, PlanModel } from '../plan/model.ts';
import { byId } from '../plan/lookup.ts';
import { personHref } from '../plan/directory.ts';
import { describePolicy, type LevelView, type TargetView } from './escalation.ts';
import { contactLinks, type ContactLink } from './contact-link.ts';

/** Someone (or a team's shared line) to call for one target, with the channels that open in one tap. */
export interface Callee {
  name: string;
  href: string;
  contacts: ContactLink[];
}

/** One target of the first level and who answers for it. */
export interface CallTarget {
  target: TargetView;
  callees: Callee[];
}

/** The first level to page, its policy and who to call for each of its targets. */
export interface FirstCall {
  policy: EscalationPolicy;
  level: LevelView;
  targets: CallTarget[];
}

/** How many one-tap channels the home page shows per callee (the contacts page has all of them). */
export const CALL_LINKS = 2;

/** The first channels that open in one tap, each target once (a phone and a Signal number are often the same). */
function tappable(contacts: PlanModel['people'][number]['contacts']): ContactLink[] {
  const seen = new Set<string>();
  return contactLinks(contacts)
    .filter((c) => c.href && !seen.has(c.href) && seen.add(c.href))
    .slice(0, CALL_LINKS);
}

/** A person as a callee, linked to their entry in the contacts directory. */
const person =
  (plan: PlanModel) =>
  (p: PlanModel['people'][number]): Callee => ({
    name: p.name,
    href: personHref(plan, p.id),
    contacts: tappable(p.contacts),
  });

/** Who answers for a target: the people designated for a role, a team's own line and its members, a person. */
function callees(plan: PlanModel, target: TargetView): Callee[] {
  switch (target.kind) {
    case 'role':
      return plan.people.filter((p) => p.roles.includes(target.id)).map(person(plan));
    case 'person':
      return plan.people.filter((p) => p.id === target.id).map(person(plan));
    case 'team': {
      // The team's own line (a rota number, a shared inbox) first, then its members with their channels:
      // the team's name is the target's already, so a callee never repeats it.
      const team = byId(plan).teams.get(target.id);
      if (!team) return [];
      const line = team.contacts.length
        ? [{ name: 'Shared line', href: target.href, contacts: tappable(team.contacts) }]
        : [];
      return [...line, ...plan.people.filter((p) => team.members.includes(p.id)).map(person(plan))];
    }
    default:
      return [];
  }
}

/** The first escalation level of the most severe severity, or undefined when the plan has none. */
export function whoToCallFirst(plan: PlanModel): FirstCall | undefined {
  const top = plan.severities[0];
  const policy = top && byId(plan).escalationPolicies.get(top.escalationPolicy);
  const level = policy ? describePolicy(plan, policy)[0] : undefined;
  if (!policy || !level) return undefined;
  return { policy, level, targets: level.targets.map((target) => ({ target, callees: callees(plan, target) })) };
}
