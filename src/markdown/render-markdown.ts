/**
 * Markdown fields of the plan (a role's purpose, an activity's description, a playbook's summary,
 * a template body) rendered to HTML at build time with the same engine and cross-reference links
 * as chapters, under the escaping rule of `src/plan/safe-policy.ts` (`remark-safe.ts`: no raw HTML, no
 * `javascript:` links).
 *
 * The same text is shown on several pages (an activity on its playbook, on up to four role cards
 * and on the print page), so each text is rendered once per build (per `refs` map); a one-line
 * text with no Markdown syntax at all skips the Markdown engine.
 */
import { markdownToHtml } from 'satteri';
import type { ResolvedRef } from '../plan/refs.ts';
import planRefs from './remark-plan-refs.ts';
import safeMarkdown from './remark-safe.ts';

// Letters, digits, spaces and the punctuation that means nothing to Markdown (no `&<>*_[]\`~#|@`),
// starting with a letter or digit and ending without a space: rendered as-is inside one paragraph.
const PLAIN = /^[\p{L}\p{N}](?:[\p{L}\p{N} ,.;:'"()?!/%+=-]*[\p{L}\p{N},.;:'"()?!/%+=-])?$/u;
// ...unless it starts an ordered list ("2. Notify") or holds a bare link GFM would turn into one.
const SYNTAX_ANYWAY = /^\p{N}+[.)](?:\s|$)|www\.|:\/\//iu;

/** Whether `text` renders to itself wrapped in a paragraph. */
export function isPlainText(text: string): boolean {
  return PLAIN.test(text) && !SYNTAX_ANYWAY.test(text);
}

const rendered = new WeakMap<ReadonlyMap<string, ResolvedRef>, Map<string, string>>();

/** Renders `text` to HTML; `inline` drops the wrapping paragraph of a one-paragraph text. */
export function renderMarkdown(text: string, refs: ReadonlyMap<string, ResolvedRef>, inline = false): string {
  if (isPlainText(text)) return inline ? text : `<p>${text}</p>`;
  let memo = rendered.get(refs);
  if (!memo) rendered.set(refs, (memo = new Map()));
  const key = `${inline ? 'i' : 'b'}${text}`;
  let html = memo.get(key);
  if (html === undefined) {
    html = toHtml(text, refs, inline);
    memo.set(key, html);
  }
  return html;
}

function toHtml(text: string, refs: ReadonlyMap<string, ResolvedRef>, inline: boolean): string {
  const { html } = markdownToHtml(text, { mdastPlugins: [planRefs({ refs }), safeMarkdown()] }) as { html: string };
  const trimmed = html.trim();
  const single = /^<p>([\s\S]*)<\/p>$/.exec(trimmed);
  return inline && single && !single[1].includes('<p>') ? single[1] : trimmed;
}

/**
 * Moves the headings of rendered Markdown `by` levels down (at most to h6), so that a text shown under
 * a heading of its own (a template body under the template's name) nests under it instead of looking
 * like a sibling section. Only the renderer's own tags match: text never holds a raw `<`.
 */
export function demoteHeadings(html: string, by: number): string {
  return html.replace(
    /<(\/?)h([1-6])(?=[\s>])/g,
    (_, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + by)}`,
  );
}
