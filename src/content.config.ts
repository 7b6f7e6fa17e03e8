import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';

/** Narrative chapters are the plan's own MDX pages in `content/chapters/`. */
export const collections = {
  docs: defineCollection({
    loader: glob({ base: `./${process.env.DRILLBOOK_CONTENT ?? 'content'}/chapters`, pattern: '**/*.mdx' }),
    schema: docsSchema({
      extend: z.object({ order: z.number().int(), owner: z.string().optional(), controls: z.array(z.string()).default([]) }),
    }),
  }),
};
