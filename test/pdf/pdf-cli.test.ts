import { describe, expect, test } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtDigest, footerTemplate } from '../../src/cli/pdf.ts';
import { bundleWorker } from '../../src/integration/offline.ts';

const digest = '0123456789abcdef'.repeat(4);

describe('PDF footer', () => {
  test('names the title, version and first 12 hex of the digest, with page X of Y placeholders', () => {
    const html = footerTemplate({ title: 'Plan', version: '3.2', digest });
    expect(html).toContain('Plan · version 3.2 · digest 0123456789ab');
    expect(html).not.toContain(digest.slice(0, 13));
    expect(html).toMatch(/<span class="pageNumber"><\/span> of <span class="totalPages"><\/span>/);
  });

  test('escapes markup in the plan title so Chromium prints it as text', () => {
    expect(footerTemplate({ title: 'R&D <Plan>', version: '1', digest })).toContain('R&#38;D &#60;Plan&#62;');
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
