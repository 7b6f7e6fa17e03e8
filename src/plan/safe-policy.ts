/**
 * The one escaping rule for text an author writes in a plan or scenario file. Every text field is
 * either plain text, always escaped wherever it lands (an element body, an attribute, `<title>`,
 * JSON inside a page), or Markdown rendered by the safe renderer: no raw HTML (it is shown as
 * text) and links and images only to the URLs {@link isAllowedUrl} accepts.
 *
 * Both Markdown renderers follow it: `src/markdown/render-markdown.ts` (Sätteri, build time, plan
 * fields) and `src/markdown/safe-markdown.ts` (micromark, also in the browser, scenario text), and so
 * do the plan's chapter links (`chapter-markup.ts`). Pure code: no Node, no DOM.
 */

/** URL schemes a link or image in plan or scenario text may use. Anything else (`javascript:`, `data:`, `vbscript:`, `file:`) is dropped. */
export const ALLOWED_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'tel'];

// What a browser ignores when it reads a URL's scheme: tabs and newlines anywhere, controls and spaces around it.
const IGNORED_IN_URL = /[\t\n\r]/g;
const AROUND_URL = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

/**
 * Whether a link or image may point at `url`: an `http:`, `https:`, `mailto:` or `tel:` URL, or a
 * relative one (a path, `#anchor`, `?query`, `//host/path`). `url` is the decoded destination as
 * the Markdown parser gives it (character references already replaced).
 */
export function isAllowedUrl(url: string): boolean {
  const scheme = SCHEME.exec(url.replace(IGNORED_IN_URL, '').replace(AROUND_URL, ''));
  return !scheme || ALLOWED_SCHEMES.includes(scheme[1].toLowerCase());
}

const HTML_SPECIAL = /[&<>"']/g;

/** Escapes plain text for an HTML element body or a quoted attribute value (`& < > " '`). */
export function escapeHtml(text: string): string {
  return String(text).replace(HTML_SPECIAL, (c) => `&#${c.charCodeAt(0)};`);
}

const JSON_IN_HTML = /[<>&\u2028\u2029]/g;

/**
 * `JSON.stringify(value)` that is also safe inside `<script type="application/json">` and in a
 * `.json` file a browser might sniff as HTML: `<`, `>`, `&` (and the two JavaScript line
 * separators) are written as `\uXXXX`, so no `</script>` or `<!--` can appear. `JSON.parse` gives
 * the same value back.
 */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(JSON_IN_HTML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
