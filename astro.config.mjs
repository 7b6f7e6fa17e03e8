// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import drillbook from './src/integration/drillbook.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';

export default defineConfig({
  integrations: [
    drillbook(),
    starlight({
      title: 'Drillbook handbook',
      sidebar: [{ label: 'Chapters', items: [{ autogenerate: { directory: '.' } }] }],
    }),
  ],
});
