/**
 * The one evaluator of `appliesWhen` (obligations and activities): from the exercise's facts, the
 * scenario time at which every condition given started to hold, or `undefined` while one does not.
 * A condition with nothing given holds from the start (`-Infinity`); callers decide what that means
 * (an obligation then applies through the incident types that list it). `any` holds from the first
 * of its conditions to hold; `not` holds from the start for as long as its condition does not (facts
 * only accumulate, so once that condition holds, `not` no longer does).
 */
import type { AppliesWhen, PlanModel } from '../plan/model.ts';
import type { ScenarioTime } from '../plan/scenario-time.ts';
import type { Facts } from './state.ts';

/** Whether `w` gives no condition at all. */
export const unconditional = (w: AppliesWhen | undefined): boolean =>
  !w ||
  (!w.dataCategories.length &&
    !w.incidentTypes.length &&
    !w.severities.length &&
    !(w.facts ?? []).length &&
    !(w.levels ?? []).length &&
    w.major === undefined &&
    !w.all &&
    !w.any &&
    !w.not);

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
  const anyOf = (ws: readonly AppliesWhen[]) => {
    const hits = ws.map((x) => holdsSince(plan, facts, x)).filter((t) => t !== undefined);
    return hits.length ? Math.min(...hits) : undefined;
  };
  const checks: (ScenarioTime | undefined | null)[] = [
    w.dataCategories.length ? firstOf(w.dataCategories, facts.dataCategories) : null,
    w.incidentTypes.length ? firstOf(w.incidentTypes, facts.incidentTypes) : null,
    w.severities.length ? facts.declared.find((d) => w.severities.includes(d.severity))?.at : null,
    w.major !== undefined
      ? facts.declared.find((d) => (plan.severities.find((s) => s.id === d.severity)?.major ?? false) === w.major)?.at
      : null,
    w.facts?.length ? firstOf(w.facts, facts.revealed) : null,
    w.levels?.length ? firstOf(w.levels, facts.levels ?? {}) : null,
    ...(w.all ?? []).map((x) => holdsSince(plan, facts, x)),
    w.any ? anyOf(w.any) : null,
    w.not ? (holdsSince(plan, facts, w.not) === undefined ? -Infinity : undefined) : null,
  ];
  for (const t of checks) {
    if (t === undefined) return undefined;
    if (t !== null) times.push(t);
  }
  return Math.max(-Infinity, ...times);
}
