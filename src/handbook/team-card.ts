/**
 * A team's card on the contacts page: its members (names, with links to the roles they hold), the
 * roles it staffs as a pool, and the activities where it is Responsible, Consulted or Informed.
 * Pure view model; never holds contact details (the page shows those, after redaction).
 */
import type { PlanModel, RaciLetter, Team } from '../plan/model.ts';
import { byId } from '../plan/lookup.ts';
import { elementHref, RACI_TEAM_PREFIX } from '../plan/element-kinds.ts';
import { personHref } from '../plan/directory.ts';

/** A link to a plan element, by name. */
interface Named {
  id: string;
  name: string;
  href: string;
}

/** What the contacts page shows of a team besides its contacts. */
export interface TeamCard {
  members: (Named & { roles: Named[] })[];
  /** Roles any trained member of the team may take (roles whose `pool` is this team). */
  pools: Named[];
  /** Activities in which the team holds a letter, in playbook order. */
  duties: { letter: RaciLetter; activity: Named }[];
}

/** Builds the card of `team`. */
export function buildTeamCard(plan: PlanModel, team: Team): TeamCard {
  const index = byId(plan);
  const role = (id: string): Named => ({ id, name: index.roleName(id), href: elementHref('role', id) });
  const members = team.members.map((id) => {
    const person = index.people.get(id);
    return { id, name: person?.name ?? id, href: personHref(plan, id), roles: (person?.roles ?? []).map(role) };
  });
  const key = `${RACI_TEAM_PREFIX}${team.id}`;
  const duties = plan.playbooks.flatMap((pb) =>
    pb.activities.flatMap((a) =>
      a.raci[key]
        ? [{ letter: a.raci[key]!, activity: { id: a.key, name: a.title, href: elementHref('activity', a.key) } }]
        : [],
    ),
  );
  return { members, pools: plan.roles.filter((r) => r.pool === team.id).map((r) => role(r.id)), duties };
}
