import { describe, expect, test } from 'vitest';
import { buildTimeFigures, medianBuild, type BuildComparison } from './handbook/build-time.ts';

/** Builds of each site, `[wall ms, cpu ms]` each; the handbook 300 pages, the chapters-only site 200 unless told. */
function comparison(
  handbook: [number, number][],
  sameCount: [number, number][],
  chapters: [number, number][],
  pages = { handbook: 300, chapters: 200 },
): BuildComparison {
  const site = (times: [number, number][], count: number) => ({
    times: times.map(([ms, cpuMs]) => ({ ms, cpuMs })),
    pages: count,
  });
  return {
    handbook: site(handbook, pages.handbook),
    sameCount: site(sameCount, pages.handbook),
    chapters: site(chapters, pages.chapters),
  };
}
const row = (figures: ReturnType<typeof buildTimeFigures>, start: string) =>
  figures.find((f) => f.name.startsWith(start))!;

describe('handbook build-time figures', () => {
  test('takes the median wall time and the median CPU time of a site each on its own', () => {
    expect(
      medianBuild({
        times: [
          { ms: 30, cpuMs: 5 },
          { ms: 10, cpuMs: 50 },
          { ms: 20, cpuMs: 40 },
        ],
        pages: 1,
      }),
    ).toEqual({ ms: 20, cpuMs: 40 });
    expect(medianBuild({ times: [{ ms: 30, cpuMs: 5 }, { ms: 10 }], pages: 1 })).toEqual({ ms: 30 });
  });

  test('holds the handbook to plain Starlight with as many pages at 1.25 times, with the CPU ratio beside it', () => {
    const within = buildTimeFigures(
      comparison(
        [
          [12_000, 20_000],
          [12_500, 21_000],
          [11_000, 19_000],
        ],
        [
          [10_000, 19_000],
          [10_100, 20_000],
          [9_000, 18_000],
        ],
        [
          [9_000, 15_000],
          [9_000, 15_000],
          [9_000, 15_000],
        ],
      ),
    );
    expect(row(within, 'handbook / plain Starlight with as many pages')).toMatchObject({
      value: 1.2,
      target: '≤ 1.25',
      ok: true,
      note: 'CPU 1.05×',
    });
    const over = buildTimeFigures(comparison([[13_000, 1_000]], [[10_000, 1_000]], [[9_000, 1_000]]));
    expect(row(over, 'handbook / plain Starlight with as many pages')).toMatchObject({ value: 1.3, ok: false });
  });

  test('holds the handbook per page built to plain Starlight with the chapters alone at 1.0 times', () => {
    // 300 pages in 15 s against 200 pages in 10 s: 50 ms a page each.
    const even = buildTimeFigures(comparison([[15_000, 30_000]], [[12_000, 24_000]], [[10_000, 10_000]]));
    expect(row(even, 'handbook / plain Starlight (chapters only), per page built')).toMatchObject({
      value: 1,
      target: '≤ 1.0',
      ok: true,
      note: 'CPU 2×',
    });
    const slower = buildTimeFigures(comparison([[15_300, 30_000]], [[12_000, 24_000]], [[10_000, 10_000]]));
    expect(row(slower, 'handbook / plain Starlight (chapters only), per page built')).toMatchObject({
      value: 1.02,
      ok: false,
    });
  });

  test('prints the chapters-only ratio for information, with no target', () => {
    const figures = buildTimeFigures(comparison([[15_000, 30_000]], [[12_000, 24_000]], [[10_000, 10_000]]));
    const info = row(figures, 'handbook / plain Starlight, chapters only');
    expect(info).toMatchObject({ value: 1.5, note: 'CPU 3×' });
    expect(info.ok).toBeUndefined();
    expect(figures.filter((f) => f.ok !== undefined)).toHaveLength(2);
  });

  test('leaves the CPU ratio out where CPU time cannot be read', () => {
    const figures = buildTimeFigures({
      handbook: { times: [{ ms: 12_000 }], pages: 300 },
      sameCount: { times: [{ ms: 10_000 }], pages: 300 },
      chapters: { times: [{ ms: 9_000 }], pages: 200 },
    });
    expect(row(figures, 'handbook / plain Starlight with as many pages')).toMatchObject({
      value: 1.2,
      ok: true,
      note: undefined,
    });
  });
});
