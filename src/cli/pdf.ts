/**
 * `npm run pdf [-- --out file.pdf]`: prints the handbook's /print/ page (the whole plan in reading
 * order) to an A4 PDF through Chromium, with the plan title, version, digest and page X of Y in the
 * footer of every page: the page's own CSS `@page` margin boxes (src/handbook/print-footer.ts), the
 * same a reader gets printing from the browser, and its A4 page size and margins. Builds the site first when dist/ is missing or was built from another plan.
 */
import { astroBuild } from './astro-build.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadPlan } from '../integration/load-plan.ts';
import { launchBrowser, serveStatic } from './browser.ts';

export type { PrintedPlan } from '../handbook/print-footer.ts';

/** Plan digest the built site in `dist` was made from (read from its sw.js), if any. */
export function builtDigest(dist: string): string | undefined {
  const sw = join(dist, 'sw.js');
  if (!existsSync(sw)) return undefined;
  return /"digest":"([0-9a-f]{64})"/.exec(readFileSync(sw, 'utf8'))?.[1];
}

/** Prints `dist`'s /print/ page to `out` as an A4 PDF. */
export async function writeHandbookPdf(dist: string, out: string): Promise<void> {
  const site = await serveStatic(resolve(dist));
  const browser = await launchBrowser();
  try {
    // The offline worker would precache the whole site for nothing while printing.
    const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
    const response = await page.goto(`${site.url}/print/`, { waitUntil: 'networkidle' });
    if (!response?.ok()) throw new Error(`${dist}/print/ answered ${response?.status()}: is the print page built?`);
    // A `media="print"` stylesheet does not hold up the load event on screen: switch to print and
    // wait until every stylesheet has arrived, or the PDF may come out without the print layout.
    await page.emulateMedia({ media: 'print' });
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].every((l) => l.sheet) &&
        document.fonts.status === 'loaded',
    );
    // Page size, margins and the footer come from the page's @page rules (print.css, print-footer.ts).
    await page.pdf({ path: out, printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
    await site.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { out: { type: 'string', default: 'handbook.pdf' }, dist: { type: 'string', default: 'dist' } },
  });
  const plan = loadPlan();
  if (!existsSync(join(values.dist, 'print', 'index.html')) || builtDigest(values.dist) !== plan.digest) {
    console.log(`building the handbook into ${values.dist}/ …`);
    astroBuild({ outDir: values.dist });
  }
  const out = resolve(values.out);
  await writeHandbookPdf(values.dist, out);
  console.log(`wrote ${out}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
