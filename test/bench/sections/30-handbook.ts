/**
 * Handbook at scale: builds the handbook of a synthetic ~300-page plan and, in the same run, two
 * plain Starlight sites: one with as many pages as the handbook (the chapter MDX files topped up
 * with short Markdown pages), one with the chapter MDX files alone. The build time is held to the
 * first (≤ 1.25×, CPU-time ratio beside it) and, per page built, to the second (≤ 1.0×); see
 * handbook/build-time.ts. JS per page and HTML size are compared with the chapters-only site.
 * Each site is built BENCH_BUILD_RUNS times (default 3), from cold and in turn, and the median
 * counts: one build on a shared 2-core machine varies by a second or more.
 * Work folder: .bench/handbook (git-ignored), rebuilt from scratch every run.
 */
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BenchSection, Figure } from '../measure.ts';
import { writeSyntheticPlan, SYNTHETIC_TODAY } from '../synthetic-plan.ts';
import { prepareHandbookProject, preparePlainProject, timeBuild } from '../handbook/sites.ts';
import { buildTimeFigures } from '../handbook/build-time.ts';
import { median, weighPages } from '../handbook/page-weight.ts';
import { buildPrecacheManifest, listOutputFiles, urlForFile } from '../../../src/integration/precache-manifest.ts';
import type { PrecacheManifest } from '../../../src/sw/precache.ts';
import { bundleWorker } from '../../../src/integration/offline.ts';

/** 200 chapters plus a page per role and playbook and the fixed pages: about 300 pages. */
const SIZE = { roles: 50, activities: 2000, pages: 200 };
const KB = 1024;
const RUNS = Math.max(1, Number(process.env.BENCH_BUILD_RUNS ?? 3));

