import { describe, expect, it } from 'vitest';
import { acquireWriterLock, lockName, type LockManagerLike } from '../../src/simulator/writer-lock.ts';
import { fakeLocks, flush } from './fake-locks.ts';

const NAME = lockName('s1');

describe('writer lock of a session', () => {
  it('makes the first console of a session the writer and a second one a reader', async () => {
    const locks = fakeLocks();
    const first = await acquireWriterLock('s1', locks.client('a'));
    const second = await acquireWriterLock('s1', locks.client('b'));
    expect([first.writable(), second.writable()]).toEqual([true, false]);
    expect(locks.holder(NAME)).toBe('a');
  });

  it('keeps consoles of different sessions independent', async () => {
    const locks = fakeLocks();
    await acquireWriterLock('s1', locks.client('a'));
    const other = await acquireWriterLock('s2', locks.client('b'));
    expect(other.writable()).toBe(true);
  });

  it('hands the lock to the reader when it takes over and turns the old writer into a reader', async () => {
    const locks = fakeLocks();
    const first = await acquireWriterLock('s1', locks.client('a'));
    const second = await acquireWriterLock('s1', locks.client('b'));
    const heard: boolean[] = [];
    first.subscribe((w) => heard.push(w));
    await second.takeOver();
    await flush();
    expect([first.writable(), second.writable(), locks.holder(NAME)]).toEqual([false, true, 'b']);
    expect(heard).toEqual([false]);
  });

  it('lets the window that lost the lock take it back', async () => {
    const locks = fakeLocks();
    const first = await acquireWriterLock('s1', locks.client('a'));
    const second = await acquireWriterLock('s1', locks.client('b'));
    await second.takeOver();
    await flush();
    await first.takeOver();
    await flush();
    expect([first.writable(), second.writable(), locks.holder(NAME)]).toEqual([true, false, 'a']);
  });

  it('makes the reader the writer when the writer window closes', async () => {
    const locks = fakeLocks();
    await acquireWriterLock('s1', locks.client('a'));
    const second = await acquireWriterLock('s1', locks.client('b'));
    const heard: boolean[] = [];
    second.subscribe((w) => heard.push(w));
    locks.close('a');
    await flush();
    expect(second.writable()).toBe(true);
    expect(heard).toEqual([true]);
  });

  it('makes the old writer the writer again when the window that took over closes', async () => {
    const locks = fakeLocks();
    const first = await acquireWriterLock('s1', locks.client('a'));
    const second = await acquireWriterLock('s1', locks.client('b'));
    await second.takeOver();
    await flush();
    locks.close('b');
    await flush();
    expect(first.writable()).toBe(true);
  });

  it('gives the lock back on release so a reloaded console is the writer again', async () => {
    const locks = fakeLocks();
    const first = await acquireWriterLock('s1', locks.client('a'));
    first.release();
    await flush();
    expect(first.writable()).toBe(false);
    const reloaded = await acquireWriterLock('s1', locks.client('a2'));
    expect(reloaded.writable()).toBe(true);
  });

  it('stops queueing once released, so a closed reader never becomes the writer', async () => {
    const locks = fakeLocks();
    const first = await acquireWriterLock('s1', locks.client('a'));
    const second = await acquireWriterLock('s1', locks.client('b'));
    second.release();
    first.release();
    await flush();
    expect([second.writable(), locks.holder(NAME)]).toEqual([false, undefined]);
  });

  it('is writable without the Web Locks API', async () => {
    const lock = await acquireWriterLock('s1', undefined);
    expect(lock.writable()).toBe(true);
  });

  it('is writable when the browser refuses lock requests', async () => {
    const refusing: LockManagerLike = {
      request: () => Promise.reject(Object.assign(new Error('no'), { name: 'SecurityError' })),
    };
    const lock = await acquireWriterLock('s1', refusing);
    expect(lock.writable()).toBe(true);
  });
});
