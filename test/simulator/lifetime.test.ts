import { afterEach, describe, expect, it, vi } from 'vitest';
import { lifetime } from '../../src/simulator/views/lifetime.ts';

afterEach(() => vi.useRealTimers());

describe('a view lifetime', () => {
  it('stops its interval when it ends, so a disconnected view no longer ticks', () => {
    vi.useFakeTimers();
    const life = lifetime();
    const frame = vi.fn();
    life.every(250, frame);
    vi.advanceTimersByTime(1000);
    expect(frame).toHaveBeenCalledTimes(4);
    life.end();
    vi.advanceTimersByTime(1000);
    expect(frame).toHaveBeenCalledTimes(4);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('removes its listeners and runs its stops, last started first, once', () => {
    const life = lifetime();
    const target = new EventTarget();
    const heard = vi.fn();
    const order: string[] = [];
    life.listen(target, 'storage', heard);
    life.add(() => order.push('unsubscribe'));
    life.add(() => order.push('close'));
    target.dispatchEvent(new Event('storage'));
    life.end();
    life.end();
    target.dispatchEvent(new Event('storage'));
    expect(heard).toHaveBeenCalledTimes(1);
    expect(order).toEqual(['close', 'unsubscribe']);
  });

  it('stops at once what is started after it ended (a view removed while its session was opening)', () => {
    vi.useFakeTimers();
    const life = lifetime();
    life.end();
    const stop = vi.fn();
    life.add(stop);
    life.every(250, () => {});
    expect(stop).toHaveBeenCalledOnce();
    expect(vi.getTimerCount()).toBe(0);
  });
});
