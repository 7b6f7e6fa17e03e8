/**
 * Who is Accountable for an activity, in one place: the role marked A (or AR), or — where the plan
 * makes a team Accountable (`team:<id>: A`) and names the team's `lead` — that lead role, answering
 * for the team. The compiler's finished `accountable`, the RACI rules and the pages read it.
 */
import { raciTeam } from './element-kinds.ts';
import type { PlanModel } from './model.ts';

/** The role accountable under `raci`, or undefined when none is (or a team without a lead is). */
export function accountableRole(
  plan: Pick<PlanModel, 'teams'>,
  raci: Readonly<Record<string, string>>,
): string | undefined {
  const keys = Object.entries(raci)
    .filter(([, l]) => l === 'A' || l === 'AR')
    .map(([k]) => k);
  const role = keys.find((k) => raciTeam(k) === undefined);
  if (role) return role;
  const team = keys.map((k) => raciTeam(k)).find((t) => t !== undefined);
  return team === undefined ? undefined : plan.teams.find((t) => t.id === team)?.lead;
}
