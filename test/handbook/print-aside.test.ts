/**
 * The print page steps aside while Pagefind reads the output (src/integration/print-aside.ts): no
 * HTML file is left for Pagefind at its path, and it is back, byte for byte, once restored.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRINT_PAGE_FILE, restorePrintPage, setPrintPageAside } from '../../src/integration/print-aside.ts';

const htmlFiles = (dir: string): string[] =>
  (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();

function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'print-aside-'));
  mkdirSync(join(dir, 'print'));
  writeFileSync(join(dir, PRINT_PAGE_FILE), '<h1>The whole plan</h1>');
  writeFileSync(join(dir, 'index.html'), '<h1>Home</h1>');
  return dir;
}

describe('print page set aside for Pagefind', () => {
  it('leaves no HTML file of the print page while aside, and restores it as it was', () => {
    const dir = site();
    expect(setPrintPageAside(dir)).toBe(true);
    expect(htmlFiles(dir)).toEqual(['index.html']);
    restorePrintPage(dir);
    expect(htmlFiles(dir)).toEqual(['index.html', 'print/index.html']);
    expect(readFileSync(join(dir, PRINT_PAGE_FILE), 'utf8')).toBe('<h1>The whole plan</h1>');
  });

  it('does nothing for a site without a print page, and restoring twice is harmless', () => {
    const dir = site();
    restorePrintPage(dir);
    expect(htmlFiles(dir)).toEqual(['index.html', 'print/index.html']);
    const empty = mkdtempSync(join(tmpdir(), 'print-aside-'));
    expect(setPrintPageAside(empty)).toBe(false);
  });
});
