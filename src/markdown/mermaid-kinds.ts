/**
 * Who draws an author's Mermaid block: beautiful-mermaid at build time (inline SVG, no script) for
 * the types it lays out, the official `mermaid` package in the browser for every other Mermaid
 * type (gantt, timeline, pie, mindmap, journey …), loaded only on pages that have such a block.
 *
 *   ```mermaid text ──diagramRenderer──▶ 'build' | 'browser' | undefined (not a Mermaid type)
 */

/**
 * Where the built site serves Mermaid's prebuilt ES module build, from its root
 * (src/integration/mermaid-runtime.ts copies it there; the browser imports it from there).
 */
export const MERMAID_RUNTIME = '_astro/mermaid/mermaid.esm.min.mjs';

/** Where a Mermaid block is drawn. */
export type DiagramRenderer = 'build' | 'browser';

// The types beautiful-mermaid lays out, by their first word (its own type detection). A bare
// `flowchart`/`graph` (no direction) it rejects, so Mermaid draws that one in the browser.
const BUILD_TYPES = new Set([
  'graph',
  'flowchart',
  'statediagram',
  'statediagram-v2',
  'sequencediagram',
  'classdiagram',
  'erdiagram',
  'xychart',
  'xychart-beta',
]);

/** Every diagram type keyword Mermaid 11 recognises (its detectors), for the browser and for the error message. */
export const MERMAID_TYPES = [
  'flowchart',
  'graph',
  'flowchart-elk',
  'sequenceDiagram',
  'classDiagram',
  'classDiagram-v2',
  'stateDiagram',
  'stateDiagram-v2',
  'erDiagram',
  'gantt',
  'timeline',
  'pie',
  'mindmap',
  'journey',
  'gitGraph',
  'quadrantChart',
  'requirementDiagram',
  'requirement',
  'C4Context',
  'C4Container',
  'C4Component',
  'C4Dynamic',
  'C4Deployment',
  'sankey',
  'sankey-beta',
  'xychart',
  'xychart-beta',
  'block',
  'block-beta',
  'packet',
  'packet-beta',
  'kanban',
  'architecture',
  'architecture-beta',
  'radar-beta',
  'treemap',
  'treemap-beta',
  'ishikawa',
  'ishikawa-beta',
  'venn-beta',
  'info',
] as const;

const KNOWN = new Map(MERMAID_TYPES.map((t) => [t.toLowerCase(), t]));

/** The diagram's type keyword: the first word after any front matter (`---` … `---`) and `%%` lines. */
export function diagramKeyword(text: string): string {
  const lines = text.split('\n').map((l) => l.trim());
  let i = 0;
  if (lines[0] === '---') {
    const end = lines.indexOf('---', 1);
    i = end < 0 ? lines.length : end + 1;
  }
  while (i < lines.length && (!lines[i] || lines[i].startsWith('%%'))) i++;
  return /^[^\s:;{]*/.exec(lines[i] ?? '')![0];
}

/** Who draws `text`: 'build' when beautiful-mermaid lays it out, 'browser' for another Mermaid type, undefined when it is none. */
export function diagramRenderer(text: string): DiagramRenderer | undefined {
  const first = text.trim().split('\n')[0].trim();
  const word = /^[^\s:;{]*/.exec(first)![0].toLowerCase();
  // On the first line itself (no front matter before it), and with a direction for a flowchart.
  if (BUILD_TYPES.has(word) && !(/^(?:graph|flowchart)$/.test(word) && first.length === word.length)) return 'build';
  return KNOWN.has(diagramKeyword(text).toLowerCase()) ? 'browser' : undefined;
}

/** Whether Markdown `source` has a ```mermaid block the browser draws (the page then loads the Mermaid runtime). */
export function hasBrowserDiagram(source: string): boolean {
  for (const m of source.matchAll(/^ {0,3}(`{3,}|~{3,})[ \t]*mermaid\b[^\n]*\n([\s\S]*?)^ {0,3}\1[ \t]*$/gm)) {
    if (diagramRenderer(m[2]) === 'browser') return true;
  }
  return false;
}
