/**
 * The precache manifest: every file of the built site as the URL a browser asks for, in three tiers
 * (see ./precache-tiers.ts), and a cache name that changes whenever the plan or any built file changes.
 * Build-time only (reads the disk); the worker gets the result as its `PRECACHE` constant (src/sw/precache.ts).
 *
 *   dist/**  ──listOutputFiles──▶ ['index.html', '_astro/x.js', …] ──buildPrecacheManifest──▶ PrecacheManifest
 *            urls (first visit: incident pages + search) · background (after) · onDemand (when visited)
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { PrecacheManifest } from '../sw/precache.ts';
import { precacheTiers } from './precache-tiers.ts';
import { fileDigest } from './file-digests.ts';

/** What the facilitator kit leaves out of the lists: files only some browsers may fetch. */
export interface PrivateFiles {
  /** Whether a built file (path relative to the output folder) is left out of every tier. */
  isPrivate(file: string): boolean;
  /** URL path prefixes under which such files are kept once fetched. */
  keepFetchedUnder: string[];
}

/** Files the worker never precaches: itself, and files only a crawler or an editor wants. */
const SKIPPED = new Set(['sw.js', 'sitemap-index.xml', 'sitemap-0.xml', 'robots.txt']);

/** Every file under `dir`, as sorted `/`-separated paths relative to it. */
export function listOutputFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return files.sort();
}

/**
 * The URL a browser requests for a built file: `roles/index.html` is asked for as `./roles/`
 * (Astro's directory format links pages with a trailing slash), every other file as its path.
 */
export function urlForFile(file: string): string {
  if (file === 'index.html') return './';
  if (file.endsWith('/index.html')) return `./${file.slice(0, -'index.html'.length)}`;
  return `./${file}`;
}

/**
 * Builds the manifest for the files of `dir` (see {@link listOutputFiles}) and the plan they were
 * built from. `digests` gives files' SHA-256 where the caller has them (file-digests.ts).
 */
export function buildPrecacheManifest(
  dir: string,
  files: string[],
  plan: { version: string; digest: string },
  privateFiles?: PrivateFiles,
  digests?: ReadonlyMap<string, string>,
): PrecacheManifest {
  const precached = files.filter((f) => !SKIPPED.has(f) && !f.endsWith('.map'));
  const listed = privateFiles ? precached.filter((f) => !privateFiles.isPrivate(f)) : precached;
  const tiers = precacheTiers(listed, (file) => readFileSync(join(dir, file), 'utf8'));
  // The build hash names the cache: any changed file gives a new one.
  const hash = createHash('sha256');
  for (const file of precached)
    hash
      .update(file)
      .update('\0')
      .update(digests?.get(file) ?? fileDigest(dir, file))
      .update('\0');
  const build = hash.digest('hex').slice(0, 12);
  const safeVersion = plan.version.replace(/[^\w.-]/g, '_');
  return {
    version: plan.version,
    digest: plan.digest,
    build,
    cacheName: `drillbook-${safeVersion}-${plan.digest.slice(0, 12)}-${build}`,
    urls: tiers.critical.map(urlForFile),
    background: tiers.background.map(urlForFile),
    onDemand: tiers.onDemand.map(urlForFile),
    ...(privateFiles ? { keepFetchedUnder: privateFiles.keepFetchedUnder } : {}),
  };
}
