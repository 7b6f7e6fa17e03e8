// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import drillbook from './src/integration/drillbook.ts';
import offline from './src/integration/offline.ts';
import { handbookConfig } from './src/integration/handbook.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';

// Compiles the plan once (failing with the compiler's lines) for the title, sidebar and link plugins.
const handbook = handbookConfig();

export default defineConfig({
  markdown: { processor: satteri({ mdastPlugins: /** @type {any} */ (handbook.mdastPlugins) }) },
  integrations: [
    drillbook(),
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
    }),
    offline(), // after starlight: sw.js precaches the Pagefind index too
  ],
});