const section: BenchSection = {
  title: `Handbook build and page weight (synthetic plan, ${SIZE.pages} chapters, ${SIZE.roles} roles, ${SIZE.activities / 50} playbooks)`,
  async run(): Promise<Figure[]> {
    const work = resolve('.bench/handbook');
    rmSync(work, { recursive: true, force: true });
    const handbook = prepareHandbookProject(work);
    writeSyntheticPlan(join(handbook, 'content'), SIZE);
    const plain = preparePlainProject(work, join(handbook, 'content', 'chapters'));

    const buildHandbook = () => timeBuild(handbook, { DRILLBOOK_CONTENT: 'content', DRILLBOOK_TODAY: SYNTHETIC_TODAY });
    // The handbook first, so a cold disk cache would count against it rather than for it.
    const handbookTimes = [buildHandbook()];
    const pages = weighPages(join(handbook, 'dist'));
    const sameCount = preparePlainProject(work, join(handbook, 'content', 'chapters'), pages.length);
    const plainTimes = [timeBuild(plain)];
    const sameCountTimes = [timeBuild(sameCount)];
    for (let run = 1; run < RUNS; run++) {
      handbookTimes.push(buildHandbook());
      plainTimes.push(timeBuild(plain));
      sameCountTimes.push(timeBuild(sameCount));
    }
    const plainPages = weighPages(join(plain, 'dist'));
    const buildTimes = buildTimeFigures({
      handbook: { times: handbookTimes, pages: pages.length },
      sameCount: { times: sameCountTimes, pages: weighPages(join(sameCount, 'dist')).length },
      chapters: { times: plainTimes, pages: plainPages.length },
    });

    // The print page is the whole plan on one page by design; it is measured on its own.
    const print = pages.find((p) => p.file === 'print/index.html');
    const browsed = pages.filter((p) => p !== print);
    const heaviest = browsed.reduce((a, b) => (b.htmlBytes > a.htmlBytes ? b : a));
    // The exercise simulator lives under /exercises/: an app, not a handbook page; reported apart.
    const simulator = pages.filter((p) => p.file.startsWith('exercises/'));
    const handbookPages = pages.filter((p) => !simulator.includes(p));
    const mostJs = handbookPages.reduce((a, b) => (b.jsGzBytes > a.jsGzBytes ? b : a));
    const plainJs = median(plainPages.map((p) => p.jsGzBytes));
    const jsDelta = mostJs.jsGzBytes - plainJs;
    const swMs = await timeServiceWorker(join(handbook, 'dist'));
    const offline = precacheSize(join(handbook, 'dist'));
    const strayMermaid = pages.filter((p) => p.loadsMermaid && !p.hasDiagram).length;

    return [
      ...buildTimes,
      { name: 'sw.js generation (manifest + bundle, timed apart)', value: swMs, unit: 'ms' },
      { name: 'handbook pages built', value: pages.length, unit: 'pages', target: '≈ 300', ok: pages.length >= 280 },
      { name: 'plain Starlight pages built (chapters only)', value: plainPages.length, unit: 'pages' },
      {
        name: 'HTML per page, median (print page excluded)',
        value: round(median(browsed.map((p) => p.htmlBytes)) / KB),
        unit: 'KB',
        target: '≤ 60',
        ok: median(browsed.map((p) => p.htmlBytes)) <= 60 * KB,
      },
      {
        name: `HTML per page, max (${heaviest.file})`,
        value: round(heaviest.htmlBytes / KB),
        unit: 'KB',
        target: '≤ 60',
        ok: heaviest.htmlBytes <= 60 * KB,
      },
      { name: 'HTML of the print page (whole plan)', value: round((print?.htmlBytes ?? 0) / KB), unit: 'KB' },
      {
        name: 'plain Starlight HTML per page, median',
        value: round(median(plainPages.map((p) => p.htmlBytes)) / KB),
        unit: 'KB',
      },
      { name: 'JS gz per page, plain Starlight (median)', value: round(plainJs / KB), unit: 'KB' },
      {
        name: 'JS gz per handbook page, median',
        value: round(median(handbookPages.map((p) => p.jsGzBytes)) / KB),
        unit: 'KB',
      },
      {
        name: `JS gz over plain Starlight, worst page (${mostJs.file})`,
        value: round(jsDelta / KB),
        unit: 'KB',
        target: '≤ 5',
        ok: jsDelta <= 5 * KB,
      },
      {
        name: `JS gz of the simulator, max over its ${simulator.length} pages`,
        value: round(Math.max(0, ...simulator.map((p) => p.jsGzBytes)) / KB),
        unit: 'KB',
      },
      {
        name: 'offline copy: files precached by sw.js (first visit + background)',
        value: offline.files,
        unit: 'files',
      },
      {
        name: 'offline copy: the whole copy (first visit + background + print page)',
        value: round(offline.allBytes / KB / KB),
        unit: 'MB',
      },
      {
        name: `offline copy: bytes downloaded on the first visit (${offline.firstFiles} files: incident pages, their scripts, search index)`,
        value: round(offline.firstBytes / KB / KB),
        unit: 'MB',
        target: '≤ 1/3 of the whole copy',
        ok: offline.firstBytes * 3 <= offline.allBytes,
      },
      {
        name: 'offline copy: saved in the background after the first visit',
        value: round(offline.backgroundBytes / KB / KB),
        unit: 'MB',
      },
      { name: 'pages with a diagram', value: pages.filter((p) => p.hasDiagram).length, unit: 'pages' },
      {
        name: 'pages loading a Mermaid runtime without a diagram',
        value: strayMermaid,
        unit: 'pages',
        target: '0',
        ok: strayMermaid === 0,
      },
    ];
  },
};

/** What the service worker of the build in `dist` saves: on the first visit, in the background, and the whole copy with the on-demand print page. */
function precacheSize(dist: string): {
  files: number;
  firstFiles: number;
  firstBytes: number;
  backgroundBytes: number;
  allBytes: number;
} {
  const manifest = JSON.parse(
    /^const PRECACHE=(\{.*?\});/.exec(readFileSync(join(dist, 'sw.js'), 'utf8'))![1],
  ) as PrecacheManifest;
  const files = listOutputFiles(dist);
  const bytes = (urls: string[] = []) => {
    const wanted = new Set(urls);
    const found = files.filter((f) => wanted.has(urlForFile(f)));
    return { files: found.length, bytes: found.reduce((sum, f) => sum + statSync(join(dist, f)).size, 0) };
  };
  const first = bytes(manifest.urls);
  const background = bytes(manifest.background);
  const onDemand = bytes(manifest.onDemand);
  return {
    files: first.files + background.files,
    firstFiles: first.files,
    firstBytes: first.bytes,
    backgroundBytes: background.bytes,
    allBytes: first.bytes + background.bytes + onDemand.bytes,
  };
}

/** Milliseconds to make the manifest and bundle the worker for a built site (the integration's own cost). */
async function timeServiceWorker(dist: string): Promise<number> {
  const start = performance.now();
  await bundleWorker(buildPrecacheManifest(dist, listOutputFiles(dist), { version: 'bench', digest: '0'.repeat(64) }));
  return Math.round(performance.now() - start);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

export default section;
