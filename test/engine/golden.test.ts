/**
 * Golden replays: recorded logs replayed to a scorecard and an AAR in Markdown, compared with the
 * stored files. Regenerate on purpose with UPDATE_GOLDEN=1.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { replay } from '../../src/engine/reduce.ts';
import type { ExerciseAction } from '../../src/engine/actions.ts';
import { checkGolden, GOLDEN_DIR as DIR, loadScenario, minimalPlan } from './helpers.ts';

describe('golden replays', () => {
  it('replays the minimal recorded log to the stored scorecard and AAR', () => {
    checkGolden('minimal', minimalPlan(), loadScenario().scenario);
  });

  it('records the rejected action of the minimal log in the state', () => {
    const log = JSON.parse(readFileSync(`${DIR}minimal.log.json`, 'utf8')) as ExerciseAction[];
    const state = replay(minimalPlan(), loadScenario().scenario, log);
    expect(state.errors.map((e) => [e.seq, e.message])).toEqual([
      [14, 'the clock cannot go backwards: T+00:01 is before the current time T+49:00'],
    ]);
  });
});
