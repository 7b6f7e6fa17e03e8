import { describe, expect, it } from 'vitest';
import { initialize } from '../../src/engine/initialize.ts';
import { reduce, replay } from '../../src/engine/reduce.ts';
import { refusal } from '../../src/engine/selectors.ts';
import type { ExerciseAction } from '../../src/engine/actions.ts';
import type { ExerciseState } from '../../src/engine/state.ts';
import { contingencyInjects, nextInjectTime, openDecisions, timeline } from '../../src/engine/selectors.ts';
import { loadScenario, minimalPlan } from './helpers.ts';

const H = 3_600_000;
const M = 60_000;
const { scenario } = loadScenario();
const fresh = () => initialize(minimalPlan(), scenario);
const run = (...log: ExerciseAction[]) => replay(minimalPlan(), scenario, log);
const started = () => reduce(fresh(), { type: 'exercise/start', at: 0 });

describe('reducer steps', () => {
  it('delivers the T+00:00 inject when the exercise starts and opens its decision', () => {
    const state = reduce(fresh(), { type: 'exercise/start', at: 0 });
    expect(state.status).toBe('running');
    expect(state.delivered.map((d) => d.inject)).toEqual(['paste-found']);
    expect(openDecisions(state).map((d) => d.decision.id)).toEqual(['declare-severity', 'page']);
    expect(state.facts.anchors).toEqual({ detection: 0, awareness: 0 });
  });

  it('does not modify the state it is given', () => {
    const before = started();
    const copy = structuredClone(before);
    reduce(before, { type: 'clock/tick', at: 49 * H });
    reduce(before, {
      type: 'decision/take',
      at: 0,
      decision: 'declare-severity',
      option: 'sev1',
      by: 'incident-commander',
    });
    expect(before).toEqual(copy);
  });

  it('delivers a scheduled inject at its own time when a tick passes it', () => {
    const state = reduce(started(), { type: 'clock/tick', at: 50 * H });
    const reminder = state.delivered.find((d) => d.inject === 'dpa-reminder');
    expect(reminder?.at).toBe(48 * H);
    expect(state.now).toBe(50 * H);
  });

  it('branches: the journalist calls at T+02:00 only if the team chose to wait', () => {
    const waited = run(
      { type: 'exercise/start', at: 0 },
      { type: 'decision/take', at: 10 * M, decision: 'declare-severity', option: 'wait', by: 'incident-commander' },
      { type: 'clock/tick', at: 3 * H },
    );
    expect(waited.deliveredAt).toEqual({ 'paste-found': 0, journalist: 2 * H });
    const declared = run(
      { type: 'exercise/start', at: 0 },
      { type: 'decision/take', at: 10 * M, decision: 'declare-severity', option: 'sev1', by: 'incident-commander' },
      { type: 'clock/tick', at: 3 * H },
    );
    expect(declared.deliveredAt).toEqual({ 'paste-found': 0 });
  });

  it('delivers a triggered inject at once when its condition becomes true after its earliest time', () => {
    const state = run(
      { type: 'exercise/start', at: 0 },
      { type: 'clock/tick', at: 5 * H },
      { type: 'decision/take', at: 5 * H, decision: 'declare-severity', option: 'wait', by: 'incident-commander' },
    );
    expect(state.deliveredAt.journalist).toBe(5 * H);
  });

  it('records the plan actions of the chosen option with the role and time', () => {
    const state = run(
      { type: 'exercise/start', at: 0 },
      {
        type: 'decision/take',
        at: 7 * M,
        decision: 'declare-severity',
        option: 'sev1',
        by: 'deputy',
        rationale: 'data is public',
      },
    );
    expect(state.acts.map((a) => [a.kind, a.target, a.by, a.at])).toEqual([
      ['declare', 'sev1', 'deputy', 7 * M],
      ['perform', 'breach/declare', 'deputy', 7 * M],
    ]);
    expect(state.facts.anchors.declaration).toBe(7 * M);
    expect(state.decisions[0].rationale).toBe('data is public');
  });

  it('refuses a clock that goes backwards and leaves the state as it was', () => {
    const at2h = reduce(started(), { type: 'clock/tick', at: 2 * H });
    const after = reduce(at2h, { type: 'clock/tick', at: H });
    expect(after.now).toBe(2 * H);
    expect(after.errors.map((e) => e.message)).toEqual([
      'the clock cannot go backwards: T+01:00 is before the current time T+02:00',
    ]);
    expect({ ...after, errors: [], seq: 0 }).toEqual({ ...at2h, seq: 0 });
  });

  it('refuses to move time while paused but accepts a decision at the paused time', () => {
    let state = reduce(started(), { type: 'clock/pause', at: 30 * M });
    state = reduce(state, { type: 'clock/tick', at: H });
    expect(state.errors.at(-1)?.message).toBe('the clock is paused at T+00:30; resume it before moving time forward');
    state = reduce(state, {
      type: 'decision/take',
      at: 30 * M,
      decision: 'declare-severity',
      option: 'sev2',
      by: 'incident-commander',
    });
    expect(state.taken).toEqual({ 'declare-severity': 'sev2' });
    state = reduce(reduce(state, { type: 'clock/resume', at: 30 * M }), { type: 'clock/tick', at: H });
    expect([state.now, state.status, state.errors.length]).toEqual([H, 'running', 1]);
  });

  it('refuses a decision whose inject has not been delivered, an unknown option and a second answer', () => {
    let state = reduce(started(), { type: 'decision/take', at: 0, decision: 'notify', option: 'yes', by: 'dpo' });
    state = reduce(state, {
      type: 'decision/take',
      at: 0,
      decision: 'declare-severity',
      option: 'sev9',
      by: 'incident-commander',
    });
    state = reduce(state, {
      type: 'decision/take',
      at: 0,
      decision: 'declare-severity',
      option: 'sev1',
      by: 'incident-commander',
    });
    state = reduce(state, {
      type: 'decision/take',
      at: 0,
      decision: 'declare-severity',
      option: 'sev2',
      by: 'incident-commander',
    });
    expect(state.errors.map((e) => e.message)).toEqual([
      'decision "notify" is not open yet: inject "dpa-reminder" has not been delivered',
      'decision "declare-severity" has no option "sev9"; choose one of sev1, sev2, wait',
      'decision "declare-severity" was already taken (option "sev1")',
    ]);
  });

  it('accepts a decision at a later time once the clock has delivered its inject, and refuses it otherwise without moving time', () => {
    const ok = reduce(started(), { type: 'decision/take', at: 49 * H, decision: 'notify', option: 'yes', by: 'dpo' });
    expect([ok.now, ok.taken.notify, ok.errors.length]).toEqual([49 * H, 'yes', 0]);
    const early = reduce(started(), {
      type: 'decision/take',
      at: 47 * H,
      decision: 'notify',
      option: 'yes',
      by: 'dpo',
    });
    expect([early.now, early.errors.length]).toEqual([0, 1]);
  });

  it('jumps the clock to the next inject that falls due', () => {
    const state = reduce(started(), { type: 'clock/jump', at: 10 * M });
    expect([state.now, state.delivered.at(-1)?.inject]).toEqual([48 * H, 'dpa-reminder']);
    expect(nextInjectTime(state)).toBeUndefined();
    const none = reduce(state, { type: 'clock/jump', at: 48 * H });
    expect(none.errors.at(-1)?.message).toBe(
      'no scripted inject is still to come after T+48:00; fire a contingency inject or end the exercise',
    );
  });

  it('lets the facilitator fire a contingency inject once, and write an ad-hoc one', () => {
    expect(contingencyInjects(started()).map((i) => i.id)).toEqual(['regulator-call']);
    let state = reduce(started(), { type: 'inject/deliver', at: H, inject: 'regulator-call' });
    state = reduce(state, { type: 'inject/deliver', at: H, inject: 'regulator-call' });
    state = reduce(state, {
      type: 'inject/ad-hoc',
      at: H,
      inject: {
        to: ['dpo'],
        channel: 'chat',
        from: 'CEO',
        subject: 'Are we OK?',
        body: 'Call me.',
        reveals: { facts: ['ceo-worried'] },
      },
    });
    expect(state.delivered.map((d) => [d.inject, d.by])).toEqual([
      ['paste-found', 'script'],
      ['regulator-call', 'facilitator'],
      ['ad-hoc-1', 'ad-hoc'],
    ]);
    expect(state.errors.map((e) => e.message)).toEqual(['inject "regulator-call" was already delivered at T+01:00']);
    expect(contingencyInjects(state)).toEqual([]);
    expect(state.facts.revealed).toEqual({ 'ceo-worried': H });
  });

  it('accepts nothing after the end and nothing before the start', () => {
    expect(reduce(fresh(), { type: 'clock/tick', at: 5 }).errors[0].message).toBe(
      'the exercise has not started; send "exercise/start" first',
    );
    const ended = reduce(started(), { type: 'exercise/end', at: 2 * H });
    expect([ended.status, ended.endedAt]).toEqual(['ended', 2 * H]);
    expect(reduce(ended, { type: 'note/add', at: 3 * H, text: 'late' }).errors[0].message).toBe(
      'the exercise ended at T+02:00; no action is accepted after the end',
    );
  });

  it('records garbage as an error instead of throwing', () => {
    const bad = [
      null,
      42,
      { type: 'clock/warp', at: 1 },
      { type: 'clock/tick' },
      { type: 'clock/tick', at: -1 },
      { type: 'note/add', at: 1, text: '' },
    ];
    const state = bad.reduce<ExerciseState>((s, a) => reduce(s, a as ExerciseAction), started());
    expect(state.errors.map((e) => e.message)).toEqual([
      'unknown action type undefined; use one of exercise/start, clock/tick, clock/pause, clock/resume, clock/jump, inject/deliver, inject/ad-hoc, decision/take, note/add, question/answer, observation/add, answer/insufficient, review/outcome, activity/done, exercise/end',
      'unknown action type undefined; use one of exercise/start, clock/tick, clock/pause, clock/resume, clock/jump, inject/deliver, inject/ad-hoc, decision/take, note/add, question/answer, observation/add, answer/insufficient, review/outcome, activity/done, exercise/end',
      'unknown action type "clock/warp"; use one of exercise/start, clock/tick, clock/pause, clock/resume, clock/jump, inject/deliver, inject/ad-hoc, decision/take, note/add, question/answer, observation/add, answer/insufficient, review/outcome, activity/done, exercise/end',
      '"clock/tick" needs "at", the scenario time in milliseconds since T+0 (got undefined)',
      '"clock/tick" needs "at", the scenario time in milliseconds since T+0 (got -1)',
      'a note needs some text',
    ]);
    expect(state.now).toBe(0);
  });

  it('orders the timeline by time, then by the order things happened', () => {
    const state = run(
      { type: 'exercise/start', at: 0 },
      { type: 'note/add', at: 0, text: 'Players read the inject', by: 'facilitator' },
      { type: 'decision/take', at: 5 * M, decision: 'declare-severity', option: 'wait', by: 'incident-commander' },
      { type: 'clock/tick', at: 2 * H },
    );
    expect(timeline(state).map((t) => [t.at, t.kind, t.who])).toEqual([
      [0, 'inject', 'Sam, threat intelligence'],
      [0, 'note', 'facilitator'],
      [5 * M, 'decision', 'incident-commander'],
      [2 * H, 'inject', 'A journalist'],
    ]);
  });

  it('replays a log to the same state as folding reduce over it', () => {
    const log: ExerciseAction[] = [
      { type: 'exercise/start', at: 0 },
      { type: 'decision/take', at: 5 * M, decision: 'declare-severity', option: 'wait', by: 'incident-commander' },
      { type: 'clock/tick', at: 3 * H },
      { type: 'clock/tick', at: H },
      { type: 'decision/take', at: 3 * H, decision: 'press-line', option: 'holding', by: 'incident-commander' },
      { type: 'clock/jump', at: 3 * H },
      { type: 'exercise/end', at: 60 * H },
    ];
    expect(replay(minimalPlan(), scenario, log)).toEqual(log.reduce(reduce, fresh()));
  });
});

