import { describe, expect, it } from 'vitest';
import { compileWith, ofRule } from '../helpers.ts';

const chapter = (title: string) => `---\ntitle: ${title}\norder: 2\n---\n\nText.\n`;

describe('chapter-id', () => {
  it('accepts chapter file names that are ids, also in sub-folders', () => {
    const result = compileWith({ 'chapters/annex/contact-tree.mdx': chapter('Contact tree') });
    expect(result.problems).toEqual([]);
    expect(result.plan.chapters.map((c) => c.id)).toEqual(['purpose', 'annex/contact-tree']);
  });

  it('rejects a file name with capitals and spaces, suggesting an id', () => {
    const result = compileWith({ 'chapters/Next Steps.mdx': chapter('Next steps') });
    expect(ofRule(result, 'chapter-id')).toEqual([
      expect.objectContaining({
        file: 'content/chapters/Next Steps.mdx',
        line: 1,
        column: 1,
        message: 'chapter file name "Next Steps" is not an id: the handbook uses it as the page URL; rename the file to chapters/next-steps.mdx (lower-case letters, digits and hyphens)',
      }),
    ]);
  });

  it('rejects a chapter that would take the URL of a generated page', () => {
    const result = compileWith({ 'chapters/playbooks.mdx': chapter('Playbooks') });
    expect(ofRule(result, 'chapter-id').map((p) => p.message)).toEqual([
      'chapter "playbooks" would take the URL /playbooks/ of the generated playbooks page; rename the file, e.g. chapters/playbooks-overview.mdx',
    ]);
  });
});
