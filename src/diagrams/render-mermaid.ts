/**
 * Mermaid text → inline SVG at build time with beautiful-mermaid, made safe to inline many times
 * per page: its `<style>` (which would leak to the whole page and @import a web font) is dropped in
 * favour of the scoped rules in `styles/diagrams.css`, and ids get a per-diagram prefix.
 * No Mermaid runtime ever reaches the browser.
 *
 * Loading beautiful-mermaid (its ELK layout engine) takes about 0.4 s and its first layouts
 * another 0.2 s, so diagrams known before the pages render (the escalation policies) are laid
 * out in a worker thread while Astro builds (`layOutInBackground`); a page awaits
 * `diagramsReady()` and finds them drawn. Anything else is drawn on the spot.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type * as BeautifulMermaid from 'beautiful-mermaid';

/** Options of {@link renderDiagram}. */
export interface DiagramOptions {
  /** Accessible name of the diagram (what it shows, in one sentence). */
  label: string;
  /** Prefix for ids inside the SVG, unique within the page. */
  idPrefix: string;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

// Presentation attributes every edge, label and node repeats, replaced by a short class that
// `styles/diagrams.css` gives the same values (an edge already has a class: its defaults apply
// only while it has no stroke of its own).
const EDGE_PRESENTATION = / fill="none" stroke="var\(--_line\)" stroke-width="1"(?=[ />])/;
const SHARED_PRESENTATION: [RegExp, string][] = [
  [/ fill="var\(--bg\)" stroke="var\(--_inner-stroke\)" stroke-width="1"(?=[ />])/g, ' class="dl"'],
  [/ fill="var\(--_node-fill\)" stroke="var\(--_node-stroke\)" stroke-width="0\.75"(?=[ />])/g, ' class="dn"'],
  [/ text-anchor="middle" font-size="11" font-weight="400" fill="var\(--_text-sec\)"(?=[ />])/g, ' class="dtl"'],
  [/ text-anchor="middle" font-size="13" font-weight="500" fill="var\(--_text\)"(?=[ />])/g, ' class="dtn"'],
];

/** A layout coordinate (tens of units and more) to a whole unit, about a pixel; a small value (an arrow head, an offset) to a tenth. */
function roundCoordinate(n: string): string {
  const value = Number(n);
  return String(Math.abs(value) >= 10 ? Math.round(value) : Math.round(value * 10) / 10);
}

/**
 * Drops the SVG's own `<style>`, its namespace (implied in HTML) and unused arrow-head markers,
 * moves the attributes shared by every edge, label and node into classes, and drops the
 * indentation between elements and the float noise of the coordinates (`171.7545000001` → `172`).
 */
export function minifySvg(svg: string): string {
  const unused = (id: string) => !svg.includes(`url(#${id})`);
  return svg
    .replace(/<style>[\s\S]*?<\/style>\s*/, '')
    .replace(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, '<svg') // implied inside HTML
    .replace(/\s*<marker id="([^"]+)"[\s\S]*?<\/marker>/g, (marker, id: string) => (unused(id) ? '' : marker))
    .replace(/\s*<defs>\s*<\/defs>/, '')
    .replace(/<[a-z]+\b[^>]*>/g, (tag) =>
      /\sclass="edge"/.test(tag)
        ? tag.replace(EDGE_PRESENTATION, '')
        : SHARED_PRESENTATION.reduce((t, [re, by]) => (/\sclass="/.test(t) ? t : t.replace(re, by)), tag),
    )
    .replace(/>\s+</g, '><')
    .replace(/\s([a-zA-Z-]+)="([^"]*)"/g, (attr, name: string, value: string) =>
      /^(?:points|d|x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|dx|dy|width|height|viewBox|refX|refY|transform)$/.test(name)
        ? ` ${name}="${value.replace(/-?\d+\.\d+/g, roundCoordinate)}"`
        : attr,
    );
}

const THEME = { bg: 'var(--db-diagram-bg)', fg: 'var(--db-diagram-fg)', transparent: true };

// Layout is the slow part (tens of ms a diagram) and the same policy is drawn on its own page and
// on the print page: each Mermaid text is laid out once per build process. The cache and the
// background work are process-wide: the Astro config and the pages' bundle are separate copies
// of this module.
const shared = globalThis as { [key: symbol]: unknown };
const drawn = (shared[Symbol.for('drillbook.diagrams')] ??= new Map<string, string>()) as Map<string, string>;
const pending = (shared[Symbol.for('drillbook.diagrams-pending')] ??= new Set<Promise<void>>()) as Set<Promise<void>>;

