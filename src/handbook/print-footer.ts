/**
 * The printed page's footer: the plan title, version and first 12 hex of the digest at the bottom
 * left of every page, "page X of Y" at the bottom right. Written as CSS `@page` margin boxes
 * (Chromium 131 and later), so it is on every page both in `npm run pdf` and when a reader prints
 * any handbook page (the whole plan at /print/) from the browser. Pure: the footer component puts
 * the CSS in every page, the PDF test reads it back from the PDF.
 */

/** What the footer of every printed page names. */
export interface PrintedPlan {
  title: string;
  version: string;
  digest: string;
}

/**
 * A CSS string literal of `text`: quotes, backslashes, angle brackets (no `</style>` can appear)
 * and control characters written as hex escapes, so plan text stays text.
 */
export function cssString(text: string): string {
  return `"${String(text).replace(/[\\"<>\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/** The footer line: "Title · version 3.2 · digest 0123456789ab". */
export function footerText(plan: PrintedPlan): string {
  return `${plan.title} · version ${plan.version} · digest ${plan.digest.slice(0, 12)}`;
}

/** `@page` rules that print the footer line and "page X of Y" on every page. */
export function printFooterCss(plan: PrintedPlan): string {
  const box =
    'font-family: system-ui, sans-serif; font-size: 7.5pt; color: #333; vertical-align: top; padding-top: 3mm;';
  return (
    `@page { @bottom-left { content: ${cssString(footerText(plan))}; ${box} } ` +
    `@bottom-right { content: "page " counter(page) " of " counter(pages); ${box} } }`
  );
}
