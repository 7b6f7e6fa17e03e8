import { describe, expect, test } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtDigest } from '../../src/cli/pdf.ts';
import { cssString, printFooterCss } from '../../src/handbook/print-footer.ts';
import { bundleWorker } from '../../src/integration/offline.ts';

const digest = '0123456789abcdef'.repeat(4);

describe('PDF footer', () => {
  test('names the title, version and first 12 hex of the digest, with page X of Y counters', () => {
    const css = printFooterCss({ title: 'Plan', version: '3.2', digest });
    expect(css).toContain('@bottom-left { content: "Plan · version 3.2 · digest 0123456789ab";');
    expect(css).not.toContain(digest.slice(0, 13));
    expect(css).toContain('@bottom-right { content: "page " counter(page) " of " counter(pages);');
  });

  test('writes plan text as a CSS string that cannot end the string or the style element', () => {
    const css = printFooterCss({ title: 'R&D "</style><script>x\\', version: '1\n2', digest });
    expect(css).not.toMatch(/<\/style|<script/i);
    expect(cssString('a"b\\c</style>')).toBe('"a\\22 b\\5c c\\3c /style\\3e "');
  });
});

describe('stale build detection', () => {
  test('reads the plan digest a built site was made from out of its sw.js', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'drillbook-pdf-'));
    const manifest = { version: '3.2', digest, build: 'b'.repeat(12), cacheName: 'drillbook-x', urls: ['./'] };
    writeFileSync(join(dist, 'sw.js'), await bundleWorker(manifest));
    expect(builtDigest(dist)).toBe(digest);
  });

  test('knows no digest for a folder without a built site, so the CLI builds one', () => {
    expect(builtDigest(mkdtempSync(join(tmpdir(), 'drillbook-pdf-')))).toBeUndefined();
  });
});
