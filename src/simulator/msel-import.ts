/** Placeholder until the engine's MSEL CSV mapping lands. */
import type { PlanModel } from '../plan/model.ts';
import type { Problem } from '../compiler/problems.ts';
import type { Scenario } from '../engine/scenario/schema.ts';

/** Applies an MSEL CSV to a base scenario. */
export function importMsel(_plan: PlanModel, _baseText: string, _csv: string, _file: string): { scenario?: Scenario; text: string; problems: Problem[] } {
  throw new Error('MSEL import is not available yet');
}
