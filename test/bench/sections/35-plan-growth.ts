/**
 * Pages that do not grow with the plan (issue 13): builds the handbook of a synthetic plan of
 * 100 roles, 80 playbooks and 800 chapters (about 1,000 pages) once, and prints the HTML per page
 * (median and max, print page apart: it is the whole plan by design), the total `dist/` size, the
 * build time and how long Pagefind takes to load and to answer the first query in Chromium. Work folder: .bench/plan-growth (git-ignored), rebuilt every run.
 */
import { rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import type { BenchSection, Figure } from '../measure.ts';
import { writeSyntheticPlan, SYNTHETIC_TODAY } from '../synthetic-plan.ts';
import { prepareHandbookProject, timeBuild } from '../handbook/sites.ts';
import { median, weighPages } from '../handbook/page-weight.ts';
import { listOutputFiles } from '../../../src/integration/precache-manifest.ts';
import { launchBrowser, serveStatic } from '../../../src/cli/browser.ts';

/** 800 chapters, 100 roles, 80 playbooks (50 activities each) and the fixed pages: about 1,000 pages. */
const SIZE = { roles: 100, activities: 4000, pages: 800 };
const KB = 1024;
/** Issue 13: a page's HTML stays under this at 1,000 pages. */
const PAGE_LIMIT = 60 * KB;

const section: BenchSection = {
  title: `Pages that do not grow with the plan (synthetic plan, ${SIZE.pages} chapters, ${SIZE.roles} roles, ${SIZE.activities / 50} playbooks)`,
  async run(): Promise<Figure[]> {
    const work = resolve('.bench/plan-growth');
    rmSync(work, { recursive: true, force: true });
    const project = prepareHandbookProject(work);
    writeSyntheticPlan(join(project, 'content'), SIZE);
    const build = timeBuild(project, { DRILLBOOK_CONTENT: 'content', DRILLBOOK_TODAY: SYNTHETIC_TODAY });
    const dist = join(project, 'dist');
    const pages = weighPages(dist);
    const print = pages.find((p) => p.file === 'print/index.html');
    const browsed = pages.filter((p) => p !== print);
    const heaviest = browsed.reduce((a, b) => (b.htmlBytes > a.htmlBytes ? b : a));
    const mid = median(browsed.map((p) => p.htmlBytes));
    const over = browsed.filter((p) => p.htmlBytes > PAGE_LIMIT).sort((a, b) => b.htmlBytes - a.htmlBytes);
    const directory = browsed.filter((p) => /^contacts\/[^/]+\/index\.html$/.test(p.file));
    const files = listOutputFiles(dist);
    const distBytes = files.reduce((sum, f) => sum + statSync(join(dist, f)).size, 0);
    const search = await timeFirstSearch(dist, 'role');
    return [
      { name: 'pages built', value: pages.length, unit: 'pages', target: '≈ 1000', ok: pages.length >= 950 },
      {
        name: 'build time (one cold build)',
        value: round(build.ms / 1000),
        unit: 's',
        note: build.cpuMs === undefined ? undefined : `CPU ${round(build.cpuMs / 1000)} s`,
      },
      {
        name: 'HTML per page, median (print page excluded)',
        value: round(mid / KB),
        unit: 'KB',
        target: '≤ 60',
        ok: mid <= PAGE_LIMIT,
      },
      {
        name: `HTML per page, max (${heaviest.file})`,
        value: round(heaviest.htmlBytes / KB),
        unit: 'KB',
        target: '≤ 60',
        ok: heaviest.htmlBytes <= PAGE_LIMIT,
      },
      {
        name: 'pages over 60 KB (print page excluded)',
        value: over.length,
        unit: 'pages',
        target: '0',
        ok: over.length === 0,
        note:
          over
            .slice(0, 3)
            .map((p) => `${p.file} ${round(p.htmlBytes / KB)} KB`)
            .join(', ') || undefined,
      },
      {
        name: `HTML of the contacts page (${SIZE.roles} people)`,
        value: round((pages.find((p) => p.file === 'contacts/index.html')?.htmlBytes ?? 0) / KB),
        unit: 'KB',
        note: `${directory.length} directory pages, largest ${round(Math.max(0, ...directory.map((p) => p.htmlBytes)) / KB)} KB`,
      },
      { name: 'HTML of the print page (whole plan)', value: round((print?.htmlBytes ?? 0) / KB), unit: 'KB' },
      {
        name: 'HTML of all pages together',
        value: round(pages.reduce((s, p) => s + p.htmlBytes, 0) / KB / KB),
        unit: 'MB',
      },
      { name: `dist/ total (${files.length} files)`, value: round(distBytes / KB / KB), unit: 'MB' },
      // On a shared machine the load average says how far these wall-clock times stretch.
      {
        name: 'Pagefind runtime and index load (import + init), Chromium',
        value: search.loadMs,
        unit: 'ms',
        note: `load average ${loadavg()[0].toFixed(1)}`,
      },
      {
        name: `Pagefind first query "${search.query}" to its first result, Chromium`,
        value: search.queryMs,
        unit: 'ms',
        note: `${search.results} results`,
      },
    ];
  },
};

/**
 * The first query in Chromium on a loaded page: loading Pagefind's runtime and index metadata
 * (`import` + `init()`), then the query itself to the first result's data.
 */
async function timeFirstSearch(
  dist: string,
  query: string,
): Promise<{ query: string; loadMs: number; queryMs: number; results: number }> {
  const site = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${site.url}/roles/`, { waitUntil: 'load' });
    const timed = await page.evaluate(async (q) => {
      const start = performance.now();
      const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
      await pagefind.init();
      const loaded = performance.now();
      const found = await pagefind.search(q);
      await found.results[0]?.data();
      return {
        loadMs: Math.round(loaded - start),
        queryMs: Math.round(performance.now() - loaded),
        results: found.results.length as number,
      };
    }, query);
    return { query, ...timed };
  } finally {
    await browser.close();
    await site.close();
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

export default section;
