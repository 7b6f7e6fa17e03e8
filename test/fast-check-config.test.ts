import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_DEEP_RUNS, DEFAULT_SEED, deepRuns, seedFromEnv } from './setup/fast-check.ts';

afterEach(() => vi.unstubAllEnvs());

describe('fast-check configuration', () => {
  it('runs every property of this run with the seed the environment asks for (the fixed one unless FC_SEED is set)', () => {
    expect(fc.readConfigureGlobal().seed).toBe(seedFromEnv());
  });

  it('pins the seed unless FC_SEED names another or asks for a random one', () => {
    vi.stubEnv('FC_SEED', '');
    expect(seedFromEnv()).toBe(DEFAULT_SEED);
    vi.stubEnv('FC_SEED', '-42');
    expect(seedFromEnv()).toBe(-42);
    vi.stubEnv('FC_SEED', 'random');
    expect(seedFromEnv()).toBeUndefined();
  });

  it('tries a few cases of the long properties unless FC_RUNS asks for more', () => {
    vi.stubEnv('FC_RUNS', '');
    expect(deepRuns()).toBe(DEFAULT_DEEP_RUNS);
    vi.stubEnv('FC_RUNS', '20000');
    expect(deepRuns()).toBe(20_000);
  });

  it('refuses a seed or a run count that is not a whole number, naming the variable', () => {
    vi.stubEnv('FC_SEED', '12abc');
    expect(() => seedFromEnv()).toThrow(
      'FC_SEED must be an integer of at least -2147483648, or "random" (got "12abc")',
    );
    vi.stubEnv('FC_RUNS', '0');
    expect(() => deepRuns()).toThrow('FC_RUNS must be an integer of at least 1 (got "0")');
  });
});
