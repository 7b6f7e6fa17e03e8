/**
 * Property: whatever string an author puts in a text field, the HTML it becomes holds only the
 * elements and attributes that kind of field means to produce. Plain text produces none; Markdown
 * produces Markdown's own elements, with links and images only to URLs the policy allows.
 *
 * The rendered HTML is read by a strict tokenizer: every `<` must open or close a well-formed tag
 * with double-quoted attribute values (in which `<` and `>` are text), so markup the tokenizer cannot read fails the property
 * (what a browser would make of it is not guessed).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeHtml, isAllowedUrl, jsonForHtml } from '../../src/plan/safe-policy.ts';
import { renderSafeMarkdown } from '../../src/markdown/safe-markdown.ts';
import { isPlainText, renderMarkdown } from '../../src/markdown/render-markdown.ts';
import { mermaidLabel } from '../../src/handbook/escalation.ts';
import type { RaciMatrix } from '../../src/handbook/raci.ts';
import { raciRowsHtml } from '../../src/handbook/raci-table.ts';
import { indexRefs } from '../../src/plan/refs.ts';
import { compileWith, planOf } from '../compiler/helpers.ts';

/** Pinned so a failure can be replayed; fast-check prints it (and the shrunk input) when the property fails. */
const SEED = 20_260_409;
const run = (property: fc.IProperty<[string]>, numRuns = 1500) => {
  try {
    fc.assert(property, { seed: SEED, numRuns });
  } catch (error) {
    console.error(`escaping property failed with seed ${SEED}`);
    throw error;
  }
};

interface Tag {
  name: string;
  attrs: [string, string][];
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s"'<>/=]+(?:="[^"]*")?)*)\s*\/?>/y;
const ATTR = /\s+([^\s"'<>/=]+)(?:="([^"]*)")?/g;
const decode = (value: string) =>
  value.replace(/&(#x[0-9a-f]+|#\d+|amp|quot|lt|gt);/gi, (_, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(parseInt(e.slice(1).replace(/^x/i, ''), e[1].toLowerCase() === 'x' ? 16 : 10))
      : ({ amp: '&', quot: '"', lt: '<', gt: '>' } as Record<string, string>)[e.toLowerCase()],
  );

/** The opening tags of `html`; throws at the first `<` that does not start a well-formed tag. */
function openingTags(html: string): Tag[] {
  const tags: Tag[] = [];
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i)) {
    TAG.lastIndex = i;
    const m = TAG.exec(html);
    if (!m) throw new Error(`unreadable markup at ${i}: ${JSON.stringify(html.slice(i, i + 40))}`);
    if (!m[1])
      tags.push({
        name: m[2].toLowerCase(),
        attrs: [...m[3].matchAll(ATTR)].map((a) => [a[1].toLowerCase(), decode(a[2] ?? '')]),
      });
    i = TAG.lastIndex;
  }
  return tags;
}

// What Markdown (CommonMark + GFM, footnotes) legitimately produces.
const MARKDOWN_ELEMENTS = new Set(
  'p a img em strong del code pre ul ol li blockquote h1 h2 h3 h4 h5 h6 hr br table thead tbody tr th td input sup section'.split(
    ' ',
  ),
);
const MARKDOWN_ATTRIBUTES = new Set(
  'href src alt title class id type checked disabled align start data-footnotes data-footnote-ref data-footnote-backref aria-describedby aria-label'.split(
    ' ',
  ),
);

/** Throws unless `html` holds only Markdown's elements and attributes and only allowed URLs. */
function expectOnlyMarkdown(html: string): void {
  for (const tag of openingTags(html)) {
    expect(MARKDOWN_ELEMENTS, `element <${tag.name}> in ${html}`).toContain(tag.name);
    for (const [name, value] of tag.attrs) {
      expect(MARKDOWN_ATTRIBUTES, `attribute ${name} in ${html}`).toContain(name);
      if (name === 'href' || name === 'src') expect(isAllowedUrl(value), `${name}="${value}" in ${html}`).toBe(true);
    }
  }
}

// Strings an author might write, weighted towards what breaks out of text and attributes.
const PIECES = [
  '<',
  '>',
  '"',
  "'",
  '&',
  '`',
  '\n',
  '\n\n',
  ' ',
  '\t',
  '*',
  '_',
  '[',
  ']',
  '(',
  ')',
  '!',
  ':',
  '|',
  '-',
  '#',
  '\\',
  '    ',
  '<script>',
  '</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '<a href="',
  '<!--',
  '-->',
  '<![CDATA[',
  'javascript:',
  'JaVaScRiPt:',
  'data:',
  '&#106;',
  '&#x6A;',
  '&lt;',
  '&amp;',
  'alert(1)',
  'http://',
  'www.',
  'mailto:',
  'tel:',
  '[x](',
  '![x](',
  '](',
  '[^1]',
  '[^1]: ',
  '[r]: ',
  '[r]',
  '<http://e.org>',
  '<javascript:alert(1)>',
  '</title>',
  '</textarea>',
  '- [ ] ',
  '1. ',
  '> ',
  '| a | b |\n|---|---|\n',
  '```',
  '~~',
  'role:dpo',
  '](role:dpo)',
  'onmouseover=',
  '\u0000',
  '\u2028',
  'é',
];
const authorText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
    ),
    { maxLength: 16 },
  )
  .map((parts) => parts.join(''));

