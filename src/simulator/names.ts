/**
 * Names, never ids: what a scenario's role or team id is called in the plan. Injects are addressed,
 * and decisions owned, by roles and by teams alike, so every view that names a party asks here.
 */
import type { PlanModel } from '../plan/model.ts';

/** The name of the role or team `id` in `plan`; the id only when the plan has neither (a scenario checked against another plan). */
export function partyName(plan: Pick<PlanModel, 'roles' | 'teams'>): (id: string) => string {
  const names = new Map<string, string>([
    ...plan.teams.map((t) => [t.id, t.name] as const),
    ...plan.roles.map((r) => [r.id, r.name] as const),
  ]);
  return (id) => names.get(id) ?? id;
}
