/**
 * fast-check for every test file (a vitest setup file; tests import `deepRuns` from it too).
 *
 * - Seed: fixed, so `npm test` (and CI) tries the same cases on every run and a failure reproduces.
 *   `FC_SEED=<integer>` picks another seed; `FC_SEED=random` a new one each run. A failing property
 *   prints its seed and path; rerun with that `FC_SEED` (and the same `FC_RUNS`) to see it again.
 * - Runs: the long differential properties (the YAML fast way against the located way) try
 *   `deepRuns()` cases: 1,000 in `npm test`, `FC_RUNS` when set; `npm run test:deep` sets 20,000
 *   and a random seed, for a nightly run.
 */
import fc from 'fast-check';

/** The seed `npm test` uses unless `FC_SEED` says otherwise. */
export const DEFAULT_SEED = 20_261_127;
/** Cases a long differential property tries in `npm test`. */
export const DEFAULT_DEEP_RUNS = 1_000;

/** The integer in environment variable `name`, `undefined` when unset; throws with a sentence when it is not one. */
function integerFrom(name: string, min: number): number | undefined {
  const text = process.env[name]?.trim();
  if (!text) return undefined;
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < min)
    throw new Error(
      `${name} must be an integer of at least ${min}${name === 'FC_SEED' ? ', or "random"' : ''} (got "${text}")`,
    );
  return n;
}

/** The seed for this run: `undefined` lets fast-check draw one. */
export function seedFromEnv(): number | undefined {
  if (process.env.FC_SEED?.trim() === 'random') return undefined;
  return integerFrom('FC_SEED', -(2 ** 31)) ?? DEFAULT_SEED;
}

/** How many cases a long differential property tries: `FC_RUNS` when set, else {@link DEFAULT_DEEP_RUNS}. */
export function deepRuns(): number {
  return integerFrom('FC_RUNS', 1) ?? DEFAULT_DEEP_RUNS;
}

const seed = seedFromEnv();
fc.configureGlobal(seed === undefined ? {} : { seed });
