/**
 * Published exercises transcribed into scenarios (each cites its source in its file), replayed with
 * a strong and a weak team's log against the example plan: the strong team rates P or S on every
 * objective the play exercised, the weak team gets no P, and every rating traces to evidence.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/compiler/compile.ts';
import { planOf } from '../compiler/helpers.ts';
import { validateScenario } from '../../src/compiler/scenario/validate.ts';
import { buildAar } from '../../src/engine/aar.ts';
import { renderAarMarkdown } from '../../src/engine/aar-markdown.ts';
import { replay } from '../../src/engine/reduce.ts';
import { scoreExercise } from '../../src/engine/score.ts';
import { type ExerciseAction } from '../../src/engine/actions.ts';

const DIR = 'test/fixtures/scenarios/published/';
const plan = planOf(compilePlan('content', { today: '2026-11-27' }));
const EXERCISES = ['ddos-ransom-discussion', 'soc-timed-envelopes'];

function play(name: string, team: 'strong' | 'weak') {
  const result = validateScenario(plan, readFileSync(`${DIR}${name}.yaml`, 'utf8'), `${name}.yaml`);
  if (!result.scenario) throw new Error(result.problems.map((p) => p.message).join('\n'));
  const log = JSON.parse(readFileSync(`${DIR}${name}.${team}.log.json`, 'utf8')) as ExerciseAction[];
  const state = replay(plan, result.scenario, log);
  return { state, card: scoreExercise(plan, state), problems: result.problems, scenario: result.scenario };
}

describe('published exercises, a strong and a weak team', () => {
  for (const name of EXERCISES) {
    it(`${name}: validates with no problem and replays both logs without a refused action`, () => {
      for (const team of ['strong', 'weak'] as const) {
        const { state, problems } = play(name, team);
        expect(problems).toEqual([]);
        expect(state.errors).toEqual([]);
        expect(state.status).toBe('ended');
      }
    });

    it(`${name}: rates the strong team P or S on every exercised objective`, () => {
      const { card } = play(name, 'strong');
      const rated = card.objectives.filter((o) => o.rating);
      expect(rated.length).toBeGreaterThanOrEqual(card.objectives.length - 1);
      for (const o of rated)
        expect([o.objective.id, o.rating, o.reason]).toEqual([
          o.objective.id,
          expect.stringMatching(/^[PS]$/),
          o.reason,
        ]);
    });

    it(`${name}: gives the weak team no P, and at least one objective M or U`, () => {
      const { card } = play(name, 'weak');
      const ratings = card.objectives.map((o) => o.rating).filter(Boolean);
      expect(ratings).not.toContain('P');
      expect(ratings.some((r) => r === 'M' || r === 'U')).toBe(true);
    });

    it(`${name}: traces every scored outcome of the strong team to evidence in the log`, () => {
      const { card, state } = play(name, 'strong');
      const seqs = new Set([...state.decisions.map((d) => d.seq), ...state.answers.map((a) => a.seq)]);
      for (const e of card.expectations.filter((x) => x.status !== 'missed'))
        expect(seqs.has(e.evidence!.seq), e.id).toBe(true);
      const md = renderAarMarkdown(buildAar(plan, state));
      expect(md).toContain('## Appendix A: Improvement plan');
    });
  }

  it('counts discussed answers as evidence in the discussion-based exercise, and withdraws the ones judged insufficient', () => {
    const strong = play('ddos-ransom-discussion', 'strong').card;
    const impact = strong.expectations.find((e) => e.id === 'activity:service-outage/measure-impact')!;
    expect([impact.status, impact.evidence?.via]).toEqual(['met', 'discussion']);
    const weak = play('ddos-ransom-discussion', 'weak').card;
    expect(weak.expectations.find((e) => e.id === 'activity:service-outage/mitigate-ddos-traffic')).toBeUndefined();
    expect(weak.openAtEnd.map((e) => e.id)).toContain('activity:service-outage/mitigate-ddos-traffic');
  });
});
