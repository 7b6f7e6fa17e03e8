/**
 * `npm run pdf [-- --out file.pdf]`: prints the handbook's /print/ page (the whole plan in reading
 * order) to an A4 PDF through Chromium, with the plan title, version, digest and page X of Y in the
 * footer of every page. Builds the site first when dist/ is missing or was built from another plan.
 */
import { escapeHtml } from '../plan/safe-policy.ts';
import { astroBuild } from './astro-build.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadPlan } from '../integration/load-plan.ts';
import { launchBrowser, serveStatic } from './browser.ts';

/** What the footer of every printed page names. */
export interface PrintedPlan {
  title: string;
  version: string;
  digest: string;
}


/** Chromium footer template: title, version, first 12 hex of the digest, page X of Y. */
export function footerTemplate(plan: PrintedPlan): string {
  const text = `${escapeHtml(plan.title)} · version ${escapeHtml(plan.version)} · digest ${plan.digest.slice(0, 12)}`;
  return (
    `<div style="font-size:8px;font-family:sans-serif;width:100%;margin:0 12mm;display:flex;justify-content:space-between">` +
    `<span>${text}</span><span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`
  );
}

/** Plan digest the built site in `dist` was made from (read from its sw.js), if any. */
export function builtDigest(dist: string): string | undefined {
  const sw = join(dist, 'sw.js');
  if (!existsSync(sw)) return undefined;
  return /"digest":"([0-9a-f]{64})"/.exec(readFileSync(sw, 'utf8'))?.[1];
}

/** Prints `dist`'s /print/ page to `out` as an A4 PDF. */
export async function writeHandbookPdf(dist: string, out: string, plan: PrintedPlan): Promise<void> {
  const site = await serveStatic(resolve(dist));
  const browser = await launchBrowser();
  try {
    // The offline worker would precache the whole site for nothing while printing.
    const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
    const response = await page.goto(`${site.url}/print/`, { waitUntil: 'networkidle' });
    if (!response?.ok()) throw new Error(`${dist}/print/ answered ${response?.status()}: is the print page built?`);
    await page.pdf({
      path: out,
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footerTemplate(plan),
      margin: { top: '16mm', bottom: '18mm', left: '14mm', right: '14mm' },
    });
  } finally {
    await browser.close();
    await site.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'handbook.pdf' }, dist: { type: 'string', default: 'dist' } } });
  const plan = loadPlan();
  if (!existsSync(join(values.dist, 'print', 'index.html')) || builtDigest(values.dist) !== plan.digest) {
    console.log(`building the handbook into ${values.dist}/ …`);
    astroBuild({ outDir: values.dist });
  }
  const out = resolve(values.out);
  await writeHandbookPdf(values.dist, out, { title: plan.document.title, version: plan.document.version, digest: plan.digest });
  console.log(`wrote ${out}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
