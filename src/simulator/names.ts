/**
 * Names, never ids: what a scenario's role or team id is called in the plan. Injects are addressed,
 * and decisions owned, by roles and by teams alike, so every view that names a party asks here.
 */
import type { PlanModel } from '../plan/model.ts';
import { byId } from '../plan/lookup.ts';

/** The name of the role or team `id` in `plan` (a role first); the id only when the plan has neither (a scenario checked against another plan). */
export function partyName(plan: PlanModel): (id: string) => string {
  const index = byId(plan);
  return (id) => index.roles.get(id)?.name ?? index.teamName(id);
}
