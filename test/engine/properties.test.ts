/** Property tests over random action sequences against the minimal scenario. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAar } from '../../src/engine/aar.ts';
import { evaluate, OUTCOMES } from '../../src/engine/expectations.ts';
import { initialize } from '../../src/engine/initialize.ts';
import { reduce, replay } from '../../src/engine/reduce.ts';
import { renderAarMarkdown } from '../../src/engine/aar-markdown.ts';
import { scoreExercise } from '../../src/engine/score.ts';
import type { ExerciseAction } from '../../src/engine/actions.ts';
import { findNextDue } from '../../src/engine/triggers.ts';
import { loadScenario, minimalPlan } from './helpers.ts';

const { scenario } = loadScenario();
const plan = minimalPlan();
const decisions = scenario.injects.flatMap((i) => i.decisions);
const H = 3_600_000;

const time = fc.oneof(fc.integer({ min: 0, max: 90 * H }), fc.constantFrom(0, 15 * 60_000, 2 * H, 48 * H));
const role = fc.constantFrom('incident-commander', 'deputy', 'dpo', 'nobody');
const action: fc.Arbitrary<ExerciseAction> = fc.oneof(
  time.map((at) => ({ type: 'exercise/start', at }) as ExerciseAction),
  time.map((at) => ({ type: 'clock/tick', at }) as ExerciseAction),
  time.map((at) => ({ type: 'clock/pause', at }) as ExerciseAction),
  time.map((at) => ({ type: 'clock/resume', at }) as ExerciseAction),
  time.map((at) => ({ type: 'clock/jump', at }) as ExerciseAction),
  time.map((at) => ({ type: 'exercise/end', at }) as ExerciseAction),
  fc
    .record({ at: time, inject: fc.constantFrom(...scenario.injects.map((i) => i.id), 'nope') })
    .map((a) => ({ type: 'inject/deliver', ...a }) as ExerciseAction),
  fc.record({ at: time, subject: fc.string(), facts: fc.array(fc.constantFrom('press-aware', 'x')) }).map(
    ({ at, subject, facts }) =>
      ({
        type: 'inject/ad-hoc',
        at,
        inject: { to: ['dpo'], channel: 'chat', from: 'f', subject, body: 'b', reveals: { facts } },
      }) as ExerciseAction,
  ),
  fc
    .record({ at: time, d: fc.integer({ min: 0, max: decisions.length }), o: fc.integer({ min: 0, max: 3 }), by: role })
    .map(({ at, d, o, by }) => {
      const decision = decisions[d];
      return {
        type: 'decision/take',
        at,
        decision: decision?.id ?? 'nope',
        option: decision?.options[o]?.id ?? 'nope',
        by,
      } as ExerciseAction;
    }),
  fc.record({ at: time, text: fc.string() }).map((a) => ({ type: 'note/add', ...a }) as ExerciseAction),
  fc.anything().map((x) => x as ExerciseAction),
);
/** Logs that mostly start the exercise first, so that something happens. */
const log = fc
  .tuple(fc.boolean(), fc.array(action, { maxLength: 40 }))
  .map(([s, rest]) => (s ? [{ type: 'exercise/start', at: 0 } as ExerciseAction, ...rest] : rest));

describe('engine properties', () => {
  it('never throws, and never moves the clock backwards', () => {
    fc.assert(
      fc.property(log, (actions) => {
        let state = initialize(plan, scenario);
        for (const a of actions) {
          const next = reduce(state, a);
          expect(next.now).toBeGreaterThanOrEqual(state.now);
          expect(next.seq).toBe(state.seq + 1);
          state = next;
        }
        renderAarMarkdown(buildAar(plan, state));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the next due inject in the state equal to a fresh search after every action, and never past it undelivered', () => {
    fc.assert(
      fc.property(log, (actions) => {
        let state = initialize(plan, scenario);
        for (const a of actions) {
          state = reduce(state, a);
          expect(state.due).toEqual(findNextDue(state));
          if (state.status !== 'ready' && state.due) expect(state.due.at).toBeGreaterThan(state.now);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('replays the same log to deep-equal states, equal to folding reduce', () => {
    fc.assert(
      fc.property(log, (actions) => {
        const once = replay(plan, scenario, actions);
        expect(replay(plan, scenario, actions)).toEqual(once);
        expect(actions.reduce(reduce, initialize(plan, scenario))).toEqual(once);
        expect(JSON.parse(JSON.stringify(once))).toEqual(once);
      }),
      { numRuns: 200 },
    );
  });

  it('scores every expectation in exactly one outcome or leaves it not reached, never both, by the end-time rule', () => {
    const seen = { missed: 0, notReached: 0 };
    fc.assert(
      fc.property(log, (actions) => {
        const state = replay(plan, scenario, actions);
        const card = scoreExercise(plan, state);
        const end = card.endedAt;
        // Every expectation the plan and scenario imply for this log: scored, or not reached, exactly once.
        const ids = [...card.expectations, ...card.notReached].map((e) => e.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect([...ids].sort()).toEqual(
          evaluate(plan, state)
            .map((e) => e.id)
            .sort(),
        );
        for (const e of card.expectations) expect(OUTCOMES).toContain(e.status);
        for (const e of card.notReached) {
          // Not reached: not done, and a deadline after the end or a clock that never started.
          expect(e.status).toBe('not-reached');
          expect(e.evidence).toBeUndefined();
          expect(e.rule).not.toBe('by the end of the exercise');
          if (e.deadline !== undefined) expect(e.deadline).toBeGreaterThan(end);
          seen.notReached++;
        }
        for (const e of card.expectations.filter((x) => x.status === 'missed')) {
          // Missed: a deadline at or before the end, or none at all (due by the end of the exercise).
          expect(e.evidence).toBeUndefined();
          if (e.deadline === undefined) expect(e.rule).toBe('by the end of the exercise');
          else expect(e.deadline).toBeLessThanOrEqual(end);
          seen.missed++;
        }
        const sum = OUTCOMES.reduce((n, o) => n + card.totals[o], 0);
        expect(sum).toBe(card.totals.total);
        expect(card.totals.total).toBe(card.expectations.length);
        for (const o of card.objectives) {
          const mine = (list: { id: string; objectives: string[] }[]) =>
            list.filter((e) => e.objectives.includes(o.objective.id)).map((e) => e.id);
          expect([o.expectations, o.notReached]).toEqual([mine(card.expectations), mine(card.notReached)]);
          expect(o.tally.total).toBe(o.expectations.length);
          // An objective with nothing scored is not exercised (no rating), never U.
          expect(o.rating === undefined).toBe(o.expectations.length === 0);
        }
      }),
      { numRuns: 300 },
    );
    // The random logs must reach both sides of the rule, or the property proves nothing.
    expect(seen.missed).toBeGreaterThan(0);
    expect(seen.notReached).toBeGreaterThan(0);
  });
});
