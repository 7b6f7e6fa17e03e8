/**
 * Engine test helpers: the minimal fixture plan compiled once, and the minimal scenario validated
 * against it, both read from test/fixtures so the corpus stays stable while content/ changes.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import { buildAar } from '../../src/engine/aar.ts';
import { renderAarMarkdown } from '../../src/engine/aar-markdown.ts';
import { replay } from '../../src/engine/reduce.ts';
import { scoreExercise } from '../../src/engine/score.ts';
import type { ExerciseAction } from '../../src/engine/actions.ts';
import { compilePlan, compileSources } from '../../src/compiler/compile.ts';
import { readContentDir } from '../../src/compiler/read-plan.ts';
import type { PlanModel } from '../../src/plan/model.ts';
import { validateScenario } from '../../src/compiler/scenario/validate.ts';
import type { Scenario } from '../../src/plan/scenario.ts';
import { planOf } from '../compiler/helpers.ts';

/** Folder of the minimal fixture plan. */
export const MINIMAL_PLAN = 'test/fixtures/minimal';
/** The minimal scenario file, valid against the minimal plan. */
export const MINIMAL_SCENARIO = 'test/fixtures/scenarios/minimal.yaml';

let plan: PlanModel | undefined;
/** The compiled minimal plan (compiled once; callers must not mutate it). */
export function minimalPlan(): PlanModel {
  plan ??= planOf(compilePlan(MINIMAL_PLAN, { today: '2026-06-01' }));
  return plan;
}

/** Validates a scenario file against a plan and throws with its problems if it is not valid. */
export function loadScenario(
  file = MINIMAL_SCENARIO,
  against: PlanModel = minimalPlan(),
): { scenario: Scenario; text: string } {
  const text = readFileSync(file, 'utf8');
  const result = validateScenario(against, text, file);
  if (!result.scenario) throw new Error(`${file} is not valid:\n${result.problems.map((p) => p.message).join('\n')}`);
  return { scenario: result.scenario, text };
}

/** The minimal plan compiled with one file's text changed, e.g. a shorter acknowledgement target. */
export function changedPlan(
  path: string,
  change: (text: string) => string,
  also: Record<string, (text: string) => string> = {},
): PlanModel {
  const { files } = readContentDir(MINIMAL_PLAN);
  const changes: Record<string, (text: string) => string> = { ...also, [path]: change };
  const changed = files.map((f) => (changes[f.path] ? { ...f, text: changes[f.path](f.text) } : f));
  const result = compileSources(changed, { today: '2026-06-01', prefix: `${MINIMAL_PLAN}/` });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return planOf(result);
}

/** Folder of recorded logs and their stored scorecards and reports. */
export const GOLDEN_DIR = 'test/fixtures/scenarios/golden/';
const DIR = GOLDEN_DIR;

/** Compares `actual` with the golden file, or writes it when UPDATE_GOLDEN=1. */
export function golden(file: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(DIR + file)) {
    if (process.env.UPDATE_GOLDEN !== '1')
      throw new Error(`missing golden file ${DIR + file}; run with UPDATE_GOLDEN=1 to create it`);
    writeFileSync(DIR + file, actual);
  }
  expect(actual).toBe(readFileSync(DIR + file, 'utf8'));
}

/** Replays `<name>.log.json` and checks its scorecard and AAR. */
export function checkGolden(name: string, plan: PlanModel, scenario: Scenario): void {
  const log = JSON.parse(readFileSync(`${DIR}${name}.log.json`, 'utf8')) as ExerciseAction[];
  const state = replay(plan, scenario, log);
  golden(`${name}.scorecard.json`, JSON.stringify(scoreExercise(plan, state), null, 2) + '\n');
  golden(`${name}.aar.md`, renderAarMarkdown(buildAar(plan, state)));
}
