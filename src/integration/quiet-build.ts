/**
 * A build that prints only what a reader can act on. Two messages every build printed were about
 * Astro's and Starlight's own workings, not the plan:
 *
 *   Vite (Rolldown)  MODULE_LEVEL_DIRECTIVE "use astro:head-inject" in <chapter>.mdx?astroPropagatedAssets,
 *                    once per chapter with a code frame: Astro writes that directive itself into the module
 *                    it wraps each MDX entry in (astro/dist/content/vite-plugin-content-assets.js) and reads it
 *                    back before bundling; Rolldown's note that it may not keep it does not apply.
 *   @astrojs/sitemap "requires the `site` astro.config option. Skipping.": Starlight adds the sitemap
 *                    integration unless one is present, and a sitemap needs the site's public URL.
 *
 * Any other warning still shows.
 */
import type { AstroIntegration } from 'astro';

/** The subset of a Rolldown log this filter reads. */
interface BuildLog {
  code?: string;
  message: string;
}

/** Whether `log` is Rolldown's note on Astro's own `use astro:head-inject` directive (see above). */
export function isAstroDirectiveNote(log: BuildLog): boolean {
  return (
    log.code === 'MODULE_LEVEL_DIRECTIVE' &&
    log.message.includes('"use astro:head-inject"') &&
    log.message.includes('?astroPropagatedAssets')
  );
}

/** Vite's `build.rolldownOptions.onwarn`: drops {@link isAstroDirectiveNote}, passes every other warning on. */
export function onBuildWarning(log: BuildLog, warn: (log: BuildLog) => void): void {
  if (!isAstroDirectiveNote(log)) warn(log);
}

/**
 * Stands in for `@astrojs/sitemap` when the handbook has no public URL (`DRILLBOOK_SITE` unset), so
 * Starlight does not add a sitemap that can only skip itself with a warning. With a URL, Starlight's
 * own sitemap integration runs.
 */
export function noSitemap(): AstroIntegration {
  return { name: '@astrojs/sitemap', hooks: {} };
}
