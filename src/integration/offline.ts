/**
 * The offline integration: every built page registers a service worker, and when the build is done
 * (after Starlight has written the Pagefind index) `sw.js` is written into the output with a
 * precache manifest of every file. Must come after `starlight()` in `integrations`.
 *
 *   astro:config:setup  inject src/sw/register.ts into every page
 *   astro:build:done    list dist/ ──▶ PrecacheManifest (plan version + digest + build hash) ──▶ dist/sw.js
 *                       then dist/audit/manifest.json: every file's SHA-256, sw.js included (site-manifest.ts)
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPlan } from './load-plan.ts';
import type { PrecacheManifest } from '../sw/precache.ts';
import { buildPrecacheManifest, listOutputFiles, urlForFile } from './precache-manifest.ts';
import { restorePrintPage } from './print-aside.ts';
import { accessOf, type Edition } from '../relay/kit-routes.ts';

/** In the facilitator kit, the script's files are named to no browser's worker: each keeps them once allowed to fetch them. */
const KIT_PRIVATE_FILES = {
  isPrivate: (file: string) => accessOf(urlForFile(file).slice(1)) !== 'public',
  keepFetchedUnder: ['/exercises/'],
};
import { writeSiteManifest } from './site-manifest.ts';
import { fileDigests } from './file-digests.ts';

const REGISTER = fileURLToPath(new URL('../sw/register.ts', import.meta.url));
const WORKER = fileURLToPath(new URL('../sw/worker.ts', import.meta.url));

/** The service worker's code, minified, without its precache manifest (the same for every build of this source). */
function bundleWorkerCode(): Promise<string> {
  return build({
    entryPoints: [WORKER],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    minify: true,
  }).then((result) => result.outputFiles[0].text);
}

/** `sw.js`: the worker's code with `manifest` defined before it as its `PRECACHE` constant. */
function withManifest(code: string, manifest: PrecacheManifest): string {
  return `const PRECACHE=${JSON.stringify(manifest)};\n${code}`;
}

/** Bundles the service worker source with `manifest` defined as its `PRECACHE` constant. */
export async function bundleWorker(manifest: PrecacheManifest): Promise<string> {
  return withManifest(await bundleWorkerCode(), manifest);
}

/**
 * Writes `sw.js` into `outDir` for the plan the site was built from; returns its manifest and the
 * SHA-256 of every other file, which the audit manifest reuses. `code` is the worker's bundled
 * code, when it was started earlier (the integration bundles it while the pages build, in esbuild's
 * own process).
 */
export async function writeServiceWorker(
  outDir: string,
  edition: Edition = 'staff',
  code: Promise<string> = bundleWorkerCode(),
): Promise<{ manifest: PrecacheManifest; digests: Map<string, string> }> {
  const plan = loadPlan();
  const files = listOutputFiles(outDir).filter((f) => f !== 'sw.js');
  const digests = fileDigests(outDir, files);
  const manifest = buildPrecacheManifest(
    outDir,
    files,
    { version: plan.document.version, digest: plan.digest },
    edition === 'kit' ? KIT_PRIVATE_FILES : undefined,
    digests,
  );
  writeFileSync(join(outDir, 'sw.js'), withManifest(await code, manifest));
  return { manifest, digests };
}

/** The Astro integration that makes the built handbook work offline after one visit. */
export default function offline(options: { edition?: Edition } = {}): AstroIntegration {
  let workerCode: Promise<string> | undefined;
  return {
    name: 'drillbook-offline',
    hooks: {
      'astro:config:setup': ({ injectScript }) => {
        injectScript('page', `import ${JSON.stringify(REGISTER)};`);
      },
      'astro:build:start': () => {
        workerCode = bundleWorkerCode();
        workerCode.catch(() => {}); // a failure is reported when build:done awaits it
      },
      'astro:build:done': async ({ dir, logger }) => {
        restorePrintPage(fileURLToPath(dir)); // set aside while Pagefind ran (print-aside.ts)
        const { manifest, digests } = await writeServiceWorker(fileURLToPath(dir), options.edition, workerCode);
        logger.info(
          `sw.js precaches ${manifest.urls.length} files on the first visit and ${manifest.background?.length ?? 0} after it, in cache ${manifest.cacheName}`,
        );
        // Last: the audit manifest hashes every published file, sw.js included (site-manifest.ts).
        const site = writeSiteManifest(fileURLToPath(dir), loadPlan(), undefined, digests);
        logger.info(
          `audit/manifest.json lists ${Object.keys(site.files).length} files${site.publisher ? ', signed by the publisher key' : ''}`,
        );
      },
    },
  };
}
