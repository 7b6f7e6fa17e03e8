/**
 * Golden replays: recorded logs replayed to a scorecard and an AAR in Markdown, compared with the
 * stored files. Regenerate on purpose with UPDATE_GOLDEN=1.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildAar, renderAarMarkdown, replay, scoreExercise, type ExerciseAction } from '../../src/engine/index.ts';
import type { PlanModel } from '../../src/plan/model.ts';
import type { Scenario } from '../../src/engine/scenario/schema.ts';
import { loadScenario, minimalPlan } from './helpers.ts';

const DIR = 'test/fixtures/scenarios/golden/';

/** Compares `actual` with the golden file, or writes it when UPDATE_GOLDEN=1. */
export function golden(file: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(DIR + file)) {
    if (process.env.UPDATE_GOLDEN !== '1') throw new Error(`missing golden file ${DIR + file}; run with UPDATE_GOLDEN=1 to create it`);
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

describe('golden replays', () => {
  it('replays the minimal recorded log to the stored scorecard and AAR', () => {
    checkGolden('minimal', minimalPlan(), loadScenario().scenario);
  });

  it('records the rejected action of the minimal log in the state', () => {
    const log = JSON.parse(readFileSync(`${DIR}minimal.log.json`, 'utf8')) as ExerciseAction[];
    const state = replay(minimalPlan(), loadScenario().scenario, log);
    expect(state.errors.map((e) => [e.seq, e.message])).toEqual([[14, 'the clock cannot go backwards: T+00:01 is before the current time T+49:00']]);
  });
});
