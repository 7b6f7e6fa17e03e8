/**
 * Markdown fields of the plan (a role's purpose, an activity's description, a template body)
 * rendered to HTML at build time with the same engine and cross-reference links as chapters.
 */
import { markdownToHtml } from 'satteri';
import type { ResolvedRef } from '../plan/refs.ts';
import planRefs from './remark-plan-refs.ts';

/** Renders `text` to HTML; `inline` drops the wrapping paragraph of a one-paragraph text. */
export function renderMarkdown(text: string, refs: ReadonlyMap<string, ResolvedRef>, inline = false): string {
  const { html } = markdownToHtml(text, { mdastPlugins: [planRefs({ refs })] }) as { html: string };
  const trimmed = html.trim();
  const single = /^<p>([\s\S]*)<\/p>$/.exec(trimmed);
  return inline && single && !single[1].includes('<p>') ? single[1] : trimmed;
}
