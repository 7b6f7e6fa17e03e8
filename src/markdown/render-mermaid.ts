/**
 * Mermaid text → inline SVG at build time with beautiful-mermaid, made safe to inline many times
 * per page: its `<style>` (which would leak to the whole page and @import a web font) is dropped in
 * favour of the scoped rules in `styles/diagrams.css`, and ids get a per-diagram prefix.
 * No Mermaid runtime ever reaches the browser.
 */
import { renderMermaidSVG } from 'beautiful-mermaid';

/** Options of {@link renderDiagram}. */
export interface DiagramOptions {
  /** Accessible name of the diagram (what it shows, in one sentence). */
  label: string;
  /** Prefix for ids inside the SVG, unique within the page. */
  idPrefix: string;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Renders Mermaid text to an inline `<svg role="img">`; throws with Mermaid's message when it cannot. */
export function renderDiagram(mermaid: string, options: DiagramOptions): string {
  let svg = renderMermaidSVG(mermaid, { bg: 'var(--db-diagram-bg)', fg: 'var(--db-diagram-fg)', transparent: true });
  svg = svg.replace(/<style>[\s\S]*?<\/style>\s*/, '');
  const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
  for (const id of new Set(ids)) {
    svg = svg.replaceAll(`id="${id}"`, `id="${options.idPrefix}-${id}"`).replaceAll(`url(#${id})`, `url(#${options.idPrefix}-${id})`);
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
