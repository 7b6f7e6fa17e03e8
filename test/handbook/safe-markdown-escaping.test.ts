import { describe, expect, it } from 'vitest';
import { ALLOWED_SCHEMES, escapeHtml, isAllowedUrl, jsonForHtml } from '../../src/plan/safe-policy.ts';
import { renderSafeMarkdown } from '../../src/markdown/safe-markdown.ts';
import { renderMarkdown } from '../../src/markdown/render-markdown.ts';
import { indexRefs } from '../../src/plan/refs.ts';
import { compileWith, planOf } from '../compiler/helpers.ts';
import { compilePlan, compileSources } from '../../src/compiler/compile.ts';
import { readContentDir } from '../../src/compiler/read-plan.ts';
import { validateScenario } from '../../src/compiler/scenario/validate.ts';
import { formatProblem } from '../../src/compiler/problems.ts';
import { readFileSync } from 'node:fs';

const refs = indexRefs(planOf(compileWith()));
/** Both Markdown renderers: the plan's (Sätteri, build time) and the scenario's (micromark, browser). */
const renderers: [string, (text: string) => string][] = [
  ['plan Markdown (Sätteri)', (text) => renderMarkdown(text, refs)],
  ['scenario Markdown (micromark)', renderSafeMarkdown],
];
const targets = (html: string) => [...html.matchAll(/<(?:a href|img src)="([^"]*)"/g)].map((m) => m[1]);

describe('the URL policy', () => {
  it('allows http, https, mailto and tel, in any case', () => {
    expect(ALLOWED_SCHEMES).toEqual(['http', 'https', 'mailto', 'tel']);
    for (const url of ['https://example.org/a?b=1', 'HTTP://example.org', 'mailto:dpo@example.org', 'tel:+31205550100'])
      expect(isAllowedUrl(url)).toBe(true);
  });

  it('allows relative URLs and anchors', () => {
    for (const url of ['/roles/dpo/', '../x', 'x/y#z', '#notify-dpa', '?q=1', '//example.org/x', '', 'a%3Ab'])
      expect(isAllowedUrl(url)).toBe(true);
  });

  it('refuses every other scheme, however it is disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      '\u0001javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:x',
      'data:text/html,<script>',
      'vbscript:x',
      'file:///etc/passwd',
      'role:dpo',
    ])
      expect(isAllowedUrl(url), url).toBe(false);
  });
});

describe.each(renderers)('%s', (_, render) => {
  it('renders emphasis, lists and safe links', () => {
    const html = render(
      'A **bold** claim\n\n- one\n- two\n\n[runbook](https://example.org/rb) [call](tel:+31205550100)',
    );
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<a href="https://example.org/rb">runbook</a>');
    expect(html).toContain('<a href="tel:+31205550100">call</a>');
  });

  it('shows a script element as text, inline and as a block', () => {
    for (const text of ['Hello <script>alert(1)</script>', '<script>alert(1)</script>\n\ntext']) {
      const html = render(text);
      expect(html).not.toMatch(/<script/i);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
  });

  it('shows an image with an onerror handler and an svg with onload as text', () => {
    for (const text of [
      'see <img src=x onerror="alert(1)">',
      '<img src=x onerror=alert(1)>\n\ntext',
      '"><svg onload=alert(1)>',
      '> <i onmouseover=alert(1)>q</i>',
    ]) {
      const html = render(text);
      expect(html).not.toMatch(/<(img|svg|i)\b/i);
      expect(html).toMatch(/&lt;(img|svg|i) /);
    }
  });

  it('keeps the text of a link, image, autolink or reference to a refused URL with an empty target', () => {
    const html = render(
      '[click](javascript:alert(1)) ![pic](data:image/svg+xml,x) <javascript:alert(2)> [ref][r] [enc](&#106;avascript:alert(3))\n\n[r]: JaVaScRiPt:alert(4)',
    );
    expect(targets(html)).toEqual(['', '', '', '', '']);
    expect(html).toContain('>click</a>');
    expect(html).toContain('alt="pic"');
  });

  it('escapes quotes in an image description so no attribute can be injected', () => {
    expect(render('![x" onerror="alert(1)](https://e.org/a.png)')).not.toContain('" onerror="');
  });
});

describe('one policy for both renderers', () => {
  it('keeps and drops the same link targets in plan and scenario Markdown', () => {
    const urls = [
      'https://e.org/x?a=1&b=2',
      'http://e.org',
      'mailto:a@e.org',
      'tel:+31',
      '/roles/',
      '#a',
      '../b',
      'javascript:alert(1)',
      'JAVASCRIPT:x',
      'data:text/html,x',
      'vbscript:x',
      'irc://e.org',
      'xmpp:a@e.org',
      'file:///etc/passwd',
      'ftp://e.org',
    ];
    const text = urls.map((u, i) => `[l${i}](${u})`).join(' ');
    const [plan, scenario] = renderers.map(([, render]) => targets(render(text)));
    expect(plan).toEqual(scenario);
    expect(plan.filter((t) => t !== '')).toHaveLength(7);
  });
});

describe('plain-text escaping', () => {
  it('escapes the five HTML special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  });

  it('writes JSON that cannot end a script element and parses back to the same value', () => {
    const value = { title: '</script><script>alert(1)</script> <!-- & \u2028' };
    const json = jsonForHtml(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('the XSS fixture (built and opened by test/browser/xss.test.ts)', () => {
  it('is a plan and a scenario that check accepts, payloads and all', () => {
    const compiled = compilePlan('test/fixtures/xss/plan', { today: '2026-11-27' });
    expect(compiled.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    const file = 'test/fixtures/xss/scenarios/xss.yaml';
    const result = validateScenario(planOf(compiled), readFileSync(file, 'utf8'), file);
    expect(result.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(planOf(compiled).document.title).toContain('<script>alert(1)</script>');
    expect(result.scenario?.injects[0].body).toContain('[link](javascript:alert(1))');
  });

  it("has no javascript: link in the plan's Markdown fields because check refuses one (markdown-link), at its field", () => {
    const { files } = readContentDir('test/fixtures/xss/plan');
    const changed = files.map((f) =>
      f.path === 'roles.yaml'
        ? { ...f, text: f.text.replace('purpose: "', 'purpose: "[link](javascript:alert(1)) ') }
        : f,
    );
    const result = compileSources(changed, { today: '2026-11-27', prefix: 'test/fixtures/xss/plan/' });
    const refused = result.problems.filter((p) => p.rule === 'markdown-link');
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.map(formatProblem).join('\n')).toMatch(
      /roles\.yaml:\d+:\d+ +error +markdown-link +role "[^"]+", "purpose": the link goes to a javascript: URL/,
    );
  });
});
