import { describe, expect, it } from 'vitest';
import { compileWith, lines, ofRule, planOf } from './helpers.ts';

const chapter = (body: string) => ({ 'chapters/purpose.mdx': `---\ntitle: Purpose\norder: 1\n---\n\n${body}\n` });

describe('chapter bodies (parsed by Sätteri, the parser the handbook is rendered with)', () => {
  it('reports an unclosed JSX tag at the tag, with the line counted from the top of the file', () => {
    expect(lines(compileWith(chapter('Intro.\n\nHello <b>unclosed\n\nmore')))).toEqual([
      'content/chapters/purpose.mdx:8:7  error  mdx-syntax  MDX syntax error: Expected a closing tag for `<b>` before the end of `paragraph`; fix the markup (write "&lt;" or "\\<" for a literal "<", "\\{" for a literal "{")',
    ]);
  });

  it('reports a broken tag with the reason the build would give', () => {
    const [problem] = ofRule(compileWith(chapter('x\n\n<Foo bar=">')), 'mdx-syntax');
    expect(problem).toMatchObject({ line: 8, column: 1 });
    expect(problem.message).toContain('Unexpected character after `<`, expected a valid JSX tag');
  });

  it('accepts a "<" followed by a space, as the build does', () => {
    expect(compileWith(chapter('Acknowledge in < 15 minutes.')).problems).toEqual([]);
  });

  it('finds references in links and in link definitions, at their lines', () => {
    const plan = planOf(
      compileWith(chapter('Ask the [IC][ic].\n\n[ic]: role:incident-commander\n\nThen [](playbook:breach).')),
    );
    expect(plan.chapters[0].references).toEqual([
      { ref: 'role:incident-commander', line: 8, column: 1 },
      { ref: 'playbook:breach', line: 10, column: 6 },
    ]);
  });
});