/** The file Node loads for `import 'beautiful-mermaid'` (its package exports only an `import` entry). */
function beautifulMermaidFile(): string {
  const require = createRequire(import.meta.url);
  const dir = (require.resolve.paths('beautiful-mermaid') ?? [])
    .map((d) => join(d, 'beautiful-mermaid'))
    .find((d) => existsSync(join(d, 'package.json')));
  if (!dir) throw new Error('beautiful-mermaid is not installed; run npm install');
  const exports = (
    JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { exports: { '.': { import: string } } }
  ).exports;
  return join(dir, exports['.'].import);
}

let renderer: typeof BeautifulMermaid.renderMermaidSVG | undefined;

/** Lays Mermaid text out with beautiful-mermaid, loaded (synchronously) on first use. */
function layOut(mermaid: string): string {
  renderer ??= (createRequire(import.meta.url)(beautifulMermaidFile()) as typeof BeautifulMermaid).renderMermaidSVG;
  return minifySvg(renderer(mermaid, THEME));
}

// The worker loads beautiful-mermaid itself and answers [text, svg | null] for each text.
const WORKER = `const { parentPort, workerData } = require('node:worker_threads');
import(workerData.module).then(({ renderMermaidSVG }) => parentPort.postMessage(workerData.texts.map((text) => {
  try { return [text, renderMermaidSVG(text, workerData.theme)]; } catch { return [text, null]; }
})));`;

/**
 * Starts laying `texts` out in a worker thread. Never fails: a text the worker could not draw
 * (or a worker that could not start) is drawn on the spot when a page asks, with the error then.
 */
export function layOutInBackground(texts: readonly string[]): void {
  const todo = [...new Set(texts)].filter((t) => !drawn.has(t));
  if (!todo.length) return;
  const work = new Promise<void>((done) => {
    try {
      const worker = new Worker(WORKER, {
        eval: true,
        workerData: { module: pathToFileURL(beautifulMermaidFile()).href, texts: todo, theme: THEME },
      });
      worker.once('message', (svgs: [string, string | null][]) => {
        for (const [text, svg] of svgs) if (svg !== null && !drawn.has(text)) drawn.set(text, minifySvg(svg));
        void worker.terminate();
        done();
      });
      worker.once('error', () => done());
      worker.once('exit', () => done());
    } catch {
      done();
    }
  });
  pending.add(work);
  void work.then(() => pending.delete(work));
}

/** Whether `mermaid` is laid out already (in the background or by an earlier page). */
export function isDrawn(mermaid: string): boolean {
  return drawn.has(mermaid);
}

/** Resolves once every diagram started with `layOutInBackground` is drawn (or left to the page). */
export async function diagramsReady(): Promise<void> {
  await Promise.all(pending);
}

/** Renders Mermaid text to an inline `<svg role="img">`; throws with Mermaid's message when it cannot. */
export function renderDiagram(mermaid: string, options: DiagramOptions): string {
  let svg = drawn.get(mermaid);
  if (svg === undefined) {
    svg = layOut(mermaid);
    drawn.set(mermaid, svg);
  }
  const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
  for (const id of new Set(ids)) {
    svg = svg
      .replaceAll(`id="${id}"`, `id="${options.idPrefix}-${id}"`)
      .replaceAll(`url(#${id})`, `url(#${options.idPrefix}-${id})`);
  }
  // Trim what the browser never reads, to keep pages small.
  svg = svg.replace(/\s(?:data-(?:from|to|style|arrow-start|arrow-end|label|id|shape))="[^"]*"/g, '');
  return svg.replace(
    /^<svg\b([^>]*?)\sstyle="[^"]*"([^>]*)>/,
    `<svg$1$2 role="img" aria-label="${escapeAttr(options.label)}" class="db-diagram-svg">`,
  );
}

/** A diagram inside a `<figure>`, with `text` (HTML) as its visible text alternative. */
export function renderDiagramFigure(mermaid: string, options: DiagramOptions & { textHtml?: string }): string {
  const svg = renderDiagram(mermaid, options);
  const text = options.textHtml ? `<figcaption class="db-diagram-text">${options.textHtml}</figcaption>` : '';
  return `<figure class="db-diagram">${svg}${text}</figure>`;
}
