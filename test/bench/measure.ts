/** What a benchmark section reports, and the timing helper the sections share. */

/** One measured figure: what, the value, its unit, and the target it is held to. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** Human target, e.g. "< 1000 ms". */
  target?: string;
  /** Whether the value meets the target. */
  ok?: boolean;
  /** Printed after the target, e.g. the CPU-time ratio beside a wall-clock one. */
  note?: string;
}

/** A benchmark section. */
export interface BenchSection {
  title: string;
  run(): Promise<Figure[]>;
}

/** Median wall time of `runs` calls of `f` after one warm-up call, in ms rounded to `decimals`. */
export function medianMs(f: () => unknown, runs = 5, decimals = 0): number {
  f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    f();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const scale = 10 ** decimals;
  return Math.round(times[Math.floor(runs / 2)] * scale) / scale;
}
