/**
 * Cross-references in chapters: a Markdown link whose target is a typed reference,
 * `[text](role:incident-commander)`, becomes a link to the element's handbook page; an empty text,
 * `[](playbook:ransomware)`, becomes the element's name. An unknown id fails the build with
 * `file:line:column  error  ref-unresolved  ...` (the compiler reports it first; this is the backstop).
 *
 * Astro 7 renders Markdown and MDX with Sätteri, whose mdast plugins are remark plugins in all but
 * registration: same mdast nodes, one visitor per node type (`markdown.processor: satteri({...})`).
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { parseRef, type ResolvedRef } from '../plan/refs.ts';

/** Options of {@link planRefs}. */
export interface PlanRefsOptions {
  /** Every element of the plan by `kind:id` (from `indexRefs`). */
  refs: ReadonlyMap<string, ResolvedRef>;
  /** Site base path prefixed to every link. Default `''`. */
  base?: string;
}

/** Renders the build-failing message for an unknown reference. */
export function unresolvedMessage(file: string, line: number, column: number, ref: string): string {
  return `${file}:${line}:${column}  error  ref-unresolved  link target "${ref}" names no element of the plan; use an existing id (see npm run check)`;
}

/** The Sätteri mdast plugin turning typed-reference links into handbook links. */
export default function planRefs(options: PlanRefsOptions) {
  const base = (options.base ?? '').replace(/\/$/, '');
  return defineMdastPlugin({
    name: 'drillbook-plan-refs',
    options: { position: true },
    link(node, ctx) {
      const parsed = parseRef(node.url);
      if (!parsed) return;
      const target = options.refs.get(node.url);
      if (!target) {
        const file = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : '<markdown>';
        const start = node.position?.start ?? { line: 1, column: 1 };
        const error = new Error(unresolvedMessage(file, start.line, start.column, node.url));
        error.stack = error.message;
        throw error;
      }
      ctx.setProperty(node, 'url', `${base}${target.href}`);
      ctx.setProperty(node, 'data', { hProperties: { className: ['db-ref', `db-ref-${target.kind}`] } });
      if (ctx.textContent(node).trim() === '')
        ctx.setProperty(node, 'children', [{ type: 'text', value: target.name }]);
    },
  });
}
