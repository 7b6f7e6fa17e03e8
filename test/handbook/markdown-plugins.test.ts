import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { markdownToHtml, mdxToJs } from 'satteri';
import { compileWith, planOf } from '../compiler/helpers.ts';
import { indexRefs } from '../../src/plan/refs.ts';
import planRefs from '../../src/markdown/remark-plan-refs.ts';
import mermaidSvg, { diagramTitle } from '../../src/diagrams/remark-mermaid-svg.ts';
import { isPlainText, renderMarkdown } from '../../src/markdown/render-markdown.ts';

const plan = planOf(compileWith());
const refs = indexRefs(plan);
const html = (md: string, file = 'content/chapters/purpose.mdx') =>
  (
    markdownToHtml(md, { mdastPlugins: [planRefs({ refs })], fileURL: pathToFileURL(resolve(file)) }) as {
      html: string;
    }
  ).html;

describe('plan-refs plugin', () => {
  it('turns a typed reference into a link to the element page', () => {
    expect(html('Call the [commander](role:incident-commander).')).toContain(
      '<a href="/roles/incident-commander/" class="db-ref db-ref-role">commander</a>',
    );
  });

  it('uses the element name when the link text is empty', () => {
    expect(html('Run [](playbook:breach) now.')).toContain('>Personal-data breach</a>');
  });

  it('links activities and obligation stages to their anchors', () => {
    const out = html('[](activity:breach/notify-dpa) and [](stage:gdpr-art33/authority)');
    expect(out).toContain('href="/playbooks/breach/#notify-dpa"');
    expect(out).toContain('href="/obligations/#gdpr-art33-authority"');
  });

  it('leaves ordinary links alone', () => {
    expect(html('[site](https://example.com/role:x)')).toContain('href="https://example.com/role:x"');
  });

  it('fails with file:line:column and the rule id for an unknown id', () => {
    expect(() => html('Intro.\n\nAsk the [scribe](role:scribe).')).toThrow(
      'content/chapters/purpose.mdx:3:9  error  ref-unresolved  link target "role:scribe" names no element of the plan',
    );
  });

  it('applies to Markdown fields of the plan too', () => {
    expect(renderMarkdown('See [](role:dpo).', refs, true)).toBe(
      'See <a href="/roles/dpo/" class="db-ref db-ref-role">Data Protection Officer</a>.',
    );
  });

  it('renders the same text the same way every time (it is rendered once per build)', () => {
    const text = 'Ask the [DPO](role:dpo) **first**.';
    expect(renderMarkdown(text, refs)).toBe(renderMarkdown(text, refs));
    expect(renderMarkdown(text, refs, true)).toBe(
      'Ask the <a href="/roles/dpo/" class="db-ref db-ref-role">DPO</a> <strong>first</strong>.',
    );
  });

  it('skips the Markdown engine only for text that renders to itself', () => {
    const engine = (text: string) => (markdownToHtml(text) as { html: string }).html.trim();
    // Characters of the plain-text shortcut, plus the ones that end it, in every order.
    const char = fc.constantFrom(
      ...'aZé9 ,.;:\'"()?!/%+=-'.split(''),
      '&',
      '<',
      '*',
      '_',
      '[',
      ']',
      '`',
      '#',
      '@',
      '~',
      '|',
      '\n',
      'www.',
      '://',
      '1.',
      '2)',
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 24 }), (chars) => {
        const text = chars.join('');
        if (isPlainText(text)) expect(renderMarkdown(text, refs)).toBe(engine(text));
      }),
      { numRuns: 2000 },
    );
    expect(isPlainText('Carry out step 1, then record it in the log.')).toBe(true);
    for (const markdown of ['2. Notify', 'see www.example.org', 'a & b', 'a *b*', 'Call +31 ', '- item'])
      expect(isPlainText(markdown)).toBe(false);
  });
});

describe('mermaid-svg plugin', () => {
  const block = '```mermaid title="Breach flow"\nflowchart TD\n  A[Detect] --> B[Notify]\n```\n';

  it('renders a mermaid block to an inline SVG figure with its title as accessible name', () => {
    const out = (markdownToHtml(block, { mdastPlugins: [mermaidSvg()] }) as { html: string }).html;
    expect(out).toMatch(/<figure class="db-diagram"><svg[^>]*role="img" aria-label="Breach flow"/);
    expect(out).toContain('>Notify</text>');
    expect(out).not.toContain('<code');
  });

  it('gives two diagrams on one page different ids', () => {
    const out = (markdownToHtml(block + '\n' + block, { mdastPlugins: [mermaidSvg()] }) as { html: string }).html;
    expect(out).toContain('id="md1-arrowhead"');
    expect(out).toContain('id="md2-arrowhead"');
  });

  it('hands MDX the SVG through Fragment set:html', () => {
    const { code } = mdxToJs(block, { mdastPlugins: [mermaidSvg()] }) as { code: string };
    expect(code).toContain('"set:html": "<figure class=\\"db-diagram\\"><svg');
  });

  it('leaves other code blocks to the highlighter', () => {
    const out = (markdownToHtml('```yaml\na: 1\n```\n', { mdastPlugins: [mermaidSvg()] }) as { html: string }).html;
    expect(out).toContain('<code');
    expect(out).not.toContain('<svg');
  });

  it('fails with file:line:column when a block cannot be drawn', () => {
    const bad = 'Intro.\n\n```mermaid\ngraph XX\n  A\n```\n';
    expect(() =>
      markdownToHtml(bad, { mdastPlugins: [mermaidSvg()], fileURL: pathToFileURL(resolve('content/chapters/x.mdx')) }),
    ).toThrow(/^content\/chapters\/x\.mdx:3:1  error  mermaid-syntax  this mermaid block cannot be drawn/);
  });

  it('names the diagram types Mermaid knows when the first line is none of them', () => {
    const bad = 'Intro.\n\n```mermaid\ngnatt\n  title Plan\n```\n';
    expect(() =>
      markdownToHtml(bad, { mdastPlugins: [mermaidSvg()], fileURL: pathToFileURL(resolve('content/chapters/x.mdx')) }),
    ).toThrow(
      /^content\/chapters\/x\.mdx:3:1  error  mermaid-syntax  this mermaid block has no diagram type Mermaid knows \(.*\bgantt\b.*\); fix the first line$/,
    );
  });

  it('leaves a gantt chart to the browser: its source, escaped, in a figure the client draws', () => {
    const gantt =
      '```mermaid title="Drill <plan>"\ngantt\n  title Q1 <b>drills</b>\n  Drill :a1, 2027-01-04, 3d\n```\n';
    const out = (markdownToHtml(gantt, { mdastPlugins: [mermaidSvg()] }) as { html: string }).html;
    expect(out).toContain(
      '<figure class="db-diagram" data-db-mermaid data-label="Drill &#60;plan&#62;"><div class="db-mermaid-canvas" hidden></div>',
    );
    expect(out).toContain(
      '<details open><summary>Drill &#60;plan&#62;: diagram source</summary><pre class="db-mermaid-source">gantt\n  title Q1 &#60;b&#62;drills&#60;/b&#62;',
    );
    expect(out).not.toContain('<svg');
    expect(out).not.toContain('<b>');
  });

  it('reads the title from the fence meta', () => {
    expect(diagramTitle('title="Who calls whom"')).toBe('Who calls whom');
    expect(diagramTitle(undefined)).toBe('Diagram');
  });
});
