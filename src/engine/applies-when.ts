/**
 * The one evaluator of `appliesWhen` (obligations and activities): from the exercise's facts, the
 * scenario time at which every condition given started to hold, or `undefined` while one does not.
 * A condition with nothing given holds from the start (`-Infinity`); callers decide what that means
 * (an obligation then applies through the incident types that list it).
 */
import type { AppliesWhen, PlanModel } from '../plan/model.ts';
import type { ScenarioTime } from '../plan/scenario-time.ts';
import type { Facts } from './state.ts';

/** Whether `w` gives no condition at all. */
export const unconditional = (w: AppliesWhen | undefined): boolean =>
  !w || (!w.dataCategories.length && !w.incidentTypes.length && !w.severities.length && w.major === undefined);

/** What the evaluator reads of the plan: whether each severity is major (the handbook's incident mode passes only that). */
export type SeverityMajors = { severities: readonly Pick<PlanModel['severities'][number], 'id' | 'major'>[] };

/** When every condition of `w` started to hold in `facts`, or `undefined` if one has not (yet). */
export function holdsSince(plan: SeverityMajors, facts: Facts, w: AppliesWhen | undefined): ScenarioTime | undefined {
  if (!w) return -Infinity;
  const times: ScenarioTime[] = [];
  const firstOf = (ids: readonly string[], seen: Record<string, ScenarioTime>) => {
    const hits = ids.filter((x) => x in seen).map((x) => seen[x]);
    return hits.length ? Math.min(...hits) : undefined;
  };
  const checks: (ScenarioTime | undefined | null)[] = [
    w.dataCategories.length ? firstOf(w.dataCategories, facts.dataCategories) : null,
    w.incidentTypes.length ? firstOf(w.incidentTypes, facts.incidentTypes) : null,
    w.severities.length ? facts.declared.find((d) => w.severities.includes(d.severity))?.at : null,
    w.major !== undefined ? facts.declared.find((d) => (plan.severities.find((s) => s.id === d.severity)?.major ?? false) === w.major)?.at : null,
  ];
  for (const t of checks) {
    if (t === undefined) return undefined;
    if (t !== null) times.push(t);
  }
  return Math.max(-Infinity, ...times);
}
