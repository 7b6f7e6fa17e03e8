/**
 * Scenario text to HTML that can be inserted safely: CommonMark through micromark with its
 * defaults, which escape raw HTML (`<script>`, `<img onerror>`) as text and drop dangerous link
 * protocols (`javascript:`, `data:`). Used on the server (briefing) and in the browser (console).
 */
import { micromark } from 'micromark';

/** Renders Markdown `text` to HTML with no raw HTML and only safe link protocols. */
export function renderSafeMarkdown(text: string): string {
  return micromark(String(text ?? ''), { allowDangerousHtml: false, allowDangerousProtocol: false });
}

/** Escapes text for an HTML attribute or element body. */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
