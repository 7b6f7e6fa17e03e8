/**
 * Draws the Mermaid diagrams beautiful-mermaid cannot (gantt, timeline, pie …) in the browser.
 * Loaded only by pages holding such a figure (MermaidDiagrams.astro); Mermaid itself is imported on
 * demand from its prebuilt build in the site, which the service worker precaches like every file.
 *
 *   <figure data-db-mermaid data-label>  canvas (hidden) + <details open><pre>source</pre></details>
 *     ──mermaid.render──▶ canvas shows the SVG (role="img", the label), the source folds away
 *
 * Strict security level: Mermaid sanitises labels with DOMPurify, and click handlers and HTML
 * labels are off. The theme follows Starlight's (`<html data-theme>`), redrawn when it changes.
 */
import { MERMAID_RUNTIME } from '../markdown/mermaid-kinds.ts';

type Mermaid = typeof import('mermaid').default;

let mermaid: Promise<Mermaid> | undefined;
let drawn = 0;

const theme = () => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'default');

async function load(): Promise<Mermaid> {
  // The built site serves Mermaid's own prebuilt build (src/integration/mermaid-runtime.ts), not a
  // Vite bundle of it; `astro dev` has no copy and imports the package.
  const { default: m } = (await (import.meta.env.DEV
    ? import('mermaid')
    : import(/* @vite-ignore */ `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${MERMAID_RUNTIME}`))) as {
    default: Mermaid;
  };
  return m;
}

/** Draws `figure` from its source; on a Mermaid error the source stays open with the reason beside it. */
async function draw(m: Mermaid, figure: HTMLElement): Promise<void> {
  const canvas = figure.querySelector<HTMLElement>('.db-mermaid-canvas')!;
  const source = figure.querySelector('pre.db-mermaid-source')!.textContent ?? '';
  const details = figure.querySelector('details')!;
  try {
    const { svg } = await m.render(`db-mermaid-${++drawn}`, source);
    // Mermaid's own output under securityLevel 'strict': sanitised SVG, no plan text as raw HTML.
    canvas.innerHTML = svg;
    const image = canvas.querySelector('svg')!;
    image.setAttribute('role', 'img');
    image.setAttribute('aria-label', figure.dataset.label ?? 'Diagram');
    canvas.hidden = false;
    details.open = false;
    figure.dataset.dbMermaid = 'drawn';
  } catch (err) {
    figure.dataset.dbMermaid = 'failed';
    const note = document.createElement('p');
    note.className = 'db-meta';
    note.textContent = `This diagram could not be drawn: ${(err as Error).message}`;
    details.after(note);
  }
}

async function drawAll(): Promise<void> {
  const figures = [...document.querySelectorAll<HTMLElement>('figure[data-db-mermaid]')].filter(
    (f) => f.dataset.dbMermaid !== 'failed',
  );
  if (!figures.length) return;
  mermaid ??= load();
  const m = await mermaid;
  m.initialize({ startOnLoad: false, securityLevel: 'strict', theme: theme() });
  for (const figure of figures) await draw(m, figure);
}

void drawAll();
new MutationObserver(() => void drawAll()).observe(document.documentElement, {
  attributes: true,
  attributeFilter: ['data-theme'],
});
