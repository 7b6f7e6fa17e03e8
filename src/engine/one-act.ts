/**
 * One act, one outcome. A scripted option names the plan work one act does ("declare SEV-1" and
 * "Declare the incident", a submission and the activity that files it): the evidence of that act
 * satisfies every expectation it names, and when the act never happens they share one outcome.
 * So once the exercise has ended, an expectation left open (no due time, or a clock that never
 * started) is missed when another expectation named by the same option was missed.
 */
import type { PlanModel } from '../plan/model.ts';
import { byId } from '../plan/lookup.ts';
import type { PlanAction } from '../plan/scenario.ts';
import type { Expectation } from './expectation-base.ts';
import type { ExerciseState } from './state.ts';

/** The expectation ids one plan action would satisfy. */
function namedBy(plan: PlanModel, action: PlanAction): string[] {
  const index = byId(plan);
  const rank = (id: string) => index.severities.get(id)?.rank ?? Infinity;
  const activities = plan.playbooks.flatMap((p) => p.activities);
  if (action.declare)
    return plan.severities.filter((s) => s.rank >= rank(action.declare!)).map((s) => `declare:${s.id}`);
  if (action.perform) {
    const submits = index.activities.get(action.perform)?.submits;
    return [`activity:${action.perform}`, ...(submits ? [`stage:${submits}`] : [])];
  }
  if (action.submit)
    return [
      `stage:${action.submit}`,
      ...activities.filter((a) => a.submits === action.submit).map((a) => `activity:${a.key}`),
    ];
  if (action.page?.startsWith('policy:'))
    return plan.severities.filter((s) => `policy:${s.escalationPolicy}` === action.page).map((s) => `page:${s.id}`);
  return [];
}

/** Expectation id → the ids named together with it by some scripted option. */
export function coNamed(plan: PlanModel, state: Pick<ExerciseState, 'scenario'>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const option of state.scenario.injects.flatMap((i) => i.decisions).flatMap((d) => d.options)) {
    const ids = option.actions.flatMap((a) => namedBy(plan, a));
    for (const id of ids)
      for (const other of ids) if (other !== id) (out.get(id) ?? out.set(id, new Set()).get(id)!).add(other);
  }
  return out;
}

/** `list` with an open expectation missed when an expectation named by the same option as it was missed. */
export function oneActOneOutcome(plan: PlanModel, state: ExerciseState, list: Expectation[]): Expectation[] {
  if (state.status !== 'ended') return list;
  const links = coNamed(plan, state);
  const missed = new Map(list.filter((e) => e.status === 'missed' && !e.evidence).map((e) => [e.id, e]));
  return list.map((e) => {
    if (e.status !== 'open') return e;
    const same = [...(links.get(e.id) ?? [])].map((id) => missed.get(id)).find(Boolean);
    return same
      ? {
          ...e,
          status: 'missed' as const,
          note: `not done; the scenario makes it the same act as "${same.description}", which was missed`,
        }
      : e;
  });
}
