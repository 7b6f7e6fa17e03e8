import { describe, expect, it } from 'vitest';
import { compileWith, ofRule, planOf } from '../helpers.ts';
import { suggestId } from '../../../src/compiler/rules/chapters.ts';
import { RESERVED_NAMES } from '../../../src/plan/routes.ts';

const chapter = (title: string) => `---\ntitle: ${title}\norder: 2\n---\n\nText.\n`;

describe('chapter-id', () => {
  it('accepts chapter file names that are ids, also in sub-folders', () => {
    const result = compileWith({ 'chapters/annex/contact-tree.mdx': chapter('Contact tree') });
    expect(result.problems).toEqual([]);
    expect(planOf(result).chapters.map((c) => c.id)).toEqual(['purpose', 'annex/contact-tree']);
  });

  it('rejects a file name with capitals and spaces, suggesting an id', () => {
    const result = compileWith({ 'chapters/Next Steps.mdx': chapter('Next steps') });
    expect(ofRule(result, 'chapter-id')).toEqual([
      expect.objectContaining({
        file: 'content/chapters/Next Steps.mdx',
        line: 1,
        column: 1,
        message:
          'chapter file name "Next Steps" is not an id: the handbook uses it as the page URL; rename the file to chapters/next-steps.mdx (lower-case letters, digits and hyphens)',
      }),
    ]);
  });

  it('rejects a chapter that would take the URL of a generated page', () => {
    const result = compileWith({ 'chapters/playbooks.mdx': chapter('Playbooks') });
    expect(ofRule(result, 'chapter-id').map((p) => p.message)).toEqual([
      'chapter "playbooks" would take the URL /playbooks/ of the generated playbooks page; rename the file, e.g. chapters/playbooks-overview.mdx',
    ]);
  });

  it.each([
    ['index', '/', 'the home page', 'introduction'],
    ['404', '/404/', 'the "page not found" page', '404-overview'],
    ['pagefind', '/pagefind/', 'the search index', 'pagefind-overview'],
  ])('rejects a chapter named %s, which would take %s', (name, url, what, suggested) => {
    const result = compileWith({ [`chapters/${name}.mdx`]: chapter('A chapter') });
    expect(ofRule(result, 'chapter-id').map((p) => [p.file, p.line, p.message])).toEqual([
      [
        `content/chapters/${name}.mdx`,
        1,
        `chapter "${name}" would take the URL ${url} of ${what}; rename the file, e.g. chapters/${suggested}.mdx`,
      ],
    ]);
  });

  it('rejects every reserved top-level name, each at its file', () => {
    const names = RESERVED_NAMES['/'].filter((n) => /^[a-z0-9][a-z0-9-]*$/.test(n));
    const result = compileWith(Object.fromEntries(names.map((n) => [`chapters/${n}.mdx`, chapter(`Chapter ${n}`)])));
    expect(
      ofRule(result, 'chapter-id')
        .map((p) => p.file)
        .sort(),
    ).toEqual(names.map((n) => `content/chapters/${n}.mdx`).sort());
  });

  it('never suggests a file name the handbook uses itself', () => {
    const result = compileWith({ 'chapters/Roles.mdx': chapter('Roles') });
    expect(ofRule(result, 'chapter-id').map((p) => p.message)).toEqual([
      'chapter file name "Roles" is not an id: the handbook uses it as the page URL; rename the file to chapters/roles-overview.mdx (lower-case letters, digits and hyphens)',
    ]);
  });

  it('rejects an index file in a chapter folder, whose page would be the folder URL', () => {
    const result = compileWith({ 'chapters/annex/index.mdx': chapter('Annex') });
    expect(ofRule(result, 'chapter-id').map((p) => p.message)).toEqual([
      'chapter "annex/index" would take the URL /annex/ of chapter folder "annex" (an index file is the folder\'s own page); rename the file, e.g. chapters/annex/overview.mdx',
    ]);
  });

  it('rejects a file name longer than 64 characters, suggesting a shortened one', () => {
    const long = `${'handling-'.repeat(10)}x`;
    const result = compileWith({ [`chapters/${long}.mdx`]: chapter('Long') });
    expect(ofRule(result, 'chapter-id').map((p) => p.message)).toEqual([
      `chapter file name "handling-handling-ha…" is ${long.length} characters long; the handbook uses it as the page URL, so keep it to 64: rename the file to chapters/${'handling-'.repeat(6)}handling.mdx or shorter`,
    ]);
  });

  it('accepts a file name of exactly 64 characters', () => {
    const result = compileWith({ [`chapters/${'a'.repeat(64)}.mdx`]: chapter('Long') });
    expect(ofRule(result, 'chapter-id')).toEqual([]);
  });
});

describe('suggestId', () => {
  it('transliterates accented letters instead of dropping them', () => {
    expect(suggestId('über-uns')).toBe('uber-uns');
    expect(suggestId('Straße und Öffentlichkeit')).toBe('strasse-und-offentlichkeit');
    expect(suggestId('Réponse à incident')).toBe('reponse-a-incident');
    expect(suggestId('Ærø Łódź')).toBe('aero-lodz');
  });

  it('cuts a long name after the last whole word that fits in 64 characters', () => {
    expect(suggestId(`${'word-'.repeat(20)}end`)).toBe(`${'word-'.repeat(12)}word`);
    expect(suggestId('x'.repeat(100))).toBe('x'.repeat(64));
  });

  it('falls back to "chapter" when nothing of the name is left', () => {
    expect(suggestId('日本語')).toBe('chapter');
  });
});
