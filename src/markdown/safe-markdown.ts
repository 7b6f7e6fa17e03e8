/**
 * Markdown to HTML that can be inserted safely, by the rule of `src/plan/safe-policy.ts`: CommonMark through
 * micromark, raw HTML (`<script>`, `<img onerror>`) escaped as text, and a link or image whose URL
 * the policy refuses (`javascript:`, `data:`) kept with an empty target. Small and free of Node, so
 * the simulator renders scenario text with it in the browser; the briefing page uses it at build time.
 */
import { micromark } from 'micromark';
import { isAllowedUrl } from '../plan/safe-policy.ts';

// micromark escapes raw HTML, so every `<a href` / `<img src` in its output is one it wrote itself.
const TARGET = /(<a href|<img src)="([^"]*)"/g;
const ENTITY: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&lt;': '<', '&gt;': '>' };
const decode = (value: string) => value.replace(/&(?:amp|quot|lt|gt);/g, (e) => ENTITY[e]);

/** Renders Markdown `text` to HTML with no raw HTML and only the links and images the policy allows. */
export function renderSafeMarkdown(text: string): string {
  // The policy, not micromark's own protocol list, decides which URLs stay (it allows tel:, micromark does not).
  const html = micromark(String(text ?? ''), { allowDangerousHtml: false, allowDangerousProtocol: true });
  return html.replace(TARGET, (whole, start: string, url: string) =>
    isAllowedUrl(decode(url)) ? whole : `${start}=""`,
  );
}
