/**
 * The plan as the simulator downloads it: everything the engine scores with and the report names,
 * without what no exercise reads — chapter bodies, people's contact channels, control mappings and
 * per-file digests and signed approvals. The model's shape is kept, so the engine takes it as it is. Pure.
 */
import type { PlanModel } from './model.ts';

/** A copy of `plan` trimmed for the exercise pages (`/exercises/data/plan.json`). */
export function planForExercises(plan: PlanModel): PlanModel {
  return {
    ...plan,
    people: plan.people.map((p) => ({ ...p, contacts: [] })),
    teams: plan.teams.map((t) => ({ ...t, contacts: [] })),
    chapters: plan.chapters.map((c) => ({ ...c, body: '', references: [] })),
    controlMappings: [],
    sources: [],
    approvals: [],
  };
}