describe('one way to apply an action', () => {
  it('says why the last action was refused, and nothing once an action is accepted', () => {
    const refused = reduce(started(), { type: 'clock/tick', at: -1 });
    expect(refusal(refused)).toMatch(/needs "at"/);
    expect(refusal(reduce(refused, { type: 'clock/tick', at: M }))).toBeUndefined();
    expect(refusal(fresh())).toBeUndefined();
  });

  it('shares every list the action did not change with the state before it', () => {
    const before = started();
    const after = reduce(before, { type: 'note/add', at: M, text: 'Call the DPO' });
    expect(after.notes).not.toBe(before.notes);
    for (const key of [
      'delivered',
      'deliveredAt',
      'decisions',
      'taken',
      'acts',
      'facts',
      'errors',
      'activated',
    ] as const)
      expect(after[key]).toBe(before[key]);
  });

  it('leaves a refused action no trace but its error, even when checking it moved time and delivered an inject', () => {
    const before = started();
    const after = reduce(before, {
      type: 'decision/take',
      at: 50 * H,
      decision: 'declare-severity',
      option: 'nonsense',
      by: 'incident-commander',
    });
    expect(after.errors).toHaveLength(1);
    expect({ ...after, errors: before.errors, seq: before.seq }).toEqual(before);
  });
});
