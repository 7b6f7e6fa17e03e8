/**
 * Simulator page weight: the JavaScript each simulator page loads at start (its module scripts and
 * everything they import statically), gzipped, from the built facilitator kit `dist-exercise/` (the staff build has no exercise pages). Chunks loaded on demand
 * (the scenario validator for imports, the YAML writer for the record export) are reported apart.
 * Builds the kit from the working tree first, so the figures are of this code, never of an older
 * build left in `dist-exercise/`; `DRILLBOOK_KIT_DIST` names a kit already built to weigh instead.
 */
import { astroBuild } from '../../../src/cli/astro-build.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchSection, Figure } from '../measure.ts';

const DIST = process.env.DRILLBOOK_KIT_DIST ?? 'dist-exercise';
const LIMIT = 60 * 1024;
const PAGES = [
  'exercises/index.html',
  'exercises/run/index.html',
  'exercises/projector/index.html',
  'exercises/report/index.html',
];

const staticImports = (code: string) =>
  [...code.matchAll(/(?:import|export)\s*(?:[\w${}\s,*]+from\s*)?["'`]([^"'`]+\.js)["'`]/g)].map((m) => m[1]);
const dynamicImports = (code: string) =>
  [...code.matchAll(/import\(\s*["'`]([^"'`$]+\.js)["'`]\s*\)/g)].map((m) => m[1]);
const resolve = (from: string, spec: string) => (spec.startsWith('/') ? join(DIST, spec) : join(from, '..', spec));

/** Every file a page loads at start, and the chunks it may load later. */
export function pageScripts(page: string): { eager: Set<string>; lazy: Set<string> } {
  const html = readFileSync(join(DIST, page), 'utf8');
  const eager = new Set<string>();
  const lazy = new Set<string>();
  const visit = (file: string) => {
    if (eager.has(file) || !existsSync(file)) return;
    eager.add(file);
    const code = readFileSync(file, 'utf8');
    for (const spec of staticImports(code)) visit(resolve(file, spec));
    for (const spec of dynamicImports(code)) lazy.add(resolve(file, spec));
  };
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) visit(join(DIST, m[1]));
  // What an on-demand chunk imports statically comes with it, unless the page already has it.
  const queue = [...lazy];
  for (let file = queue.pop(); file; file = queue.pop()) {
    if (!existsSync(file)) continue;
    for (const spec of [...staticImports(readFileSync(file, 'utf8')), ...dynamicImports(readFileSync(file, 'utf8'))]) {
      const dep = resolve(file, spec);
      if (!eager.has(dep) && !lazy.has(dep)) (lazy.add(dep), queue.push(dep));
    }
  }
  for (const f of eager) lazy.delete(f);
  for (const f of lazy) if (!existsSync(f)) lazy.delete(f);
  return { eager, lazy };
}

const gz = (files: Iterable<string>) =>
  [...files].reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);
const kb = (n: number) => Math.round((n / 1024) * 10) / 10;

export default {
  title: 'Simulator pages: JavaScript size (gzip)',
  async run(): Promise<Figure[]> {
    if (!process.env.DRILLBOOK_KIT_DIST) astroBuild({ env: { DRILLBOOK_KIT: '1' }, quiet: true });
    const figures: Figure[] = [];
    for (const page of PAGES) {
      const { eager, lazy } = pageScripts(page);
      const size = gz(eager);
      figures.push({
        name: `/${page.replace('index.html', '')} JS loaded at start`,
        value: kb(size),
        unit: 'KB gz',
        target: '≤ 60 KB gz',
        ok: size <= LIMIT,
      });
      if (lazy.size)
        figures.push({
          name: `/${page.replace('index.html', '')} chunks loaded on demand`,
          value: kb(gz(lazy)),
          unit: 'KB gz',
        });
    }
    return figures;
  },
} satisfies BenchSection;
