import { describe, expect, it } from 'vitest';
import { createExerciseStore } from '../../src/simulator/store.ts';
import { openRepository } from '../../src/simulator/storage.ts';
import { openSync } from '../../src/simulator/sync.ts';
import { replay } from '../../src/engine/reduce.ts';
import { manualWall, memoryStorage, minimalPlan, newSession } from './helpers.ts';

const MIN = 60_000;

function setup() {
  const kv = memoryStorage();
  const repository = openRepository(kv);
  const session = newSession();
  repository.create(session);
  const wall = manualWall();
  const store = createExerciseStore({ plan: minimalPlan(), session, repository, wall: wall.now });
  return { kv, repository, wall, store };
}

describe('exercise store', () => {
  it('starts the exercise, delivers the T+0 inject and saves the start event with the wall-clock time it was played', () => {
    const { store, repository, wall } = setup();
    store.start();
    const { state, clock } = store.get();
    expect(state.status).toBe('running');
    expect(state.delivered.map((d) => d.inject)).toEqual(['paste-found']);
    expect(clock.running).toBe(true);
    const saved = repository.load('session1');
    expect(saved.ok && saved.session.log).toEqual([
      { type: 'exercise/start', at: 0, playedAt: new Date(wall.now()).toISOString() },
    ]);
  });

  it('stamps actions with the scenario time of the wall clock times the speed', () => {
    const { store, wall } = setup();
    store.start();
    store.setSpeed(10);
    wall.advance(30_000); // 5 scenario minutes at 10x
    store.note('IC joins the bridge', 'scribe');
    expect(store.get().state.notes).toEqual([{ text: 'IC joins the bridge', by: 'scribe', at: 5 * MIN, seq: 2 }]);
  });

  it('freezes scenario time while paused and resumes from the paused time', () => {
    const { store, wall } = setup();
    store.start();
    wall.advance(2 * MIN);
    store.pause();
    wall.advance(60 * MIN);
    expect(store.now()).toBe(2 * MIN);
    store.resume();
    wall.advance(MIN);
    expect(store.now()).toBe(3 * MIN);
  });

  it('saves a tick only when a scenario minute has passed', () => {
    const { store, wall, repository } = setup();
    store.start();
    wall.advance(30_000);
    store.tick();
    wall.advance(31_000);
    store.tick();
    const saved = repository.load('session1');
    expect(saved.ok && saved.session.log.map((a) => a.type)).toEqual(['exercise/start', 'clock/tick']);
  });

  it('jumps to the next inject and moves the clock there', () => {
    const { store } = setup();
    store.start();
    store.decide({
      decision: 'declare-severity',
      option: 'sev1',
      by: 'incident-commander',
      rationale: 'records confirmed',
    });
    store.jump();
    const { state } = store.get();
    expect(state.delivered.at(-1)?.inject).toBe('dpa-reminder');
    expect(store.now()).toBe(48 * 60 * MIN);
  });

  it('shows why a refused action was refused and saves nothing for it', () => {
    const { store, repository } = setup();
    store.start();
    store.decide({ decision: 'declare-severity', option: 'sev9', by: 'incident-commander' });
    expect(store.get().message).toBe(
      'decision "declare-severity" has no option "sev9"; choose one of sev1, sev2, wait',
    );
    expect(store.get().state.errors).toEqual([]);
    const saved = repository.load('session1');
    expect(saved.ok && saved.session.log).toHaveLength(1);
    store.note('next');
    expect(store.get().message).toBeUndefined();
  });

  it('replays the saved log to the same state after a reload', () => {
    const { store, repository, wall } = setup();
    store.start();
    wall.advance(3 * MIN);
    store.decide({ decision: 'declare-severity', option: 'wait', by: 'incident-commander' });
    store.adHoc({ to: ['dpo'], channel: 'chat', from: 'CEO', subject: 'Status?', body: 'What is going on?' });
    store.pause();
    const loaded = repository.load('session1');
    if (!loaded.ok) throw new Error(loaded.message);
    const reopened = createExerciseStore({ plan: minimalPlan(), session: loaded.session, repository, wall: wall.now });
    expect(reopened.get().state).toEqual(store.get().state);
    expect(reopened.get().state).toEqual(replay(minimalPlan(), loaded.session.scenario, loaded.session.log));
    expect(reopened.now()).toBe(3 * MIN);
  });

  it('reports a storage failure instead of losing the event silently', () => {
    const { store, kv } = setup();
    kv.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    store.start();
    expect(store.get().message).toBe('could not save the event (QuotaExceededError); export the session now');
    expect(store.get().state.status).toBe('ready');
  });

  it('notifies subscribers at once and after each change, until they unsubscribe', () => {
    const { store } = setup();
    const seen: string[] = [];
    const off = store.subscribe((s) => seen.push(s.state.status));
    store.start();
    off();
    store.pause();
    expect(seen).toEqual(['ready', 'running']);
  });

  it('accepts nothing after the end and stops the clock', () => {
    const { store, wall } = setup();
    store.start();
    wall.advance(MIN);
    store.end();
    wall.advance(MIN);
    expect(store.now()).toBe(MIN);
    store.note('late');
    expect(store.get().message).toMatch(/the exercise ended at T\+00:01/);
  });

  it('keeps an edited improvement plan in the saved session', () => {
    const { store, repository } = setup();
    store.saveImprovements([
      {
        id: 'ip-1',
        objective: 'declare',
        issue: 'No bridge',
        correctiveAction: 'Create one',
        responsibleRole: 'incident-commander',
        dueDate: '2026-07-01',
      },
    ]);
    const saved = repository.load('session1');
    expect(saved.ok && saved.session.improvements?.[0].correctiveAction).toBe('Create one');
  });
});

describe('projector sync', () => {
  it('tells another window that a session changed, and that window re-reads it', () => {
    const channels: { name: string; listeners: ((e: MessageEvent) => void)[] }[] = [];
    const factory = (name: string) => {
      const me = { name, listeners: [] as ((e: MessageEvent) => void)[] };
      channels.push(me);
      return {
        postMessage: (data: unknown) =>
          channels
            .filter((c) => c !== me && c.name === name)
            .forEach((c) => c.listeners.forEach((l) => l({ data } as MessageEvent))),
        addEventListener: (_: string, l: (e: MessageEvent) => void) => me.listeners.push(l),
        removeEventListener: (_: string, l: (e: MessageEvent) => void) =>
          me.listeners.splice(me.listeners.indexOf(l), 1),
        close() {},
      } as unknown as BroadcastChannel;
    };
    const { repository, wall } = setup();
    const loaded = repository.load('session1');
    if (!loaded.ok) throw new Error(loaded.message);
    const console_ = createExerciseStore({
      plan: minimalPlan(),
      session: loaded.session,
      repository,
      sync: openSync(factory),
      wall: wall.now,
    });
    const projector = createExerciseStore({ plan: minimalPlan(), session: loaded.session, repository, wall: wall.now });
    const projectorSync = openSync(factory);
    let heard = 0;
    projectorSync.listen('other-session', () => heard--);
    projectorSync.listen('session1', () => {
      heard++;
      projector.refresh();
    });
    console_.start();
    expect(heard).toBe(1);
    expect(projector.get().state).toEqual(console_.get().state);
  });

  it('does nothing when BroadcastChannel is not available', () => {
    const sync = openSync(undefined);
    expect(() => sync.changed('x')).not.toThrow();
    expect(typeof sync.listen('x', () => {})).toBe('function');
  });
});