const refs = indexRefs(planOf(compileWith()));

describe('any string in a text field', () => {
  it('as plain text, escaped, produces no element and no attribute', () => {
    run(
      fc.property(authorText, (text) => {
        expect(openingTags(escapeHtml(text))).toEqual([]);
      }),
    );
  });

  it('as plain text that skips the Markdown engine, holds no character that could start markup', () => {
    run(
      fc.property(authorText, (text) => {
        if (isPlainText(text)) expect(renderMarkdown(text, refs)).toMatch(/^<p>[^<>&]*<\/p>$/);
      }),
    );
  });

  it('as plan Markdown (role purpose, activity description, playbook summary, template body) produces only Markdown elements and allowed URLs', () => {
    run(
      fc.property(authorText, (text) => {
        let html: string;
        try {
          html = renderMarkdown(text, refs);
        } catch (error) {
          // A typed reference to no element fails the build with a located message, by design.
          expect(String(error)).toContain('ref-unresolved');
          return;
        }
        expectOnlyMarkdown(html);
      }),
    );
  });

  it('as scenario Markdown (inject body, summary) produces only Markdown elements and allowed URLs', () => {
    run(
      fc.property(authorText, (text) => {
        expectOnlyMarkdown(renderSafeMarkdown(text));
      }),
    );
  });

  it('as JSON inside a page, cannot end the script element and reads back unchanged', () => {
    run(
      fc.property(authorText, (text) => {
        const json = jsonForHtml({ text });
        expect(json).not.toMatch(/[<>&]/);
        expect(JSON.parse(json)).toEqual({ text });
      }),
    );
  });

  it("as an activity title, phase name or link in a RACI table, produces only the rows' own elements, its text intact", () => {
    run(
      fc.property(authorText, (text) => {
        const matrix: RaciMatrix = {
          columns: [
            { id: 'ic', name: text, short: text, href: '/roles/ic/' },
            { id: 'comms', name: 'Comms', short: 'Comms', href: '/roles/comms/' },
          ],
          rows: [
            {
              key: 'p/a',
              activityId: 'a',
              title: text,
              playbook: 'p',
              playbookName: text,
              phase: 'x',
              phaseName: text,
              href: `/playbooks/p/#${text}`,
              cells: { ic: 'A', comms: 'R' },
              accountable: 'ic',
            },
          ],
        };
        const html = raciRowsHtml(matrix);
        expect(openingTags(html)).toEqual([
          { name: 'tr', attrs: [] },
          { name: 'th', attrs: [['scope', 'row']] },
          { name: 'a', attrs: [['href', `/playbooks/p/#${text}`]] },
          { name: 'td', attrs: [] },
          { name: 'td', attrs: [['class', 'db-raci-a']] },
          { name: 'td', attrs: [] },
        ]);
        expect(html).toContain(
          `>${escapeHtml(text)}</a></th><td>${escapeHtml(text)}</td><td class="db-raci-a">A</td><td>R</td></tr>`,
        );
      }),
    );
  });

  it('as a diagram label, cannot end the Mermaid label or hold markup', () => {
    run(
      fc.property(authorText, (text) => {
        expect(mermaidLabel(text)).not.toMatch(/[<>"[\]|]/);
      }),
    );
  });
});

describe('the strict tokenizer', () => {
  it('reads the tags of well-formed HTML and rejects markup it cannot read', () => {
    expect(openingTags('<p>a <a href="/x?a=1&amp;b">b</a><br /></p>')).toEqual([
      { name: 'p', attrs: [] },
      { name: 'a', attrs: [['href', '/x?a=1&b']] },
      { name: 'br', attrs: [] },
    ]);
    expect(() => openingTags('<p>1 < 2</p>')).toThrow('unreadable markup');
    expect(() => expectOnlyMarkdown('<p><img src=x onerror=alert(1)></p>')).toThrow();
    expect(() => expectOnlyMarkdown('<a href="javascript:alert(1)">x</a>')).toThrow();
    expect(() => expectOnlyMarkdown('<svg onload="alert(1)"></svg>')).toThrow();
  });
});
