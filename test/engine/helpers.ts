/**
 * Engine test helpers: the minimal fixture plan compiled once, and the minimal scenario validated
 * against it, both read from test/fixtures so the corpus stays stable while content/ changes.
 */
import { readFileSync } from 'node:fs';
import { compilePlan, compileSources, readContentDir } from '../../src/compiler/index.ts';
import type { PlanModel } from '../../src/plan/model.ts';
import { validateScenario } from '../../src/engine/scenario/validate.ts';
import type { Scenario } from '../../src/engine/scenario/schema.ts';

/** Folder of the minimal fixture plan. */
export const MINIMAL_PLAN = 'test/fixtures/minimal';
/** The minimal scenario file, valid against the minimal plan. */
export const MINIMAL_SCENARIO = 'test/fixtures/scenarios/minimal.yaml';

let plan: PlanModel | undefined;
/** The compiled minimal plan (compiled once; callers must not mutate it). */
export function minimalPlan(): PlanModel {
  plan ??= compilePlan(MINIMAL_PLAN, { today: '2026-06-01' }).plan;
  return plan;
}

/** Validates a scenario file against a plan and throws with its problems if it is not valid. */
export function loadScenario(file = MINIMAL_SCENARIO, against: PlanModel = minimalPlan()): { scenario: Scenario; text: string } {
  const text = readFileSync(file, 'utf8');
  const result = validateScenario(against, text, file);
  if (!result.scenario) throw new Error(`${file} is not valid:\n${result.problems.map((p) => p.message).join('\n')}`);
  return { scenario: result.scenario, text };
}

/** The minimal plan compiled with one file's text changed, e.g. a shorter acknowledgement target. */
export function changedPlan(path: string, change: (text: string) => string, also: Record<string, (text: string) => string> = {}): PlanModel {
  const { files } = readContentDir(MINIMAL_PLAN);
  const changes: Record<string, (text: string) => string> = { ...also, [path]: change };
  const changed = files.map((f) => (changes[f.path] ? { ...f, text: changes[f.path](f.text) } : f));
  const result = compileSources(changed, { today: '2026-06-01', prefix: `${MINIMAL_PLAN}/` });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.plan;
}
