import { describe, expect, it } from 'vitest';
import { escapeHtml, renderSafeMarkdown } from '../../src/simulator/safe-markdown.ts';

describe('safe Markdown for scenario text', () => {
  it('renders emphasis, lists and safe links', () => {
    const html = renderSafeMarkdown('A **bold** claim\n\n- one\n- two\n\n[runbook](https://example.org/rb)');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<a href="https://example.org/rb">runbook</a>');
  });

  it('escapes a script element as text', () => {
    const html = renderSafeMarkdown('Hello <script>alert(1)</script>');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('escapes an image with an onerror handler, inline and as a block', () => {
    for (const text of ['see <img src=x onerror="alert(1)">', '<img src=x onerror=alert(1)>\n\ntext']) {
      const html = renderSafeMarkdown(text);
      expect(html).not.toMatch(/<img/i);
      expect(html).toContain('&lt;img');
    }
  });

  it('drops javascript: and data: link targets', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=']) {
      const html = renderSafeMarkdown(`[click](${url})`);
      expect(html).toContain('<a href="">click</a>');
    }
  });

  it('escapes quotes in a Markdown image so no attribute can be injected', () => {
    const html = renderSafeMarkdown('![x" onerror="alert(1)](https://e.org/a.png)');
    expect(html).not.toContain('" onerror="');
  });

  it('escapes the five HTML special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  });
});
