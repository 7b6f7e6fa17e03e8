// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import drillbook from './src/integration/drillbook.ts';
import offline from './src/integration/offline.ts';
import { handbookConfig } from './src/integration/handbook.ts';
import { noSitemap, onBuildWarning } from './src/integration/quiet-build.ts';
import { editionOf, OUT_DIRS } from './src/relay/kit-routes.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';

// Compiles the plan once (failing with the compiler's lines) for the title, sidebar and link plugins.
const handbook = handbookConfig();
// The handbook's public URL, e.g. https://handbook.example.org: gives it a sitemap and canonical links.
const site = process.env.DRILLBOOK_SITE || undefined;
// `npm run build` makes the staff handbook in dist/; `npm run build:exercise` (DRILLBOOK_KIT=1) the facilitator kit in dist-exercise/.
const edition = editionOf(process.env);

export default defineConfig({
  site,
  // Two pages in flight: while one page's file is written, the next renders. Measured with `npm run bench
  // -- 30-handbook` (349 pages): 1.25–1.26× plain Starlight's build with one page at a time, 1.12–1.16× with two;
  // dist/ is byte-identical either way.
  build: { concurrency: 2 },
  outDir: `./${OUT_DIRS[edition]}`,
  vite: { build: { rolldownOptions: { onwarn: onBuildWarning } } }, // quiet-build.ts: Astro's own directive is no news
  markdown: { processor: satteri({ mdastPlugins: /** @type {any} */ (handbook.mdastPlugins) }) },
  integrations: [
    drillbook({ edition }),
    ...(site ? [] : [noSitemap()]), // no URL, no sitemap (quiet-build.ts)
    starlight({
      title: handbook.title,
      sidebar: handbook.sidebar,
      customCss: ['./src/styles/handbook.css'],
      components: { Footer: './src/components/Footer.astro', Head: './src/components/Head.astro' }, // Head: the title as text
      pagination: false,
      // A role page's aliases count like its title: "Incident Lead" finds the Incident Commander (src/pages/roles/[id].astro);
      // the words responders type for severities, contacts, playbooks and deadlines likewise (src/handbook/search-keywords.ts).
      pagefind: { ranking: { metaWeights: { aliases: 5, keywords: 10 } } },
      routeMiddleware: './src/handbook/sidebar-middleware.ts', // long chapter lists only on chapter pages
      disable404Route: true, // src/pages/404.astro: the docs collection holds only chapters, so Starlight's route found no 404 entry
    }),
    offline({ edition }), // after starlight: sw.js precaches the Pagefind index too
  ],
});
