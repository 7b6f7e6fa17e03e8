/**
 * The rule of `src/plan/safe-policy.ts` as a Sätteri mdast plugin, for the plan's Markdown fields: raw HTML
 * (`<script>`, `<img onerror>`, comments) becomes text that shows the author what they wrote, and
 * a link, image or link definition whose URL the policy refuses (`javascript:`, `data:`) keeps its
 * text with an empty target. Runs after `remark-plan-refs`, which has already turned typed
 * references (`role:incident-commander`) into handbook paths.
 */
import { defineMdastPlugin } from 'satteri';
import { isAllowedUrl } from '../plan/safe-policy.ts';

// Parents whose children are blocks: raw HTML there was an HTML block and becomes a paragraph.
const BLOCK_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/** The Sätteri mdast plugin that leaves no raw HTML and no refused URL in the tree. */
export default function safeMarkdown() {
  return defineMdastPlugin({
    name: 'drillbook-safe-markdown',
    html(node, ctx) {
      const text = { type: 'text' as const, value: node.value };
      const block = BLOCK_PARENTS.has(ctx.parent(node)?.type ?? 'root');
      ctx.replaceNode(node, block ? { type: 'paragraph', children: [text] } : text);
    },
    link(node, ctx) {
      if (!isAllowedUrl(node.url)) ctx.setProperty(node, 'url', '');
    },
    image(node, ctx) {
      if (!isAllowedUrl(node.url)) ctx.setProperty(node, 'url', '');
    },
    definition(node, ctx) {
      if (!isAllowedUrl(node.url)) ctx.setProperty(node, 'url', '');
    },
  });
}
