import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';

/**
 * Narrative chapters are the plan's own MDX pages in `content/chapters/` (or `DRILLBOOK_CONTENT`).
 * The plan compiler validates their frontmatter; here the extra fields are optional because the
 * generated pages (`<StarlightPage>`) share this schema and have no `order`.
 */
export const collections = {
  docs: defineCollection({
    loader: glob({ base: `./${process.env.DRILLBOOK_CONTENT ?? 'content'}/chapters`, pattern: '**/*.mdx' }),
    schema: docsSchema({
      extend: z.object({
        /** Position in reading order (required by the compiler for chapters). */
        order: z.number().int().optional(),
        /** Role that owns the chapter. */
        owner: z.string().optional(),
        /** Controls the chapter helps satisfy. */
        controls: z.array(z.string()).default([]),
      }),
    }),
  }),
};
