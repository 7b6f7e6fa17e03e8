import { describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median, weighPages } from './handbook/page-weight.ts';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'drillbook-weight-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}
const gz = (text: string) => gzipSync(text, { level: 9 }).length;
const a = 'import{b as x}from"./b.js";import"./c.js";const m=()=>import("./mermaid.js");x(m);';
const b = 'export const b=(f)=>f;';
const c = 'console.log("c");';
const mermaid = 'export default "mermaid runtime";';

describe('page weight', () => {
  test('counts a module script and its static imports once each, but not what it imports dynamically', () => {
    const dist = site({
      'index.html':
        '<script type="module" src="/_astro/a.js"></script><script type="module">import "/_astro/b.js"</script>',
      '_astro/a.js': a,
      '_astro/b.js': b,
      '_astro/c.js': c,
      '_astro/mermaid.js': mermaid,
    });
    const [page] = weighPages(dist);
    expect(page.jsGzBytes).toBe(gz(a) + gz(b) + gz(c));
    expect(page.loadsMermaid).toBe(false);
  });

  test('flags a page whose scripts load a Mermaid runtime, and skips the 404 page', () => {
    const dist = site({
      'roles/index.html': '<p>no diagram</p><script type="module" src="../_astro/mermaid.js"></script>',
      '404.html': '<script type="module" src="/_astro/mermaid.js"></script>',
      '_astro/mermaid.js': mermaid,
    });
    const pages = weighPages(dist);
    expect(pages.map((p) => [p.file, p.loadsMermaid, p.hasDiagram])).toEqual([['roles/index.html', true, false]]);
    expect(pages[0].htmlBytes).toBe(
      Buffer.byteLength('<p>no diagram</p><script type="module" src="../_astro/mermaid.js"></script>'),
    );
  });

  test('takes the median of an even count as the mean of the middle two', () => {
    expect(median([4, 1, 3, 2])).toBe(3);
    expect(median([5, 1, 9])).toBe(5);
    expect(median([])).toBe(0);
  });
});
