/**
 * Author-written ```mermaid blocks: the types beautiful-mermaid lays out become inline SVG at build
 * time (no script); every other Mermaid type (gantt, timeline, pie …, see src/markdown/mermaid-kinds.ts) becomes
 * a figure holding its source, drawn in the browser by the `mermaid` package, which only pages
 * with such a figure load (components/MermaidDiagrams.astro). The block's meta may name the
 * diagram for screen readers: ```mermaid title="How a breach is escalated"```.
 * Sätteri mdast plugin (see src/markdown/remark-plan-refs.ts).
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { renderDiagramFigure } from './render-mermaid.ts';
import { diagramRenderer, MERMAID_TYPES } from '../markdown/mermaid-kinds.ts';
import { escapeHtml } from '../plan/safe-policy.ts';

/** Accessible name from the fence meta `title="..."`, or a generic one. */
export function diagramTitle(meta: string | null | undefined): string {
  const m = /title="([^"]*)"/.exec(meta ?? '');
  return m?.[1] || 'Diagram';
}

/** The Sätteri mdast plugin rendering Mermaid code blocks to inline SVG figures. */
export default function mermaidSvg() {
  return defineMdastPlugin({
    name: 'drillbook-mermaid-svg',
    options: { position: true },
    code(node, ctx) {
      if (node.lang !== 'mermaid') return;
      const count = ((ctx.data.drillbookDiagrams as number | undefined) ?? 0) + 1;
      ctx.data.drillbookDiagrams = count;
      const title = escapeHtml(diagramTitle(node.meta));
      const source = escapeHtml(node.value);
      const fail = (why: string): never => {
        const file = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : '<markdown>';
        const at = node.position?.start ?? { line: 1, column: 1 };
        const error = new Error(`${file}:${at.line}:${at.column}  error  mermaid-syntax  ${why}`);
        error.stack = error.message;
        throw error;
      };
      const renderer = diagramRenderer(node.value);
      let html: string;
      if (renderer === 'browser') html = browserFigure(title, source);
      else if (renderer === undefined)
        fail(
          `this mermaid block has no diagram type Mermaid knows (its first line should start with one of: ${MERMAID_TYPES.join(', ')}); fix the first line`,
        );
      else
        try {
          html = renderDiagramFigure(node.value, {
            label: diagramTitle(node.meta),
            idPrefix: `md${count}`,
            textHtml: `<details><summary>${title}: diagram source</summary><pre>${source}</pre></details>`,
          });
        } catch (err) {
          fail(`this mermaid block cannot be drawn (${(err as Error).message}); fix the diagram text`);
        }
      // In MDX raw HTML goes through Astro's `<Fragment set:html>`, as Starlight's own asides do.
      ctx.replaceNode(
        node,
        ctx.sourceFormat === 'mdx'
          ? ({
              type: 'mdxJsxFlowElement',
              name: 'Fragment',
              attributes: [{ type: 'mdxJsxAttribute', name: 'set:html', value: html! }],
              children: [],
            } as never)
          : { type: 'html', value: html! },
      );
    },
  });
}

/**
 * A diagram the browser draws: its source, shown (open) until `src/components/mermaid-diagrams.ts` puts the SVG
 * in the empty canvas and folds the source away; it stays the text alternative either way.
 * `title` and `source` are escaped HTML.
 */
export function browserFigure(title: string, source: string): string {
  return (
    `<figure class="db-diagram" data-db-mermaid data-label="${title}"><div class="db-mermaid-canvas" hidden></div>` +
    `<figcaption class="db-diagram-text"><details open><summary>${title}: diagram source</summary><pre class="db-mermaid-source">${source}</pre></details></figcaption></figure>`
  );
}
