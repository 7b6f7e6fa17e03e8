import { describe, expect, it } from 'vitest';
import { createExerciseStore, READ_ONLY_MESSAGE } from '../../src/simulator/store.ts';
import { openRepository } from '../../src/simulator/storage.ts';
import { acquireWriterLock } from '../../src/simulator/writer-lock.ts';
import { fakeLocks, flush } from './fake-locks.ts';
import { manualWall, memoryStorage, minimalPlan, newSession } from './helpers.ts';

/** Two console windows of one session sharing one localStorage and one lock manager. */
async function twoWindows() {
  const kv = memoryStorage();
  const repository = openRepository(kv);
  repository.create(newSession());
  const locks = fakeLocks();
  const wall = manualWall();
  const open = async (client: string) => {
    const loaded = repository.load('session1');
    if (!loaded.ok) throw new Error(loaded.message);
    const lock = await acquireWriterLock('session1', locks.client(client));
    return createExerciseStore({ plan: minimalPlan(), session: loaded.session, repository, wall: wall.now, lock });
  };
  const first = await open('a');
  const second = await open('b');
  const savedLog = () => {
    const r = repository.load('session1');
    return r.ok ? r.session.log.map((a) => a.type) : r.message;
  };
  return { first, second, locks, wall, savedLog, repository };
}

describe('exercise store with a writer lock', () => {
  it('opens the second window of a session read-only and refuses its commands without saving', async () => {
    const { first, second, savedLog } = await twoWindows();
    expect([first.get().readOnly ?? false, second.get().readOnly]).toEqual([false, true]);
    second.start();
    second.note('from the second window');
    expect(savedLog()).toEqual([]);
    expect(second.get().message).toBe(READ_ONLY_MESSAGE);
    expect(second.get().state.status).toBe('ready');
  });

  it('never saves a clock tick from the read-only window', async () => {
    const { first, second, wall, savedLog } = await twoWindows();
    first.start();
    second.refresh();
    wall.advance(5 * 60_000);
    second.tick();
    expect(savedLog()).toEqual(['exercise/start']);
  });

  it('follows the writer on refresh', async () => {
    const { first, second } = await twoWindows();
    first.start();
    first.note('IC opens the bridge', 'scribe');
    second.refresh();
    expect(second.get().state.notes.map((n) => n.text)).toEqual(['IC opens the bridge']);
  });

  it("re-reads the saved log on taking over, so its first event follows the other window's", async () => {
    const { first, second, savedLog } = await twoWindows();
    first.start();
    first.note('written by the first window');
    await second.takeOver();
    await flush();
    expect(second.get().readOnly).toBeFalsy();
    expect(first.get().readOnly).toBe(true);
    second.note('written by the second window');
    expect(savedLog()).toEqual(['exercise/start', 'note/add', 'note/add']);
    expect(second.get().state.notes.map((n) => n.text)).toEqual([
      'written by the first window',
      'written by the second window',
    ]);
    first.note('late write from the old writer');
    expect(savedLog()).toHaveLength(3);
  });

  it('becomes writable when the writer window closes', async () => {
    const { first, second, locks, savedLog } = await twoWindows();
    first.start();
    locks.close('a');
    await flush();
    expect(second.get().readOnly).toBeFalsy();
    expect(second.get().state.status).toBe('running');
    second.pause();
    expect(savedLog()).toEqual(['exercise/start', 'clock/pause']);
  });

  it('refuses to append after events it has not seen and shows the saved log instead', () => {
    const kv = memoryStorage();
    const repository = openRepository(kv);
    repository.create(newSession());
    const wall = manualWall();
    const a = createExerciseStore({ plan: minimalPlan(), session: newSession(), repository, wall: wall.now });
    const b = createExerciseStore({ plan: minimalPlan(), session: newSession(), repository, wall: wall.now });
    a.start();
    a.note('seen only by window a');
    b.start();
    const saved = repository.load('session1');
    expect(saved.ok && saved.session.log.map((x) => x.type)).toEqual(['exercise/start', 'note/add']);
    expect(b.get().message).toMatch(/another window saved 2 event\(s\) first/);
    expect(b.get().state.notes.map((n) => n.text)).toEqual(['seen only by window a']);
  });
});
