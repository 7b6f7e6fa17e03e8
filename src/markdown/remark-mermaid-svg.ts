/**
 * Author-written ```mermaid blocks become inline SVG at build time (beautiful-mermaid), so no
 * page ships a Mermaid runtime. The block's meta may name the diagram for screen readers:
 * ```mermaid title="How a breach is escalated"```. Sätteri mdast plugin (see remark-plan-refs.ts).
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { renderDiagramFigure } from './render-mermaid.ts';

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
      const title = diagramTitle(node.meta);
      let html: string;
      try {
        html = renderDiagramFigure(node.value, {
          label: title,
          idPrefix: `md${count}`,
          textHtml: `<details><summary>${title}: diagram source</summary><pre>${node.value.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</pre></details>`,
        });
      } catch (err) {
        const file = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : '<markdown>';
        const at = node.position?.start ?? { line: 1, column: 1 };
        const error = new Error(`${file}:${at.line}:${at.column}  error  mermaid-syntax  this mermaid block cannot be drawn (${(err as Error).message}); fix the diagram text`);
        error.stack = error.message;
        throw error;
      }
      // In MDX raw HTML goes through Astro's `<Fragment set:html>`, as Starlight's own asides do.
      ctx.replaceNode(
        node,
        ctx.sourceFormat === 'mdx'
          ? ({ type: 'mdxJsxFlowElement', name: 'Fragment', attributes: [{ type: 'mdxJsxAttribute', name: 'set:html', value: html }], children: [] } as never)
          : { type: 'html', value: html },
      );
    },
  });
}
