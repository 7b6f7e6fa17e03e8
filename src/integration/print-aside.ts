/**
 * The print page (`/print/`) is the whole plan on one page, megabytes of HTML, and is left out of
 * search (`pagefind: false`). Pagefind still reads every HTML file in the output to learn that, and
 * at 350 pages reading this one took it about 0.7 s, longer than the rest of the site together.
 * So the page steps aside while Starlight runs Pagefind:
 *
 *   drillbook  astro:build:done  dist/print/index.html ──rename──▶ dist/print/index.html.aside
 *   starlight  astro:build:done  Pagefind indexes dist/ (its default glob reads *.html only)
 *   offline    astro:build:done  renamed back, before dist/ is listed for the service worker
 *
 * The page is also put back when the process exits, so a configuration without the offline
 * integration, or a Pagefind failure, never leaves the site without its print page.
 */
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';

/** The print page's file in the output folder (src/pages/print.astro). */
export const PRINT_PAGE_FILE = 'print/index.html';
const ASIDE = `${PRINT_PAGE_FILE}.aside`;

/** Moves the print page out of Pagefind's way; returns whether there was one. */
export function setPrintPageAside(outDir: string): boolean {
  if (!existsSync(join(outDir, PRINT_PAGE_FILE))) return false;
  renameSync(join(outDir, PRINT_PAGE_FILE), join(outDir, ASIDE));
  process.once('exit', () => restorePrintPage(outDir));
  return true;
}

/** Puts the print page back where the site serves it; does nothing when it is in place. */
export function restorePrintPage(outDir: string): void {
  if (existsSync(join(outDir, ASIDE))) renameSync(join(outDir, ASIDE), join(outDir, PRINT_PAGE_FILE));
}
