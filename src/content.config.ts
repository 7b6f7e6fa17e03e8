import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { isAbsolute, join } from 'node:path';

/** The chapters folder of the plan folder `dir`, relative to the project or absolute (a temporary copy in tests). */
const chaptersBase = (dir: string) => (isAbsolute(dir) ? join(dir, 'chapters') : `./${dir}/chapters`);

/**
 * The schema `make` builds on its first call, for every later call. Astro asks for the docs schema
 * once per chapter when it loads them, and Starlight once per `<StarlightPage>` (every generated
 * page): hundreds of identical builds of a large zod schema. The calls differ only in the context's
 * `image()` helper, which no page uses: the compiler admits only title, description, order, owner
 * and controls in a chapter's frontmatter (`chapterFrontmatter`, strict), and generated pages pass
 * neither a hero nor an image.
 */
function once<C, S>(make: (context: C) => S): (context: C) => S {
  let schema: S | undefined;
  return (context) => (schema ??= make(context));
}

/**
 * Narrative chapters are the plan's own MDX pages in `content/chapters/` (or `DRILLBOOK_CONTENT`).
 * The plan compiler validates their frontmatter; here the extra fields are optional because the
 * generated pages (`<StarlightPage>`) share this schema and have no `order`.
 */
export const collections = {
  docs: defineCollection({
    loader: glob({ base: chaptersBase(process.env.DRILLBOOK_CONTENT || 'content'), pattern: '**/*.mdx' }),
    schema: once(
      docsSchema({
        extend: z.object({
          /** Position in reading order (required by the compiler for chapters). */
          order: z.number().int().optional(),
          /** Role that owns the chapter. */
          owner: z.string().optional(),
          /** Controls the chapter helps satisfy. */
          controls: z.array(z.string()).default([]),
        }),
      }),
    ),
  }),
  /**
   * Starlight's UI strings, with no overrides: one empty entry for the site's language keeps its
   * built-in English strings, and tells Astro the collection is meant to exist (an undefined or
   * empty one printed a warning on every build).
   */
  i18n: defineCollection({
    loader: {
      name: 'drillbook-i18n',
      load: async ({ store, parseData }) => void store.set({ id: 'en', data: await parseData({ id: 'en', data: {} }) }),
    },
    schema: i18nSchema(),
  }),
};
