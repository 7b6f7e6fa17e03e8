/**
 * Loading incident mode's code on first need (src/incident/load-on-demand.ts): at once when told,
 * else on the first intent event on the root or once the page is idle, only once, and never mounted
 * after it was stopped. Runs without a DOM: the root is a plain EventTarget, and with no idle
 * callbacks in Node the idle wait is the 200 ms timeout that stands in for them.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountOnDemand } from '../../src/incident/load-on-demand.ts';

/** An importer that records its calls and mounts, and resolves when the test says. */
function fakeView() {
  const calls = { imports: 0, mounts: 0, unmounts: 0 };
  const importer = () => {
    calls.imports++;
    return Promise.resolve(() => {
      calls.mounts++;
      return () => void calls.unmounts++;
    });
  };
  return { calls, importer };
}
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('mountOnDemand', () => {
  it('loads and mounts at once when there is something to show', async () => {
    const { calls, importer } = fakeView();
    mountOnDemand(new EventTarget(), importer, { now: true, intent: ['focusin'] });
    await settle();
    expect(calls).toEqual({ imports: 1, mounts: 1, unmounts: 0 });
  });

  it('waits for the first intent event on the root, then loads once however many follow', async () => {
    const root = new EventTarget();
    const { calls, importer } = fakeView();
    mountOnDemand(root, importer, { now: false, intent: ['focusin', 'pointerdown'] });
    root.dispatchEvent(new Event('keydown'));
    await settle();
    expect(calls.imports).toBe(0);
    root.dispatchEvent(new Event('pointerdown'));
    root.dispatchEvent(new Event('focusin'));
    await settle();
    expect(calls).toEqual({ imports: 1, mounts: 1, unmounts: 0 });
  });

  it('loads once the page is idle when asked to, and not before', async () => {
    const { calls, importer } = fakeView();
    mountOnDemand(new EventTarget(), importer, { now: false, intent: ['focusin'], idle: true });
    await vi.advanceTimersByTimeAsync(150);
    expect(calls.imports).toBe(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(calls.mounts).toBe(1);
  });

  it('mounts nothing when stopped while its code loads, and unmounts what it mounted when stopped after', async () => {
    const early = fakeView();
    mountOnDemand(new EventTarget(), early.importer, { now: true, intent: [] }).stop();
    await settle();
    expect(early.calls).toEqual({ imports: 1, mounts: 0, unmounts: 0 });

    const late = fakeView();
    const view = mountOnDemand(new EventTarget(), late.importer, { now: true, intent: [] });
    await settle();
    view.stop();
    expect(late.calls).toEqual({ imports: 1, mounts: 1, unmounts: 1 });
  });

  it('stops waiting when stopped: neither an intent event nor idle time loads it afterwards', async () => {
    const root = new EventTarget();
    const { calls, importer } = fakeView();
    mountOnDemand(root, importer, { now: false, intent: ['focusin'], idle: true }).stop();
    root.dispatchEvent(new Event('focusin'));
    await vi.advanceTimersByTimeAsync(3000);
    expect(calls.imports).toBe(0);
  });
});
