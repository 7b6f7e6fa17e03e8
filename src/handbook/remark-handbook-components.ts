/**
 * Chapters are content, not code, in the build too. This Sätteri mdast plugin
 *
 * - renders the handbook components (`<RaciTable playbook="ransomware" />`, `<SeverityTable />`,
 *   `<RoleCard role="…" />`) to HTML from the plan model, handed to MDX through `<Fragment set:html>`
 *   as src/diagrams/remark-mermaid-svg.ts does;
 * - renders `:::note` / `:::tip` / `:::caution` / `:::danger` blocks as Starlight asides (Starlight's own
 *   aside plugin only transforms `src/content/docs/`, and chapters live in the plan folder);
 * - shows `{{placeholder}}` text literally instead of letting MDX evaluate `{name}`;
 * - fails the build, `file:line:column  error  rule  message` like `npm run check`, on anything the
 *   check rejects that got this far: `import`/`export`, `{…}` expressions, JSX that is not a
 *   handbook component, `javascript:`/`vbscript:`/`data:` URLs.
 *
 * Register it before the other plugins, so it sees only what the author wrote.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastVisitorContext } from 'satteri';
import type { PlanModel } from '../plan/model.ts';
import type { ResolvedRef } from '../plan/refs.ts';
import {
  ASIDE_TYPES,
  MARKUP_MESSAGES,
  componentNamed,
  elementMessage,
  refusedLinkScheme,
  isComment,
  isPlaceholder,
} from '../plan/chapter-markup.ts';
import { renderComponent } from './chapter-components.ts';

/** Options of {@link handbookComponents}. */
export interface HandbookComponentsOptions {
  /** The compiled plan the components show. */
  plan: PlanModel;
  /** Every element of the plan by `kind:id` (from `indexRefs`). */
  refs: ReadonlyMap<string, ResolvedRef>;
}

const ASIDE_TITLES: Record<string, string> = { note: 'Note', tip: 'Tip', caution: 'Caution', danger: 'Danger' };

type Positioned = { position?: { start: { line: number; column: number } } };

/** The build-failing error for a node: its file, line and column, the rule and the message. */
function fail(ctx: MdastVisitorContext, node: Positioned, rule: string, message: string): never {
  const file = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : '<markdown>';
  const at = node.position?.start ?? { line: 1, column: 1 };
  const error = new Error(`${file}:${at.line}:${at.column}  error  ${rule}  ${message}`);
  error.stack = error.message; // the message is the whole story
  throw error;
}

/** Raw HTML into the tree: `<Fragment set:html>` in MDX (as Starlight's asides do), an `html` node in Markdown. */
function rawHtml(ctx: MdastVisitorContext, html: string) {
  return ctx.sourceFormat === 'mdx'
    ? ({
        type: 'mdxJsxFlowElement',
        name: 'Fragment',
        attributes: [{ type: 'mdxJsxAttribute', name: 'set:html', value: html }],
        children: [],
      } as never)
    : ({ type: 'html', value: html } as const);
}

/** The Sätteri mdast plugin rendering handbook components and asides and refusing code. */
export default function handbookComponents(options: HandbookComponentsOptions) {
  type Element = {
    name: string | null;
    attributes: { type: string; name?: string; value?: unknown }[];
    children: unknown[];
  } & Positioned;
  const element = (node: Element, ctx: MdastVisitorContext, flow: boolean) => {
    const verdict = elementMessage(node.name);
    if (verdict) fail(ctx, node, verdict.rule, verdict.message);
    const component = componentNamed(node.name!)!;
    if (!flow)
      fail(
        ctx,
        node,
        'mdx-component',
        `put <${component.name} /> on a line of its own: a component is a block, not part of a sentence`,
      );
    const attributes: Record<string, string> = {};
    for (const a of node.attributes) {
      if (a.type !== 'mdxJsxAttribute') fail(ctx, node, 'mdx-code', MARKUP_MESSAGES.spread());
      const spec = component.attributes.find((s) => s.name === a.name);
      if (typeof a.value !== 'string' || !spec)
        fail(ctx, node, 'mdx-component', `<${component.name}> takes ${component.example}; check npm run check`);
      if (spec.ref && !options.refs.has(`${spec.ref}:${a.value}`))
        fail(
          ctx,
          node,
          'ref-unresolved',
          `<${component.name} ${spec.name}="${a.value}"> names no ${spec.ref} of the plan; use an existing id (see npm run check)`,
        );
      attributes[spec.name] = a.value;
    }
    const missing = component.attributes.find((s) => s.required && !(s.name in attributes));
    if (missing)
      fail(ctx, node, 'mdx-component', `<${component.name}> needs ${missing.name}="…", e.g. ${component.example}`);
    return rawHtml(ctx, renderComponent(options.plan, options.refs, component.name, attributes));
  };
  const expression = (node: { value: string } & Positioned, ctx: MdastVisitorContext, flow: boolean) => {
    if (isComment(node.value)) return undefined;
    if (!isPlaceholder(node.value)) fail(ctx, node, 'mdx-code', MARKUP_MESSAGES.expression(node.value));
    const text = { type: 'text' as const, value: `{${node.value}}` };
    return flow ? { type: 'paragraph' as const, children: [text] } : text;
  };
  const url = (node: { type: string; url: string } & Positioned, ctx: MdastVisitorContext) => {
    const scheme = refusedLinkScheme(node.url);
    if (scheme !== undefined)
      fail(
        ctx,
        node,
        'mdx-code',
        MARKUP_MESSAGES.url(scheme, node.type === 'image' ? 'the image is' : 'the link goes to'),
      );
  };
  return defineMdastPlugin({
    name: 'drillbook-handbook-components',
    options: { position: true },
    mdxJsxFlowElement: (node, ctx) => element(node as unknown as Element, ctx, true),
    mdxJsxTextElement: (node, ctx) => element(node as unknown as Element, ctx, false),
    mdxFlowExpression: (node, ctx) => expression(node, ctx, true),
    mdxTextExpression: (node, ctx) => expression(node, ctx, false),
    mdxjsEsm(node, ctx) {
      fail(
        ctx,
        node,
        'mdx-code',
        /^\s*export\b/.test(node.value) ? MARKUP_MESSAGES.export() : MARKUP_MESSAGES.import(),
      );
    },
    link: url,
    image: url,
    definition: url,
    containerDirective(node, ctx) {
      if (!(ASIDE_TYPES as readonly string[]).includes(node.name)) return;
      const children = [...node.children];
      const label =
        children[0]?.type === 'paragraph' &&
        (children[0].data as { directiveLabel?: boolean } | undefined)?.directiveLabel
          ? children.shift()
          : undefined;
      const title = label ? ctx.textContent(label) : ASIDE_TITLES[node.name];
      const titleNodes = label && 'children' in label ? label.children : [{ type: 'text' as const, value: title }];
      const block = (hName: string, hProperties: Record<string, string>, content: unknown[]) => ({
        type: 'paragraph',
        data: { hName, hProperties },
        children: content,
      });
      // Starlight's aside markup, so Starlight's aside styles apply.
      return block('aside', { 'aria-label': title, class: `starlight-aside starlight-aside--${node.name}` }, [
        block('p', { class: 'starlight-aside__title', 'aria-hidden': 'true' }, titleNodes),
        block('div', { class: 'starlight-aside__content' }, children),
      ]) as never;
    },
  });
}
