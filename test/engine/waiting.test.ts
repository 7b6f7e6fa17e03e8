/**
 * Why no scripted inject is due: the console shows this beside its disabled "Jump to next inject"
 * button, so the facilitator knows the next inject waits for a decision, a trigger, or nothing.
 */
import { describe, expect, it } from 'vitest';
import { replay } from '../../src/engine/reduce.ts';
import type { ExerciseAction } from '../../src/engine/actions.ts';
import { injectsWaitingFor, nextInjectTime } from '../../src/engine/selectors.ts';
import { loadScenario, minimalPlan } from './helpers.ts';

const { scenario } = loadScenario();
// Without the T+48:00 reminder, the injects left after the first one wait on triggers only.
const triggered = { ...scenario, injects: scenario.injects.filter((i) => i.id !== 'dpa-reminder') };
const start: ExerciseAction = { type: 'exercise/start', at: 0 };
const decide = (decision: string, option: string): ExerciseAction => ({
  type: 'decision/take',
  at: 60_000,
  decision,
  option,
  by: 'incident-commander',
});

describe('what the next inject waits for', () => {
  it('names the open decision that a pending inject is triggered by', () => {
    const state = replay(minimalPlan(), triggered, [start]);
    expect(nextInjectTime(state)).toBeUndefined();
    const waiting = injectsWaitingFor(state);
    expect(waiting.kind).toBe('decision');
    expect(waiting.kind === 'decision' && waiting.decisions.map((d) => d.id)).toEqual(['declare-severity']);
  });

  it('says the injects wait on their triggers once no open decision can release them', () => {
    const state = replay(minimalPlan(), triggered, [start, decide('declare-severity', 'sev1')]);
    expect(nextInjectTime(state)).toBeUndefined();
    expect(injectsWaitingFor(state)).toEqual({ kind: 'trigger' });
  });

  it('says nothing is left when every scripted inject was delivered, contingencies aside', () => {
    const only = { ...scenario, injects: scenario.injects.filter((i) => i.id === 'paste-found' || i.contingency) };
    expect(injectsWaitingFor(replay(minimalPlan(), only, [start]))).toEqual({ kind: 'none' });
  });
});
