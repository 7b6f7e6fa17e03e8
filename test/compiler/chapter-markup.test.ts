import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseChapter } from '../../src/compiler/chapter-source.ts';
import { compileWith, lines, ofRule, replace, planOf } from './helpers.ts';
import { markdownNesting } from '../../src/plan/markdown-depth.ts';
import {
  HANDBOOK_COMPONENTS,
  MARKUP_MESSAGES,
  dangerousScheme,
  isComment,
  isPlaceholder,
  refusedLinkScheme,
} from '../../src/plan/chapter-markup.ts';

// The body starts on line 6: frontmatter is lines 1-4, line 5 is blank.
const chapter = (body: string) => ({ 'chapters/purpose.mdx': `---\ntitle: Purpose\norder: 1\n---\n\n${body}\n` });
const at = (body: string, rule?: string) => {
  const result = compileWith(chapter(body));
  return (rule ? ofRule(result, rule) : result.problems).map((p) => `${p.line}:${p.column} ${p.rule}`);
};
const messages = (body: string) => compileWith(chapter(body)).problems.map((p) => p.message);

describe('chapters cannot run code (mdx-code)', () => {
  it('rejects each import and export line of an ESM block at its own line', () => {
    expect(
      at(
        "import { Aside } from '@astrojs/starlight/components';\nimport fs from 'node:fs';\nexport const x = 1;\n\nText.",
      ),
    ).toEqual(['6:1 mdx-code', '7:1 mdx-code', '8:1 mdx-code']);
    const [imp, , exp] = messages("import fs from 'node:fs';\nimport x from 'y';\nexport const x = 1;");
    expect(imp).toContain(
      'remove the import: the handbook components are available without import (<RaciTable playbook="…" />',
    );
    expect(exp).toContain('remove the export: page fields such as title and description go in the frontmatter');
  });

  it('rejects a text expression and a flow expression at their braces, and says how to write a literal brace', () => {
    expect(at('Intro.\n\nHello {process.exit(1)} world.\n\n{Object.keys(process.env)}')).toEqual([
      '8:7 mdx-code',
      '10:1 mdx-code',
    ]);
    expect(messages('x {process.exit(1)}')[0]).toMatch(
      /^chapters cannot run code; \{process\.exit\(1\)\} is a JavaScript expression: write \\\{ for a literal brace/,
    );
  });

  it('tells an author who writes an HTML comment to write an MDX comment', () => {
    expect(lines(compileWith(chapter('Intro.\n\n<!-- reviewed by legal -->')))).toEqual([
      'content/chapters/purpose.mdx:8:1  error  mdx-syntax  MDX syntax error: MDX has no HTML comments (<!-- … -->); write the comment as {/* … */} or delete it',
    ]);
  });

  it('accepts {{placeholder}} text (shown literally) and {/* comments */}', () => {
    expect(
      compileWith(chapter('On {{awareness_time}} we learnt of it.\n\n{{ customer_name }}\n\n{/* reviewed by legal */}'))
        .problems,
    ).toEqual([]);
  });

  it('rejects <script>, <style>, <iframe> and plain HTML elements, each at its tag (and the expression inside the style)', () => {
    expect(
      at(
        '<script>alert(1)</script>\n\n<style>p{}</style>\n\nSee <iframe src="https://example.com" /> and <b>bold</b>.',
      ),
    ).toEqual(['6:1 mdx-code', '8:1 mdx-code', '8:9 mdx-code', '10:5 mdx-code', '10:46 mdx-code']);
    const m = messages('<script>alert(1)</script>\n\n<b>x</b>');
    expect(m[0]).toBe('chapters cannot run code; remove the <script> element');
    expect(m[1]).toContain('chapters are Markdown, not HTML: replace <b> with Markdown (**bold**');
  });

  it('rejects an on*= attribute at the attribute, on its own line when the tag spans lines', () => {
    expect(at('<img\n  src="x.png"\n  onerror="alert(1)" />')).toEqual(['6:1 mdx-code', '8:3 mdx-code']);
    expect(messages('<img src="x" onerror="alert(1)" />')[1]).toBe(
      'the onerror= attribute runs script; remove it (chapters cannot run code)',
    );
  });

  it('rejects javascript:, vbscript: and data: URLs in links, images, definitions and attributes, however they are spelt', () => {
    expect(
      at(
        '[a](javascript:alert(1)) ![i](data:image/png;base64,AAAA)\n\n[ref][d]\n\n[d]: VBScript:x\n\n[t](java%09script:x) [u](<java\tscript:alert(1)>)',
      ),
    ).toEqual(['6:1 mdx-code', '6:26 mdx-code', '10:1 mdx-code', '12:22 mdx-code']);
    expect(messages('[a](javascript:alert(1))')[0]).toContain(
      'the link goes to a javascript: URL, which runs script; link to an https:, mailto: or tel: address',
    );
    expect(at('<a href=" JaVaScript:alert(1)">x</a>')).toEqual(['6:1 mdx-code', '6:4 mdx-code']);
  });

  it('accepts ordinary links', () => {
    expect(
      compileWith(
        chapter(
          '[site](https://example.com) [mail](mailto:a@b.example) [call](tel:+31205550101) [page](/raci/) [top](#purpose) [IC](role:incident-commander)',
        ),
      ).problems,
    ).toEqual([]);
  });

  it('rejects expression and spread attributes', () => {
    expect(at('<SeverityTable x={process.exit(1)} {...props} />')).toEqual(['6:16 mdx-code', '6:36 mdx-code']);
  });
});

describe('handbook components (mdx-component)', () => {
  it('accepts every documented component as its example shows it', () => {
    const examples = HANDBOOK_COMPONENTS.map((c) => c.example.replace('ransomware', 'breach'));
    expect(compileWith(chapter(examples.join('\n\n'))).problems).toEqual([]);
  });

  it('suggests the component meant by a misspelt name', () => {
    expect(lines(compileWith(chapter('<RaciTabel playbook="breach" />')))).toEqual([
      'content/chapters/purpose.mdx:6:1  error  mdx-component  <RaciTabel> is not a handbook component (did you mean <RaciTable>?); chapters cannot import components: use one of <RaciTable playbook="…" />, <SeverityTable />, <RoleCard role="…" />',
    ]);
  });

  it('tells an author who writes <Aside> to write :::note instead', () => {
    expect(messages('<Aside type="note">x</Aside>')[0]).toContain(
      'write the aside as :::note, then its text, then :::',
    );
  });

  it('reports a misspelt attribute once, with the attribute meant, and a missing one at the tag', () => {
    expect(lines(compileWith(chapter('<RaciTable playbok="breach" />')))).toEqual([
      'content/chapters/purpose.mdx:6:12  error  mdx-component  <RaciTable> has no attribute "playbok" (did you mean "playbook"?); it takes playbook="…"',
    ]);
    expect(lines(compileWith(chapter('<RaciTable />')))).toEqual([
      'content/chapters/purpose.mdx:6:1  error  mdx-component  <RaciTable> needs playbook="…" (id of the playbook), e.g. <RaciTable playbook="ransomware" />',
    ]);
    expect(messages('<SeverityTable level="sev1" />')[0]).toBe(
      '<SeverityTable> has no attribute "level"; it takes no attributes: write <SeverityTable />',
    );
  });

  it('reports an attribute naming an unknown element at the attribute, with the id meant', () => {
    expect(lines(compileWith(chapter('Intro.\n\n<RoleCard   role="dpp" />')))).toEqual([
      'content/chapters/purpose.mdx:8:13  error  ref-unresolved  chapter "purpose": <RoleCard role> names role "dpp", which is not defined (did you mean "dpo"?); use the id of an existing role',
    ]);
  });

  it('reports an empty or malformed id value', () => {
    expect(messages('<RoleCard role="" />')[0]).toBe(
      'give role a value (id of the role), e.g. <RoleCard role="incident-commander" />',
    );
    expect(messages('<RoleCard role="Data Officer" />')[0]).toContain('role="Data Officer" is not an id');
  });

  it('wants a component on a line of its own and without content', () => {
    expect(messages('See <SeverityTable /> here.')[0]).toBe(
      'put <SeverityTable /> on a line of its own: a component is a block, not part of a sentence',
    );
    expect(messages('<SeverityTable>x</SeverityTable>')[0]).toBe(
      '<SeverityTable> takes no content; write it as one self-closing tag: <SeverityTable />',
    );
  });

  it('accepts the four aside types and rejects another with a suggestion', () => {
    expect(
      compileWith(
        chapter(':::note\na\n:::\n\n:::tip\nb\n:::\n\n:::caution[Before you restore]\nc\n:::\n\n:::danger\nd\n:::'),
      ).problems,
    ).toEqual([]);
    expect(lines(compileWith(chapter('x\n\n:::notes\na\n:::')))).toEqual([
      'content/chapters/purpose.mdx:8:1  error  mdx-component  ":::notes" is not an aside; write :::note, :::tip, :::caution or :::danger (did you mean "note"?)',
    ]);
  });

  it('finds typed links inside an aside', () => {
    const plan = planOf(compileWith(chapter(':::note\nAsk the [DPO](role:dpo).\n:::')));
    expect(plan.chapters[0].references).toEqual([{ ref: 'role:dpo', line: 7, column: 9 }]);
  });
});

describe('depth limits (mdx-depth)', () => {
  it('reports 10,000 nested blockquotes in a chapter at the line, quickly and without parsing them', () => {
    const started = performance.now();
    expect(lines(compileWith(chapter('Intro.\n\n' + '> '.repeat(10_000) + 'deep')))).toEqual([
      'content/chapters/purpose.mdx:8:201  error  mdx-depth  Markdown nested 10000 levels deep (quotes, lists or indentation); nest at most 100 levels: flatten the quote or list',
    ]);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('reports a list nested by indentation past the limit', () => {
    const list = Array.from({ length: 150 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n');
    expect(at(list)).toEqual(['106:201 mdx-depth']);
  });

  it('reports inline nesting past the limit found in the parsed tree', () => {
    expect(at('*'.repeat(400) + 'x' + '*'.repeat(400))).toEqual([expect.stringMatching(/^6:\d+ mdx-depth$/)]);
    expect(messages('*'.repeat(400) + 'x' + '*'.repeat(400))[0]).toContain('more than 100 levels deep');
  });

  it('accepts nesting up to the limit, by quotes and by indented lists', () => {
    const list = Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n');
    expect(
      compileWith(chapter('> '.repeat(100) + 'deep\n\n' + list + '\n\n' + '*'.repeat(99) + 'x' + '*'.repeat(99)))
        .problems,
    ).toEqual([]);
  });

  it('accepts ordinary nesting and deep indentation inside fenced code', () => {
    const fenced = '```yaml\n' + ' '.repeat(400) + '- x\n```';
    expect(compileWith(chapter('> quote\n> > reply\n\n- a\n  - b\n    1. c\n\n' + fenced)).problems).toEqual([]);
  });

  it('reports a Markdown field of a YAML file nested past the limit at the field', () => {
    expect(
      lines(
        compileWith({
          'roles.yaml': replace('purpose: Advises on personal data.', `purpose: "${'> '.repeat(5000)}x"`),
        }),
      ),
    ).toEqual([
      'content/roles.yaml:16:14  error  schema-value  role "dpo": "purpose" is Markdown nested 5000 levels deep (quotes, lists or indentation); nest at most 100 levels: flatten the quote or list',
    ]);
  });
});

describe('markup helpers', () => {
  it('measures nesting per line, counting markers and indentation', () => {
    expect(markdownNesting('a\n> > b\n- c')).toEqual({ depth: 2, line: 2, column: 5 });
    expect(markdownNesting('    - x').depth).toBe(3);
    expect(markdownNesting('1. a\n   2) b').depth).toBe(2);
    expect(markdownNesting('-x\n>').depth).toBe(1);
  });

  it('tells placeholders and comments from code', () => {
    expect(isPlaceholder('{name}')).toBe(true);
    expect(isPlaceholder('{ a.b }')).toBe(true);
    expect(isPlaceholder('name')).toBe(false);
    expect(isPlaceholder('{a: {b: 1}}')).toBe(false);
    expect(isComment('/* note */')).toBe(true);
    expect(isComment('/* a */ process.exit(1) /* b */')).toBe(false);
  });

  it('finds dangerous schemes as a browser reads them', () => {
    expect(dangerousScheme(' JAVA\tSCRIPT:alert(1)')).toBe('javascript');
    expect(dangerousScheme('\u0001data:text/html,x')).toBe('data');
    expect(dangerousScheme('https://example.com/javascript:x')).toBeUndefined();
    expect(dangerousScheme('role:dpo')).toBeUndefined();
  });
});

describe('any chapter text', () => {
  it('is parsed and inspected without throwing, every problem inside the file', () => {
    const token = fc.constantFrom(
      'x',
      ' ',
      '\n',
      '\n\n',
      '> ',
      '- ',
      '1. ',
      '  ',
      '*',
      '_',
      '[',
      ']',
      '(',
      ')',
      '{',
      '}',
      '{{',
      '}}',
      '<',
      '>',
      '/',
      '=',
      '"',
      'import a from "b"\n',
      'export const c = 1\n',
      ':::note\n',
      ':::\n',
      '<RaciTable playbook="breach" />',
      '<SeverityTable',
      'onerror=',
      'javascript:',
      '`',
      '```mermaid\n',
      '\\',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (tokens) => {
        const text = `---\ntitle: T\norder: 1\n---\n${tokens.join('')}`;
        const lineCount = text.split('\n').length;
        const { problems } = parseChapter('c.mdx', text);
        for (const p of problems) {
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.line).toBeLessThanOrEqual(lineCount);
          expect(p.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('link targets in chapters', () => {
  it('allows the one URL policy of plan text and typed references, and refuses every other scheme', () => {
    for (const ok of [
      'https://example.com',
      'http://x',
      'mailto:a@b.c',
      'tel:+31201234567',
      '/roles/dpo/',
      '#top',
      '../x',
      'role:dpo',
      'activity:ransomware/isolate',
    ])
      expect(refusedLinkScheme(ok), ok).toBeUndefined();
    expect(refusedLinkScheme('ftp://files.example.com/x')).toBe('ftp');
    expect(refusedLinkScheme('file:///etc/passwd')).toBe('file');
    expect(refusedLinkScheme(' JAVA\tSCRIPT:alert(1)')).toBe('javascript');
    expect(refusedLinkScheme('roles:scribe')).toBe('roles');
  });

  it('says how to write a typed link when the kind is misspelt or the id is not an id', () => {
    expect(MARKUP_MESSAGES.url('roles', 'the link goes to')).toContain('typed link is role: followed by an id');
    expect(MARKUP_MESSAGES.url('role', 'the link goes to')).toContain('[text](role:incident-commander)');
    expect(MARKUP_MESSAGES.url('ftp', 'the link goes to')).toBe(
      'the link goes to a ftp: URL; links go only to https:, http:, mailto: or tel: addresses, a relative page or a plan element (role:incident-commander)',
    );
  });
});
