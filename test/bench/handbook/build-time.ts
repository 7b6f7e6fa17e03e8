/**
 * The handbook's build-time targets, decided in issue 10: against plain Starlight building as many
 * pages in the same run (≤ 1.25×, wall clock, with the CPU-time ratio beside it), and per page built
 * against plain Starlight with the chapter MDX files alone (≤ 1.0×). The chapters-only ratio is
 * printed for information: the handbook builds more pages than its chapters.
 */
import type { Figure } from '../measure.ts';
import type { BuildTime } from './sites.ts';

/** The most the handbook may take over plain Starlight building as many pages, in the same run. */
export const SAME_COUNT_TARGET = 1.25;
/** The most the handbook may take per page built over plain Starlight with the chapters alone. */
export const PER_PAGE_TARGET = 1.0;

/** One site's builds in a run (each from cold) and how many pages it built. */
export interface SiteBuilds {
  times: BuildTime[];
  pages: number;
}

/** The three sites the handbook bench builds in turn, in the same run. */
export interface BuildComparison {
  handbook: SiteBuilds;
  /** Plain Starlight with the chapter MDX files topped up with short pages to as many pages as the handbook. */
  sameCount: SiteBuilds;
  /** Plain Starlight with the chapter MDX files alone. */
  chapters: SiteBuilds;
}

/** Median wall time and, where every build has one, median CPU time of `site`'s builds (each median taken on its own). */
export function medianBuild(site: SiteBuilds): BuildTime {
  const ms = middle(site.times.map((t) => t.ms));
  const cpu = site.times.map((t) => t.cpuMs);
  return cpu.every((c) => c !== undefined) ? { ms, cpuMs: middle(cpu as number[]) } : { ms };
}

/** The build-time rows of the handbook section: the three times, the two targets with their CPU ratios, the chapters-only ratio. */
export function buildTimeFigures(run: BuildComparison): Figure[] {
  const [handbook, sameCount, chapters] = [run.handbook, run.sameCount, run.chapters].map(medianBuild);
  const runs = run.handbook.times.length;
  const perPage = (t: number | undefined, c: number | undefined) =>
    t === undefined || c === undefined ? undefined : t / run.handbook.pages / (c / run.chapters.pages);
  const vsSame = handbook.ms / sameCount.ms;
  const vsSameCpu = ratio(handbook.cpuMs, sameCount.cpuMs);
  const page = perPage(handbook.ms, chapters.ms)!;
  const pageCpu = perPage(handbook.cpuMs, chapters.cpuMs);
  return [
    {
      name: `handbook build, ${run.handbook.pages} pages, median of ${runs}`,
      value: seconds(handbook.ms),
      unit: 's',
      note: cpuSeconds(handbook),
    },
    {
      name: `plain Starlight build, as many pages (${run.sameCount.pages})`,
      value: seconds(sameCount.ms),
      unit: 's',
      note: cpuSeconds(sameCount),
    },
    {
      name: `plain Starlight build, the chapters only (${run.chapters.pages} pages)`,
      value: seconds(chapters.ms),
      unit: 's',
      note: cpuSeconds(chapters),
    },
    {
      name: 'handbook / plain Starlight with as many pages, same run',
      value: round2(vsSame),
      unit: '×',
      target: `≤ ${SAME_COUNT_TARGET}`,
      ok: vsSame <= SAME_COUNT_TARGET,
      note: cpuRatio(vsSameCpu),
    },
    {
      name: 'handbook / plain Starlight (chapters only), per page built',
      value: round2(page),
      unit: '×',
      target: `≤ ${PER_PAGE_TARGET.toFixed(1)}`,
      ok: page <= PER_PAGE_TARGET,
      note: cpuRatio(pageCpu),
    },
    {
      name: 'handbook / plain Starlight, chapters only (for information)',
      value: round2(handbook.ms / chapters.ms),
      unit: '×',
      note: cpuRatio(ratio(handbook.cpuMs, chapters.cpuMs)),
    },
    {
      name: '  as many pages / chapters only (Starlight alone)',
      value: round2(sameCount.ms / chapters.ms),
      unit: '×',
      note: cpuRatio(ratio(sameCount.cpuMs, chapters.cpuMs)),
    },
  ];
}

function middle(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

function ratio(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined ? undefined : a / b;
}

function cpuRatio(value: number | undefined): string | undefined {
  return value === undefined ? undefined : `CPU ${round2(value)}×`;
}

function cpuSeconds(time: BuildTime): string | undefined {
  return time.cpuMs === undefined ? undefined : `CPU ${seconds(time.cpuMs)} s`;
}

function seconds(ms: number): number {
  return Math.round(ms / 100) / 10;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
